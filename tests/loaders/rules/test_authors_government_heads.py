"""Government papers whose head PDF unwrapping ran together: Dutch parliamentary letters
(the offices of a title in capitals, plural ranks sharing their rank; the office alone when
a heading runs on after the holder's name; a written consultation's standing committee; Dutch-only,
the rules name Dutch offices) and a ministry's letterhead in capitals with its date of issue
(any language with government bodies in signing.yaml)."""

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
    "text",
    [
        _BODY + " De Minister van Landbouw en Visserij, J.K. Vermeulen Inleiding De Raad vergadert in mei.",
        _BODY + " De Minister van Landbouw en Visserij, A. De Smet Inleiding De Raad vergadert.",
    ],
)
def test_when_a_heading_runs_on_after_the_holder_only_the_office_is_read(text: str) -> None:
    """Where the name ends is not sure (a surname of two capitalised words reads like one
    word and a heading), so the person is left out."""
    assert _authors(text) == [("organization", "Minister van Landbouw en Visserij")]


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


# The letterhead in capitals, once PDF unwrapping has run the head's lines together: not
# Dutch-only, so it is checked in several languages here.
@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "Europaudvalget 2030-31 Bilag 1 Offentligt UDENRIGSMINISTERIET Center for Norden Den 3. marts 2031 SAMLENOTAT "
               "Rådsmøde om fyrtårne og havne.\n", "Udenrigsministeriet"),
        ("sv", "Promemoria 12 UTRIKESDEPARTEMENTET Enheten för Norden 3 mars 2031 Rådsmöte om fyrar och hamnar.\n",
         "Utrikesdepartementet"),
        ("fi", "Muistio 12 ULKOMINISTERIÖ Pohjoismaiden yksikkö 3.3.2031 Neuvoston kokous majakoista ja satamista.\n",
         "Ulkoministeriö"),
        ("de", "Vermerk 12 AUSWÄRTIGES AMT Referat Nordeuropa 3. März 2031 Ratstagung über Leuchttürme und Häfen.\n",
         "Auswärtiges Amt"),
    ],
)
def test_a_letterhead_in_capitals_in_an_unwrapped_head(lang: str, text: str, expected: str) -> None:
    f = facts(text, lang)
    assert [(a.actor.kind, a.actor.name) for a in f.authors] == [("organization", expected)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the ministry is the addressee: its street address stands before the date
        ("da", "Til UDENRIGSMINISTERIET Asiatisk Plads 2 1448 København K 3. marts 2031 Henvendelse om fyrtårne.\n"),
        # no date of issue after it
        ("sv", "Nyheter UTRIKESDEPARTEMENTET kritiseras för sina fyrar och hamnar i Östersjön, skriver tidningen.\n"),
        ("de", "Meinung AUSWÄRTIGES AMT in der Kritik wegen der Leuchttürme an der Küste, schreibt die Zeitung.\n"),
        ("fi", "Uutiset ULKOMINISTERIÖ sai kritiikkiä majakoista ja satamista, kertoo lehti.\n"),
    ],
)
def test_a_body_in_capitals_without_its_date_of_issue_is_no_letterhead(lang: str, text: str) -> None:
    assert facts(text, lang).authors == []
