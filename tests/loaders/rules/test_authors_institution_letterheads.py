"""An EU institution's letterhead in every language: capitals that drop the accents of the
registry's name ("ΕΥΡΩΠΑΪΚΗ ΕΠΙΤΡΟΠΗ"), a Maltese article joined by a hyphen
("IL-KUMMISSJONI EWROPEA"), and the place and date under it written year first
("Brüsszel, 2031.5.12.", "Briuselis, 2031 05 12") or with "dnia". Trap: a news headline
naming the Commission over a date is no letterhead."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = "The proposal should be improved in several respects. The rules on access to data must remain proportionate.\n\n"


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("el", "ΕΥΡΩΠΑΪΚΗ ΕΠΙΤΡΟΠΗ\n\nΒρυξέλλες, 12.5.2031\nCOM(2031) 100 final\n\n"),
        ("hu", "EURÓPAI BIZOTTSÁG\n\nBrüsszel, 2031.5.12.\nCOM(2031) 100 final\n\n"),
        ("pl", "KOMISJA EUROPEJSKA\n\nBruksela, dnia 12.5.2031 r.\nCOM(2031) 100 final\n\n"),
        ("lt", "EUROPOS KOMISIJA\n\nBriuselis, 2031 05 12\nCOM(2031) 100 final\n\n"),
        ("mt", "IL-KUMMISSJONI EWROPEA\n\nBrussell, 12.5.2031\nCOM(2031) 100 final\n\n"),
        ("bg", "ЕВРОПЕЙСКА КОМИСИЯ\n\nБрюксел, 12.5.2031 г.\nCOM(2031) 100 final\n\n"),
    ],
)
def test_the_commission_s_letterhead_in_each_language_names_it(lang: str, head: str) -> None:
    assert _authors(head + _BODY * 3, lang) == [("European Commission", "authors.institution_letterhead")]


@pytest.mark.parametrize(
    ("lang", "head"),
    [
        ("el", "Η ΕΥΡΩΠΑΪΚΗ ΕΠΙΤΡΟΠΗ ΠΡΟΤΕΙΝΕΙ ΝΕΟΥΣ ΚΑΝΟΝΕΣ\n\nΑθήνα, 12.5.2031\n\n"),
        ("hu", "Az Európai Bizottság új szabályokat javasol\n\nBudapest, 2031.5.12.\n\n"),
    ],
)
def test_a_headline_naming_the_commission_is_no_letterhead(lang: str, head: str) -> None:
    assert _authors(head + _BODY * 3, lang) == []


@pytest.mark.parametrize(
    ("lang", "head", "org"),
    [
        ("en", "European Economic and Social Committee\n\nPress release\n\n", "European Economic and Social Committee (EESC)"),
        ("fr", "Comité économique et social européen\n\nCommuniqué de presse\n\n", "European Economic and Social Committee (EESC)"),
        ("de", "Europäischer Ausschuss der Regionen\n\nPressemitteilung\n\n", "European Committee of the Regions (CoR)"),
        ("en", "Position paper of the European Committee of the Regions on the data rules\n\n", "European Committee of the Regions (CoR)"),
    ],
)
def test_the_eu_s_advisory_bodies_are_known_issuers(lang: str, head: str, org: str) -> None:
    assert [name for name, _ in _authors(head + _BODY * 3, lang)] == [org]
