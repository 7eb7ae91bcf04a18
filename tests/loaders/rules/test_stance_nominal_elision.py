"""A stance noun's holder after an elided article (stance_nominal.py): "le rejet de
l'Autriche au règlement", "l'opposizione dell'Austria al regolamento" name Austria as the
holder; an elided article before a noun that is no actor ("de l'industrie autrichienne",
"de l'amendement de l'Autriche") or a noun of absence ("aucun soutien") give nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"

HELD = [
    ("fr", "Le rejet de l'Autriche au règlement (UE) 2031/77 n'a surpris personne.", "oppose"),
    ("fr", "L’opposition de l’Autriche au règlement (UE) 2031/77 était attendue.", "oppose"),
    ("fr", "Le soutien de l'Autriche au règlement (UE) 2031/77 était attendu.", "support"),
    ("it", "L'opposizione dell'Austria al regolamento (UE) 2031/77 era attesa.", "oppose"),
]


@pytest.mark.parametrize(("lang", "text", "polarity"), HELD, ids=[f"{t[0]}-{i}" for i, t in enumerate(HELD)])
def test_holder_after_an_elided_article(lang: str, text: str, polarity: str) -> None:
    assert state_stances(text, lang) == {("AT", polarity, R)}


TRAPS = [
    ("fr", "Le soutien de l'industrie autrichienne au règlement (UE) 2031/77 était attendu."),
    ("fr", "Le rejet de l'amendement de l'Autriche au règlement (UE) 2031/77 était attendu."),
    ("fr", "Aucun soutien de l'Autriche au règlement (UE) 2031/77 n'est attendu."),
    ("it", "Il sostegno dell'industria austriaca al regolamento (UE) 2031/77 era atteso."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_no_holder_when_the_elided_noun_is_no_actor(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()
