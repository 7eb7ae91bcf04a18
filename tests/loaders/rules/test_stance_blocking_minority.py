"""Forming a blocking minority against an act opposes it (stance_predicate_classes.yaml,
class voice_alliance, English; the other languages' forms are tested with the class): a
negated one, one against changes to the act, or one the state is only urged to form gives
nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"


@pytest.mark.parametrize("text", [
    "Austria formed a blocking minority against Regulation (EU) 2031/77 in the Council.",
    "Austria joined the blocking minority against Regulation (EU) 2031/77.",
])
def test_a_blocking_minority_against_an_act_opposes_it(text: str) -> None:
    assert state_stances(text, "en") == {("AT", "oppose", R)}


@pytest.mark.parametrize("text", [
    "Austria did not form a blocking minority against Regulation (EU) 2031/77.",
    "Austria formed a blocking minority against changes to Regulation (EU) 2031/77.",
    "The Commission urged Austria to form a blocking minority against Regulation (EU) 2031/77.",
])
def test_no_stance_from_a_negated_urged_or_misdirected_minority(text: str) -> None:
    assert state_stances(text, "en") == set()
