"""An unlabelled byline under the title that gives the writer's role after a comma ("Jane
Doe, Brussels correspondent", « Jeanne Exemple, correspondante à Bruxelles », "Hanna
Beispielmann, Korrespondentin in Brüssel"). Traps: a role that is no journalist's, and the
story's subject named again in the lead."""

from __future__ import annotations

import pytest

from .helpers import facts


def _people(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "person"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Ministers delay port reform\nJane Exampleton, Brussels correspondent\n\nThe ministers agreed on Tuesday to delay the reform "
               "of fishing ports by a year. Industry groups welcomed the move.\n", "Jane Exampleton"),
        ("fr", "Les ministres reportent la réforme des ports\nJeanne Exemplaire, correspondante à Bruxelles\n\nLes ministres ont décidé mardi "
               "de reporter d'un an la réforme des ports de pêche. Les industriels ont salué la décision.\n", "Jeanne Exemplaire"),
        ("de", "Minister verschieben Hafenreform\nHanna Beispielmann, Korrespondentin in Brüssel\n\nDie Minister haben am Dienstag "
               "beschlossen, die Reform der Fischereihäfen um ein Jahr zu verschieben. Die Industrie begrüßte den Schritt.\n", "Hanna Beispielmann"),
        ("it", "I ministri rinviano la riforma dei porti\nMarco Esempio, corrispondente da Bruxelles\n\nI ministri hanno deciso martedì "
               "di rinviare di un anno la riforma dei porti pescherecci. L'industria ha accolto la decisione.\n", "Marco Esempio"),
    ],
)
def test_a_writer_named_with_a_journalists_role(lang: str, text: str, name: str) -> None:
    assert _people(text, lang) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ministers delay port reform\nJane Exampleton, Minister for the Sea\n\nThe ministers agreed on Tuesday to delay the reform "
               "of fishing ports by a year. Industry groups welcomed the move.\n"),
        ("en", "Profile of a reformer\nJane Exampleton, a former reporter\n\nExampleton spent ten years covering the ports before "
               "she entered politics. She now leads the reform.\n"),
    ],
)
def test_no_writer_from_other_roles_or_the_storys_subject(lang: str, text: str) -> None:
    assert _people(text, lang) == []
