"""A state counted among an act's opponents or supporters by a copula ("fait partie des
opposants à X", "está entre los opositores a X", "es uno de los defensores de X",
"zählt zu den Befürwortern der X", "is among the opponents of X"), with the traps that
must give nothing: the opponents of something that is no act, and a negated copula.
Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import read

AI = "celex:32024R1689"


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


CASES = [
    ("fr", "La France fait partie des opposants à l'AI Act.", {("FR", "oppose", AI)}),
    ("fr", "La Belgique est parmi les plus farouches adversaires de l'AI Act.", {("BE", "oppose", AI)}),
    ("fr", "Le Luxembourg fait partie des partisans de l'AI Act.", {("LU", "support", AI)}),
    ("es", "España está entre los opositores a la Ley de Inteligencia Artificial.", {("ES", "oppose", AI)}),
    ("es", "Portugal forma parte de los detractores de la Ley de Inteligencia Artificial.", {("PT", "oppose", AI)}),
    ("es", "Irlanda es uno de los defensores de la Ley de Inteligencia Artificial.", {("IE", "support", AI)}),
    ("de", "Deutschland zählt zu den Befürwortern der KI-Verordnung.", {("DE", "support", AI)}),
    ("en", "Austria is among the opponents of the AI Act.", {("AT", "oppose", AI)}),
    # traps
    ("fr", "La France fait partie des opposants au gouvernement.", set()),
    ("es", "España no está entre los opositores a la Ley de Inteligencia Artificial.", set()),
    ("de", "Deutschland zählt nicht zu den Gegnern der KI-Verordnung.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_a_state_counted_among_an_acts_opponents_or_supporters(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
