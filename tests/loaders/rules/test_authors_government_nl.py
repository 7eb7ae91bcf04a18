"""Dutch parliamentary papers: the offices of a letter's title in capitals (several, plural
ranks sharing their rank), the signing holder when a heading runs on after the name, and
the standing committee of a report of a written consultation. A Dutch-only layout: the
rules name Dutch offices."""

from __future__ import annotations

import pytest

from .helpers import facts


def _authors(text: str) -> list[tuple[str, str]]:
    return [(a.actor.kind, a.actor.name) for a in facts(text, "nl").authors]


_BODY = "Hierbij ontvangt u de geannoteerde agenda van de Raad. De Nederlandse inzet is gericht op eenvoudige regels."


@pytest.mark.parametrize(
    ("head", "offices"),
    [
        ("Nr. 12 BRIEF VAN DE MINISTER VAN LANDBOUW EN VISSERIJ Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 3 mei 2031 ",
         ["Minister van Landbouw en Visserij"]),
        ("Nr. 12 BRIEF VAN DE MINISTERS VAN LANDBOUW EN VISSERIJ EN VOOR NATUUR\n\nAan de Voorzitter van de Tweede Kamer\n\n",
         ["Minister van Landbouw en Visserij", "Minister voor Natuur"]),
        ("BRIEF VAN DE MINISTER VAN FINANCIËN EN DE STAATSSECRETARIS FISCALITEIT EN DOUANE\nAan de Voorzitter\n",
         ["Minister van Financiën", "Staatssecretaris van Fiscaliteit en Douane"]),
        ("Kamerstuk 33 100 BRIEF VAN DE STAATSSECRETARIS VAN CULTUUR EN MEDIA Aan de Voorzitter ",
         ["Staatssecretaris van Cultuur en Media"]),
    ],
)
def test_the_offices_of_a_title_in_capitals(head: str, offices: list[str]) -> None:
    assert _authors(head + _BODY) == [("organization", o) for o in offices]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_BODY + " De Minister van Landbouw en Visserij, J.K. Vermeulen Inleiding De Raad vergadert in mei.",
         [("organization", "Minister van Landbouw en Visserij"), ("person", "J.K. Vermeulen")]),
        (_BODY + " De Staatssecretaris van Cultuur en Media, A. van Dijk Bijlage De fiche volgt.",
         [("organization", "Staatssecretaris van Cultuur en Media"), ("person", "A. van Dijk")]),
        # a capitalised particle opens a two-word surname: the name's end is not sure
        (_BODY + " De Minister van Landbouw en Visserij, A. De Smet Inleiding De Raad vergadert.",
         [("organization", "Minister van Landbouw en Visserij")]),
    ],
)
def test_the_signing_holder_when_a_heading_runs_on(text: str, expected: list[tuple[str, str]]) -> None:
    assert _authors(text) == expected


def test_a_holder_named_in_running_text_signs_nothing() -> None:
    text = _BODY + " Dat zei de Minister van Landbouw en Visserij, J.K. Vermeulen, gisteren in Brussel."
    assert ("person", "J.K. Vermeulen") not in _authors(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Verslag van een schriftelijk overleg over de geannoteerde agenda\n\n"
         "De vaste commissie voor Landbouw en Visserij heeft een aantal vragen en opmerkingen voorgelegd aan de Minister "
         "over de brief van 3 mei 2031.\n", [("organization", "vaste commissie voor Landbouw en Visserij")]),
        # no report of a written consultation: a committee asking questions is only named
        ("Nieuws uit de Kamer\n\nDe vaste commissie voor Landbouw en Visserij heeft vragen voorgelegd aan de Minister. "
         "Het debat volgt in juni.\n", []),
    ],
)
def test_a_written_consultation_is_its_committees(text: str, expected: list[tuple[str, str]]) -> None:
    assert _authors(text) == expected
