"""A list item that is, whole, a state's name in another EU language than the one its
block was taken for (a short page's language guessed wrong), and items that only hold a
state's name among other words, which stay unknown."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("guessed", "text", "expected"),
    [
        ("es", "Declarație comună privind energia\n\nCooperăm.\n\nSemnatari:\nGermania\nAustria\nCanada\n", ["DE", "AT", "CA"]),
        ("it", "Joint Statement on Energy\n\nWe cooperate.\n\nSignatories:\nGermany\nAustria\nCanada\n", ["DE", "AT", "CA"]),
        ("de", "Gezamenlijke verklaring over energie\n\nWij werken samen.\n\nOndertekenaars:\nDuitsland\nOostenrijk\nCanada\n", ["DE", "AT", "CA"]),
        ("pl", "Společné prohlášení o energetice\n\nSpolupracujeme.\n\nSignatáři:\nNěmecko\nRakousko\nKanada\n", ["DE", "AT", "CA"]),
    ],
)
def test_names_of_another_language_in_a_list(guessed: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, guessed).signatories] == expected


@pytest.mark.parametrize(
    ("guessed", "text"),
    [
        ("it", "Joint Statement on Energy\n\nWe cooperate.\n\nSignatories:\nJordan Smith\nChad Brown\nGeorgia Jones\n"),
        ("es", "Declarație comună privind energia\n\nCooperăm.\n\nSemnatari:\nAmbasada Germaniei\nInstitutul Austriei\nCamera Canadei\n"),
        ("de", "Gezamenlijke verklaring over energie\n\nWij werken samen.\n\nOndertekenaars:\nStichting Duitsland Nu\nVereniging Oostenrijk\nClub Canada Noord\n"),
        ("pl", "Joint Statement on Energy\n\nWe cooperate.\n\nSignatories:\nFriends of Germany\nAustria Watch\nCanada Forum\n"),
    ],
)
def test_a_state_name_inside_a_longer_item_is_no_state(guessed: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, guessed).signatories if s.iso2] == []


@pytest.mark.parametrize(
    ("guessed", "text", "expected"),
    [
        ("es", "Declaraţia comună a României, Bulgariei şi Greciei\n\nGuvernele s-au întâlnit.\n", ["RO", "BG", "GR"]),
        ("it", "Dikjarazzjoni konġunta ta' Malta, Spanja u Franza\n\nIl-gvernijiet iltaqgħu fit-3 ta' Mejju 2031.\n", ["MT", "ES", "FR"]),
        ("sk", "Wspólne oświadczenie Polski, Litwy i Łotwy\n\nRządy spotkały się 3 maja 2031 r.\n", ["PL", "LT", "LV"]),
        ("da", "Gemensamt uttalande från Sverige, Finland och Danmark\n\nRegeringarna möttes den 3 maj 2031.\n", ["SE", "FI", "DK"]),
    ],
)
def test_a_title_in_a_language_other_than_the_guessed_one(guessed: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, guessed).signatories] == expected
