"""A noun of stance whose object is the clause's subject: "<act> has the support of
<holder>", "faces opposition from", "bénéficie du soutien de", "cuenta con el apoyo de",
"stößt auf Widerstand aus", "gode del sostegno di" (stance_possessed.py), with the traps
that must give nothing: "no support", "lost/needs the support", a holder's support for
something else, a subject that is no act, a question, a condition. Every text is written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import read

AI = "celex:32024R1689"


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


CASES = [
    ("en", "The AI Act has the support of Germany.", {("DE", "support", AI)}),
    ("en", "The AI Act enjoys the backing of France and Spain.", {("FR", "support", AI), ("ES", "support", AI)}),
    ("en", "The AI Act faces opposition from Germany.", {("DE", "oppose", AI)}),
    ("fr", "L'AI Act bénéficie du soutien de la France.", {("FR", "support", AI)}),
    ("es", "La Ley de Inteligencia Artificial cuenta con el apoyo de España.", {("ES", "support", AI)}),
    ("de", "Die KI-Verordnung stößt auf Widerstand aus Polen.", {("PL", "oppose", AI)}),
    ("de", "Die KI-Verordnung hat die Unterstützung Deutschlands.", {("DE", "support", AI)}),
    ("it", "La legge europea sull'intelligenza artificiale gode del sostegno dell'Italia.", {("IT", "support", AI)}),
    # traps
    ("en", "The AI Act has no support from Germany.", set()),
    ("en", "The AI Act lost the support of Germany.", set()),
    ("en", "The AI Act needs the support of Germany.", set()),
    ("en", "The AI Act has the support of Germany for its timetable.", set()),
    ("en", "France has the support of Germany.", set()),
    ("en", "Does the AI Act have the support of Germany?", set()),
    ("en", "If the AI Act has the support of Germany, it passes.", set()),
    ("es", "La Ley de Inteligencia Artificial necesita el apoyo de España.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_an_act_that_has_the_support_of_a_holder(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
