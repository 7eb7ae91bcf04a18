"""'Say yes/no to X' is support/opposition; its "no" is the answer, not a negation.

Texts written for these tests in sv, da, de, fr, es, en, nl, with traps: a real negation
("säger inte ja till"), a hedge, "critics say", a question put to a state.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, got

CASES = [
    ("sv", "Sverige säger nej till förordning (EU) 2021/821.", {("SE", "oppose", R821)}),
    ("sv", "Finland säger därmed ja till förordning (EU) 2021/821.", {("FI", "support", R821)}),
    ("sv", "Finland säger inte ja till förordning (EU) 2021/821.", set()),
    ("da", "Danmark siger nej til forordning (EU) 2021/821.", {("DK", "oppose", R821)}),
    ("de", "Österreich sagt Nein zur Verordnung (EU) 2021/821.", {("AT", "oppose", R821)}),
    ("de", "Österreich sagt nicht Ja zur Verordnung (EU) 2021/821.", set()),
    ("fr", "La Belgique a dit non au règlement (UE) 2021/821.", {("BE", "oppose", R821)}),
    ("es", "Portugal dice sí al Reglamento (UE) 2021/821.", {("PT", "support", R821)}),
    ("es", "Portugal no dice sí al Reglamento (UE) 2021/821.", set()),
    ("en", "Ireland said no to Regulation (EU) 2021/821.", {("IE", "oppose", R821)}),
    ("en", "Critics say Ireland said yes to Regulation (EU) 2021/821.", set()),
    ("en", "Ireland is said to say no to Regulation (EU) 2021/821.", set()),
    ("nl", "Nederland zegt nee tegen Verordening (EU) 2021/821.", {("NL", "oppose", R821)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_saying_yes_or_no_to_an_act(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def test_the_act_after_a_genitive_in_swedish_is_the_documents_act() -> None:
    text = "Förordning (EU) 2021/821 diskuteras.\n\nSverige säger därmed ja till EU:s omstridda förslag om exportkontroll."
    assert got(text, "sv") == {("SE", "support", R821)}
