"""Subjects joined by additive or correlative coordination, and subjects a negation
excludes.

Texts written for these tests. "Germany as well as France oppose X", "sowohl ... als
auch", "tanto ... como", "zowel ... als", "zarówno ..., jak i", "sia ... sia" join two
subjects into one; "como" without "tanto" compares, and a subject right after a negation
("but not France", "mais pas la France") is left out. Traps: a preposition before the
joined subjects (a place), a comparison, a negated member.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, each, got

JOINED = [
    ("en", "Germany as well as France oppose Regulation (EU) 2021/821.", each("DE FR", "oppose")),
    ("en", "Not only Germany but also France opposes Regulation (EU) 2021/821.", each("DE FR", "oppose")),
    ("en", "Germany and France, as well as Italy, oppose Regulation (EU) 2021/821.", each("DE FR IT", "oppose")),
    ("fr", "L'Allemagne ainsi que la France s'opposent au règlement (UE) 2021/821.", each("DE FR", "oppose")),
    ("de", "Sowohl Deutschland als auch Frankreich lehnen die Verordnung (EU) 2021/821 ab.", each("DE FR", "oppose")),
    ("es", "Tanto Alemania como Francia rechazan el Reglamento (UE) 2021/821.", each("DE FR", "oppose")),
    ("it", "Sia la Germania sia la Francia si oppongono al regolamento (UE) 2021/821.", each("DE FR", "oppose")),
    ("pl", "Zarówno Niemcy, jak i Francja sprzeciwiają się rozporządzeniu (UE) 2021/821.", each("DE FR", "oppose")),
    ("nl", "Zowel Duitsland als Frankrijk verzetten zich tegen de verordening (EU) 2021/821.", each("DE FR", "oppose")),
    ("sv", "Både Tyskland och Frankrike motsätter sig förordning (EU) 2021/821.", each("DE FR", "oppose")),
    ("en", "Amnesty International as well as Human Rights Watch oppose Regulation (EU) 2021/821.",
     {("amnesty-international", "oppose", R821), ("human-rights-watch", "oppose", R821)}),
    # "como" alone compares: the subject is the name before the comma only
    ("es", "Alemania, como Francia, rechaza el Reglamento (UE) 2021/821.", each("DE", "oppose")),
]

# the negated name is left out, the one before it keeps the predicate
EXCLUDED = [
    ("en", "Germany, but not France, opposes Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("fr", "L'Allemagne, mais pas la France, s'oppose au règlement (UE) 2021/821.", each("DE", "oppose")),
    ("de", "Deutschland, aber nicht Frankreich, lehnt die Verordnung (EU) 2021/821 ab.", each("DE", "oppose")),
    ("es", "Alemania, pero no Francia, rechaza el Reglamento (UE) 2021/821.", each("DE", "oppose")),
    ("it", "La Germania, ma non la Francia, si oppone al regolamento (UE) 2021/821.", each("DE", "oppose")),
    ("en", "Neither Germany nor France opposes Regulation (EU) 2021/821.", set()),
    ("en", "Exports to Germany as well as France rose under Regulation (EU) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), JOINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(JOINED)])
def test_subjects_joined_by_an_additive_join_share_the_predicate(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), EXCLUDED, ids=[f"{c[0]}-{i}" for i, c in enumerate(EXCLUDED)])
def test_a_negated_or_placed_subject_takes_no_stance(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
