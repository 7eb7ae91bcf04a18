"""A second party joined to a subject by "together with" (stance_subjects.py, data/
stance_comitative.yaml) shares its predicate: "Germany, together with Italy, opposes X",
"España, junto con Portugal, apoya X", "La France, aux côtés de l'Italie, s'oppose à X".
Traps: the pair after another verb (its object), another noun's party ("Italy's
farmers"), a bare "with" (a partner one talks to, not a co-subject). Every text is written
for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import got

AI = "celex:32024R1689"

CASES = [
    ("en", "Germany, together with Italy, opposes the AI Act.", {("DE", "oppose", AI), ("IT", "oppose", AI)}),
    ("en", "Germany along with Italy opposes the AI Act.", {("DE", "oppose", AI), ("IT", "oppose", AI)}),
    ("de", "Deutschland, gemeinsam mit Italien, lehnt die KI-Verordnung ab.", {("DE", "oppose", AI), ("IT", "oppose", AI)}),
    ("fr", "La France, aux côtés de l'Italie, s'oppose à l'AI Act.", {("FR", "oppose", AI), ("IT", "oppose", AI)}),
    ("es", "España, junto con Portugal, apoya la Ley de Inteligencia Artificial.", {("ES", "support", AI), ("PT", "support", AI)}),
    ("it", "La Francia, insieme all'Italia, sostiene la legge sull'intelligenza artificiale.", {("FR", "support", AI), ("IT", "support", AI)}),
    # traps
    ("en", "The Commission criticised France together with Italy over the AI Act.", set()),
    ("en", "Germany, together with Italy's farmers, opposes the AI Act.", {("DE", "oppose", AI)}),
    ("en", "Germany, with Italy, opposes the AI Act.", {("DE", "oppose", AI)}),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_a_party_together_with_the_subject_shares_its_predicate(lang, text, expected):
    assert {x for x in got(text, lang) if len(x[0]) == 2 and x[0].isupper()} == expected
