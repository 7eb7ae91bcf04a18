"""Bylines after the date on one line ("12.03.2031 | Von Hanna Beispielmann", "12 May 2031 | By
Jane Doe", « Publié le 12/03/2031 à 10h15 par Jeanne Exemple »), a place after a labelled
name ("By Jane Doe in Brussels", "Von Hanna Beispielmann aus Brüssel"), and a wire's closing
credit ("Reporting by Jane Doe; Editing by John Roe": the reporter, not the editor).
Traps: a date beside a title, the story's subject after the date, editors alone."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "en": "The ministers agreed on Tuesday to delay the reform of fishing ports by a year. Industry groups welcomed the move.\n",
    "de": "Die Minister haben am Dienstag beschlossen, die Reform der Fischereihäfen um ein Jahr zu verschieben. Die Industrie begrüßte das.\n",
    "fr": "Les ministres ont décidé mardi de reporter d'un an la réforme des ports de pêche. Les industriels ont salué la décision.\n",
    "es": "Los ministros acordaron el martes aplazar un año la reforma de los puertos pesqueros. La industria celebró la decisión.\n",
}


def _people(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "person"]


@pytest.mark.parametrize(
    ("lang", "head", "names"),
    [
        ("de", "Minister verschieben Hafenreform\n12.03.2031 | Von Hanna Beispielmann\n\n", ["Hanna Beispielmann"]),
        ("en", "Ministers delay port reform\n12 March 2031 | By Jane Exampleton\n\n", ["Jane Exampleton"]),
        ("fr", "Les ministres reportent la réforme\nPublié le 12/03/2031 à 10h15 par Jeanne Exemplaire\n\n", ["Jeanne Exemplaire"]),
        ("en", "Ministers delay port reform\nBy Jane Exampleton in Brussels\n\n", ["Jane Exampleton"]),
        ("de", "Minister verschieben Hafenreform\nVon Hanna Beispielmann aus Brüssel\n\n", ["Hanna Beispielmann"]),
        ("es", "Los ministros aplazan la reforma\nPor Eduardo Ejemplo desde Bruselas\n\n", ["Eduardo Ejemplo"]),
    ],
)
def test_a_byline_after_a_date_or_before_a_place(lang: str, head: str, names: list[str]) -> None:
    assert _people(head + _BODY[lang], lang) == names


def test_a_wires_reporting_credit_names_the_reporters_not_the_editors() -> None:
    text = "Ministers delay port reform\n\n" + _BODY["en"] + "\nReporting by Jane Exampleton and Piet Voorbeeld; Editing by John Sampleman\n"
    assert _people(text, "en") == ["Jane Exampleton", "Piet Voorbeeld"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # without a label after the date, a section's name would read like a person's
        ("en", "Ministers delay port reform\n12 March 2031 | Fishing Ports\n\n" + _BODY["en"]),
        ("de", "Minister verschieben Hafenreform\n12.03.2031 | Hanna Beispielmann\n\n" + _BODY["de"]),
        ("en", "Port reform: what Jane Exampleton wants\n12 March 2031 | Jane Exampleton\n\nJane Exampleton, the minister, "
               "wants the reform of fishing ports delayed by a year. Exampleton said so on Tuesday.\n"),
        ("en", "Ministers delay port reform\n\n" + _BODY["en"] + "\nEditing by John Sampleman\n"),
    ],
)
def test_no_byline_from_a_dated_title_the_subject_or_an_editor(lang: str, text: str) -> None:
    assert _people(text, lang) == []
