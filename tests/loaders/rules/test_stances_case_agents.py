"""Passives whose agent is marked by case: Czech and Slovak put it in the bare
instrumental ("odmítnuto Německem"), Croatian and Slovene in the genitive after "od
strane" / "s strani".

Texts written for these tests, with traps: a preposition before the instrumental ("s
Německem", "v Nemecku"), a negated auxiliary, a question, a conditional, a hedge.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import each, got

FOUND = [
    ("cs", "Nařízení (EU) 2021/821 bylo odmítnuto Německem a Polskem.", each("DE PL", "oppose")),
    ("cs", "Nařízení (EU) 2021/821 bylo podpořeno Francií a Itálií.", each("FR IT", "support")),
    ("sk", "Nariadenie (EÚ) 2021/821 bolo odmietnuté Nemeckom a Poľskom.", each("DE PL", "oppose")),
    ("sk", "Nariadenie (EÚ) 2021/821 bolo podporené Francúzskom.", each("FR", "support")),
    ("hr", "Uredba (EU) 2021/821 je odbačena od strane Njemačke i Poljske.", each("DE PL", "oppose")),
    ("hr", "Uredba (EU) 2021/821 je podržana od strane Francuske.", each("FR", "support")),
    ("sl", "Uredba (EU) 2021/821 je bila zavrnjena s strani Nemčije in Poljske.", each("DE PL", "oppose")),
    ("sl", "Uredba (EU) 2021/821 je bila podprta s strani Francije.", each("FR", "support")),
]

TRAPS = [
    ("cs", "Nařízení (EU) 2021/821 bylo odmítnuto s Německem."),  # "together with Germany"
    ("cs", "Nařízení (EU) 2021/821 nebylo odmítnuto Německem."),
    ("cs", "Pokud bude nařízení (EU) 2021/821 odmítnuto Německem, nic se nezmění."),
    ("cs", "Nařízení (EU) 2021/821 bylo prý odmítnuto Německem."),
    ("sk", "Nariadenie (EÚ) 2021/821 nebolo odmietnuté Nemeckom."),
    ("sk", "Nariadenie (EÚ) 2021/821 bolo odmietnuté v Nemecku."),  # "in Germany"
    ("hr", "Uredba (EU) 2021/821 nije odbačena od strane Njemačke."),
    ("hr", "Je li Uredba (EU) 2021/821 odbačena od strane Njemačke?"),
    ("sl", "Uredba (EU) 2021/821 ni bila zavrnjena s strani Nemčije."),
    ("sl", "Uredba (EU) 2021/821 je bila zavrnjena v Nemčiji."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_a_passive_agent_marked_by_case_holds_the_stance(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_from_a_preposition_a_negation_a_question_or_a_hedge(lang: str, text: str) -> None:
    assert got(text, lang) == set()
