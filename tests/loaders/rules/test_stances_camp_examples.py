"""States named as examples of a camp (stance_camp_examples.py): "countries opposed to X,
such as A and B", "Opponents such as A", "Gegner wie A", "les pays hostiles, comme A",
"Paesi favorevoli, come A, e contrari, come B", in several languages. Traps: a label with
another object ("opposed to fishing quotas"), a negated label, examples that are not
states, a label without a group's noun, a question. Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import got

AI = "celex:32024R1689"
LEAD = {  # a first sentence naming the act the camps are about
    "en": "The AI Act splits the Council. ",
    "de": "Die KI-Verordnung spaltet den Rat. ",
    "fr": "L'AI Act divise le Conseil. ",
    "es": "La Ley de Inteligencia Artificial divide al Consejo. ",
    "it": "La legge sull'intelligenza artificiale divide il Consiglio. ",
    "pl": "Akt o sztucznej inteligencji dzieli Radę. ",
}

EXAMPLES = [
    ("en", "Opponents such as Hungary and Malta want a delay.", {("HU", "oppose", AI), ("MT", "oppose", AI)}),
    ("de", "Gegner wie Ungarn und Malta fordern einen Aufschub.", {("HU", "oppose", AI), ("MT", "oppose", AI)}),
    ("fr", "Les pays hostiles, comme la Hongrie et Malte, demandent un report.", {("HU", "oppose", AI), ("MT", "oppose", AI)}),
    ("es", "Los países contrarios, como Hungría y Malta, piden un aplazamiento.", {("HU", "oppose", AI), ("MT", "oppose", AI)}),
    ("es", "Los países favorables, como Portugal, esperan un acuerdo.", {("PT", "support", AI)}),
    ("it", "Il voto divide Paesi favorevoli, come Spagna e Portogallo, e contrari, come Ungheria, Slovacchia e Malta.",
     {("ES", "support", AI), ("PT", "support", AI), ("HU", "oppose", AI), ("SK", "oppose", AI), ("MT", "oppose", AI)}),
    ("pl", "Zwolennicy, jak Portugalia i Hiszpania, chcą szybkiego głosowania.", {("PT", "support", AI), ("ES", "support", AI)}),
    # traps
    ("es", "Los países no contrarios, como Hungría y Malta, piden un aplazamiento.", set()),
    ("en", "Countries such as Hungary and Malta export chips to critics.", set()),
    ("en", "Opponents such as Amnesty International want a delay.", set()),
    ("de", "Sind Gegner wie Ungarn und Malta in der Mehrheit?", set()),
]

NAMED = [
    ("en", "Countries opposed to the AI Act, such as Hungary and Malta, want a delay.", {("HU", "oppose", AI), ("MT", "oppose", AI)}),
    # trap: the label's object is another matter
    ("en", "Countries opposed to fishing quotas, such as Hungary and Malta, want a delay of the AI Act.", set()),
]


def _states(found):
    return {x for x in found if len(x[0]) == 2 and x[0].isupper()}


@pytest.mark.parametrize("lang,text,expected", EXAMPLES)
def test_a_camps_examples_take_its_stance_on_the_act_in_play(lang, text, expected):
    assert _states(got(LEAD[lang] + text, lang)) == expected


@pytest.mark.parametrize("lang,text,expected", NAMED)
def test_a_camp_labelled_with_its_act_takes_that_act(lang, text, expected):
    assert _states(got(text, lang)) == expected
