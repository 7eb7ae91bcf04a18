"""A participle phrase with its agent opening the sentence, the act right after its comma:
"Opposed by Germany, the AI Act stalled", "Respaldada por España, la ley ...", "Soutenu
par la France, l'AI Act ..." (stance_passive.py); the traps: a state after the comma is
the main clause's subject, a subject that is no act, a phrase that does not open the
sentence. Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import read

AI = "celex:32024R1689"


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


CASES = [
    ("en", "Opposed by Germany, the AI Act stalled.", {("DE", "oppose", AI)}),
    ("en", "Backed by France and Spain, the AI Act passed.", {("FR", "support", AI), ("ES", "support", AI)}),
    ("es", "Respaldada por España, la Ley de Inteligencia Artificial avanzó.", {("ES", "support", AI)}),
    ("fr", "Soutenu par la France, l'AI Act a été adopté.", {("FR", "support", AI)}),
    # traps
    ("en", "Backed by France, Germany opposed the AI Act.", {("DE", "oppose", AI)}),
    ("en", "Criticised by Germany, the Commission defended the AI Act.", set()),
    ("en", "In the end, opposed by Germany, the AI Act stalled.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_fronted_participle_phrase_names_the_acts_holder(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
