"""A national government body as the author of its own paper (a letterhead with the date
of issue under it, a Dutch parliamentary letter's signature or title), and the shapes that
name a ministry without its authorship."""

from __future__ import annotations

import pytest

from .helpers import facts


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.kind, a.actor.name) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("da", "Havneministeriet\n\nFiskeriministeriet\n\n   4. april 2031\n\nGrundnotat\nom forslag til forordning om fyrtårne\n",
         [("organization", "Havneministeriet"), ("organization", "Fiskeriministeriet")]),
        ("da", "Folketingets Havneudvalg\nHAVNEMINISTEREN\n11. maj 2031\nBesvarelse af spørgsmål 3\n",
         [("organization", "Havneministeren")]),
        ("fi", "Kevään raportti valmistui\n\nValtioneuvosto\nTiedote 77/2031\n7.5.2031\n\nRaportti luovutettiin tänään.\n",
         [("organization", "Valtioneuvosto")]),
        ("de", "Bundesministerium für Häfen und Schifffahrt\nAbteilung Seeverkehr\n3. März 2031\n\nStellungnahme zum Vorschlag über Leuchttürme\n",
         [("organization", "Bundesministerium für Häfen und Schifffahrt")]),
        ("fr", "Ministère de la Mer\n\nParis, le 3 mars 2031\n\nNote sur la proposition relative aux phares\n",
         [("organization", "Ministère de la Mer")]),
        ("nl", "Nr. 77 BRIEF VAN DE MINISTER VAN HAVENS EN VAART\n\nDen Haag, 3 maart 2031\n\nHierbij bied ik u de fiche aan.\n\n"
               "De Minister van Havens en Vaart, A.B. de Vries\n\nFiche 1: Verordening vuurtorens\n",
         [("organization", "Minister van Havens en Vaart"), ("person", "A.B. de Vries")]),
        ("nl", "Nr. 78 BRIEF VAN DE STAATSSECRETARIS VAN HAVENS EN VAART\n\nHierbij bied ik u de agenda aan.\n",
         [("organization", "Staatssecretaris van Havens en Vaart")]),
        # joined lines: the office is read, the person not, since a heading runs on after the name
        ("nl", "Agenda Raad De Staatssecretaris van Havens en Vaart, C.D. Jansen Inleiding De Raad spreekt over vuurtorens.\n",
         [("organization", "Staatssecretaris van Havens en Vaart")]),
        # plural offices in a title: each office, the rank shared
        ("nl", "Nr. 79 BRIEF VAN DE MINISTERS VAN HAVENS EN VAART EN VOOR WATER\n\nHierbij bieden wij u de agenda aan.\n",
         [("organization", "Minister van Havens en Vaart"), ("organization", "Minister voor Water")]),
    ],
)
def test_a_government_body_issuing_its_own_paper_is_its_author(lang: str, text: str, expected: list) -> None:
    assert _authors(text, lang) == expected
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the recipient's address block of a letter, then the date
        ("de", "Bundesministerium für Häfen und Schifffahrt\nHafenstraße 12\n10117 Berlin\n\n3. März 2031\n\n"
               "Sehr geehrte Damen und Herren, der Verein fordert strengere Regeln.\n"),
        # a ministry named in a sentence, not alone on its line
        ("da", "4. april 2031\nHavneministeriet har i dag sendt et forslag i høring om fyrtårne.\n"),
        # a ministry line with no date of issue under it (a page's menu)
        ("sv", "Regeringskansliet\nPress\nKontakt\nNyheter om fyrar och hamnar i Östersjön\n"),
        # a signature-like mention inside a news sentence
        ("nl", "Volgens een verklaring zei de Minister van Havens en Vaart, A.B. de Vries, gisteren dat vuurtorens blijven.\n"),
        ("nl", "Het ANP meldt: De Minister van Havens en Vaart, A.B. de Vries zei dinsdag dat vuurtorens blijven.\n"),
    ],
)
def test_a_ministry_named_without_its_authorship_is_not_an_author(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.actor.org_kind == "government" or a.actor.kind == "person"] == []
