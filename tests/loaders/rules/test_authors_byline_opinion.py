"""Opinion and analysis pages name their writer with the genre's own label ("Commentary by",
"Kommentar von", « Tribune de », "L'analisi di", "Column van", "Tribuna de"), often with a
role after a comma ("An op-ed by A. Name, Member of the European Parliament"), or put the
writer's name over a role line ("Jane Doe / Senior Policy Analyst"). Traps: a name over a
line that is no role, the page's subject over a role line."""

from __future__ import annotations

import pytest

from .helpers import facts


def _people(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "person"]


_BODY = {
    "en": "\n\nThe reform of fishing ports has been delayed again. This analysis looks at why the member states cannot agree.\n",
    "de": "\n\nDie Reform der Fischereihäfen wird erneut verschoben. Diese Analyse zeigt, warum die Staaten sich nicht einigen.\n",
    "fr": "\n\nLa réforme des ports de pêche est de nouveau reportée. Voici pourquoi les États ne s'accordent pas.\n",
    "it": "\n\nLa riforma dei porti pescherecci è di nuovo rinviata. Ecco perché gli Stati non si accordano.\n",
    "nl": "\n\nDe hervorming van de vissershavens is opnieuw uitgesteld. Dit is waarom de lidstaten het niet eens worden.\n",
    "es": "\n\nLa reforma de los puertos pesqueros se aplaza de nuevo. Este es el motivo por el que los Estados no se ponen de acuerdo.\n",
}


@pytest.mark.parametrize(
    ("lang", "head", "name"),
    [
        ("en", "Why the port reform stalls\nAn op-ed by Jane Exampleton, Member of the European Parliament", "Jane Exampleton"),
        ("de", "Warum die Hafenreform stockt\nKommentar von Hanna Beispielmann", "Hanna Beispielmann"),
        ("fr", "Pourquoi la réforme des ports bloque\nTribune de Jeanne Exemplaire, députée européenne", "Jeanne Exemplaire"),
        ("it", "Perché la riforma dei porti si blocca\nL'analisi di Marco Esempio", "Marco Esempio"),
        ("nl", "Waarom de havenhervorming vastloopt\nEen column van Pieter de Voorbeeld", "Pieter de Voorbeeld"),
        ("es", "Por qué se atasca la reforma portuaria\nTribuna de Lucía Ejemplo", "Lucía Ejemplo"),
        ("en", "Why the port reform stalls\nJane Exampleton\nSenior Policy Analyst", "Jane Exampleton"),
    ],
)
def test_an_opinion_pages_writer(lang: str, head: str, name: str) -> None:
    assert _people(head + _BODY[lang], lang) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Why the port reform stalls\nJane Exampleton\nFishing Ports Reform" + _BODY["en"]),
        ("en", "Jane Exampleton\nSenior Policy Analyst\n\nJane Exampleton has studied fishing ports for ten years. "
               "Exampleton now advises the ministers on the reform.\n"),
    ],
)
def test_no_writer_without_a_role_line_or_when_the_name_is_the_subject(lang: str, text: str) -> None:
    assert _people(text, lang) == []
