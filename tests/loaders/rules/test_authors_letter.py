"""The person who signs a letter under its closing salutation is its author ("Mit
freundlichen Grüßen / Dr. A. Name", "Yours sincerely, / A. Name", "Z poważaniem / A.
Name"), also where PDF unwrapping ran the next line on ("... Grüßen Dr. A. Name Frist:
12.02."). Traps: an organisation under the salutation, a name whose end is not sure."""

from __future__ import annotations

import pytest

from .helpers import facts


def _people(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "person"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Sehr geehrter Herr Präsident,\n\nhiermit übersende ich die Verordnung über die Häfen.\n\nMit freundlichen Grüßen\nDr. Hanna Beispielmann\n",
         "Hanna Beispielmann"),
        ("de", "Sehr geehrte Damen und Herren, anbei die Verordnung über die Häfen. Mit freundlichen Grüßen Dr. Hanna Beispielmann Frist: 12.02.31 Verordnung über die Häfen\n",
         "Hanna Beispielmann"),
        ("en", "Dear Minister,\n\nWe write about the reform of fishing ports, which we think is too narrow.\n\nYours sincerely,\n\nMary Exampleton\nDirector\n",
         "Mary Exampleton"),
        ("pl", "Szanowny Panie Ministrze,\n\nprzesyłam stanowisko w sprawie reformy portów rybackich.\n\nZ poważaniem\nAnna Przykładowa\n",
         "Anna Przykładowa"),
        ("nl", "Geachte voorzitter,\n\nHierbij ontvangt u de reactie op de hervorming van de vissershavens.\n\nMet vriendelijke groet,\nPieter van Voorbeeld\n",
         "Pieter van Voorbeeld"),
        ("fr", "Madame la Ministre,\n\nNous vous écrivons au sujet de la réforme des ports de pêche.\n\nCordialement,\nÉlise Exemplaire\n",
         "Élise Exemplaire"),
    ],
)
def test_the_signer_under_the_closing_salutation_is_an_author(lang: str, text: str, name: str) -> None:
    assert _people(text, lang) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an organisation signs: no person
        ("en", "Dear Minister,\n\nWe write about the reform of fishing ports.\n\nYours sincerely,\nAmnesty International\n"),
        # the name runs into more capitalised words: where it ends is not sure
        ("de", "Anbei die Verordnung über die Häfen. Mit freundlichen Grüßen Hanna Maria Beispielmann Anlage Verordnung Häfen\n"),
        # a salutation word inside a sentence is no closing
        ("en", "The minister said she sincerely hoped that Mary Exampleton would sign the letter soon.\n"),
    ],
)
def test_no_signer_without_a_sure_name_under_a_salutation(lang: str, text: str) -> None:
    assert _people(text, lang) == []


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.kind, a.actor.name) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "text", "state", "name"),
    [
        ("de", "Bundesrepublik Deutschland Berlin, den 3. Mai 2031\nDer Bundeskanzler\n\nAn den Präsidenten des Bundesrates\n\n"
               "Sehr geehrter Herr Präsident,\nhiermit übersende ich die Verordnung über die Häfen.\n\nMit freundlichen Grüßen\nKarl Beispielmann\n",
         "Germany", "Karl Beispielmann"),
        ("fr", "République française\nParis, le 3 mai 2031\nLe Premier ministre\n\nMonsieur le Président,\nje vous adresse le décret relatif aux ports.\n\n"
               "Cordialement,\nJean Exemplaire\n",
         "France", "Jean Exemplaire"),
    ],
)
def test_a_states_letterhead_over_a_signed_letter_makes_the_state_an_author(lang: str, text: str, state: str, name: str) -> None:
    assert _authors(text, lang) == [("state", state), ("person", name)]


def test_a_state_named_in_the_letter_without_place_and_date_is_no_letterhead() -> None:
    text = ("Sehr geehrter Herr Präsident,\nhiermit übersende ich die Verordnung über die Häfen der Bundesrepublik Deutschland und "
            "Frankreichs.\n\nMit freundlichen Grüßen\nKarl Beispielmann\n")
    assert _authors(text, "de") == [("person", "Karl Beispielmann")]
