"""The writer of an analysis or blog post in its closing note: under an "About the author"
heading ("Über die Autorin", « À propos de l'auteure », "Sobre la autora"), or a last line
"A. Name is a senior fellow at ..." whose name the text has not used before. Traps: a last
line about the story's subject, a last line with no role."""

from __future__ import annotations

import pytest

from .helpers import facts


def _people(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "person"]


_BODY = {
    "en": "Why the port reform stalls\n\nThe reform of fishing ports has been delayed again. This analysis looks at why the member states cannot agree.\n\n",
    "de": "Warum die Hafenreform stockt\n\nDie Reform der Fischereihäfen wird erneut verschoben. Diese Analyse zeigt, warum die Staaten sich nicht einigen.\n\n",
    "fr": "Pourquoi la réforme bloque\n\nLa réforme des ports de pêche est de nouveau reportée. Voici pourquoi les États ne s'accordent pas.\n\n",
    "es": "Por qué se atasca la reforma\n\nLa reforma de los puertos pesqueros se aplaza de nuevo. Este es el motivo del bloqueo entre los Estados.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "note", "name"),
    [
        ("en", "About the author\nJane Exampleton is a senior policy analyst at the Example Institute.\n", "Jane Exampleton"),
        ("de", "Über die Autorin\nHanna Beispielmann ist Referentin für Meerespolitik beim Beispielinstitut.\n", "Hanna Beispielmann"),
        ("fr", "À propos de l'auteure\nJeanne Exemplaire est chercheuse associée à l'Institut Exemple.\n", "Jeanne Exemplaire"),
        ("es", "Sobre la autora\nLucía Ejemplo es investigadora del Instituto Ejemplo.\n", "Lucía Ejemplo"),
        ("en", "Jane Exampleton is a senior fellow at the Example Institute.\n", "Jane Exampleton"),
    ],
)
def test_the_writers_closing_note(lang: str, note: str, name: str) -> None:
    assert _people(_BODY[lang] + note, lang) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Why the port reform stalls\n\nJane Exampleton wants the reform of fishing ports delayed by a year. "
        "Her ministry says the ports need time.\n\nJane Exampleton is a senior minister in the government.\n",
        _BODY["en"] + "Jane Exampleton is a keen sailor and lives by the sea.\n",
    ],
)
def test_no_writer_from_a_subjects_note_or_one_with_no_role(text: str) -> None:
    assert _people(text, "en") == []
