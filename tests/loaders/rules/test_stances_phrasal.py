"""Phrasal predicates of taking a position ("spoke out against", "se sont prononcées
contre", "si è pronunciata a favore") and verbs of deciding before a predicate ("decided
to vote against"): ordinary ways of stating a stance in each language."""

import pytest

from loaders.pipeline import extract_bytes

ACT = "celex:32031R0077"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Slovenia and Croatia have again spoken out against Regulation (EU) 2031/77.", {("SI", "oppose"), ("HR", "oppose")}),
        ("en", "Cyprus spoke out in favour of Regulation (EU) 2031/77 at the Council.", {("CY", "support")}),
        ("fr", "La Slovénie et la Croatie se sont prononcées contre le règlement (UE) 2031/77.", {("SI", "oppose"), ("HR", "oppose")}),
        ("fr", "Chypre s'est prononcée en faveur du règlement (UE) 2031/77 au Conseil.", {("CY", "support")}),
        ("es", "Eslovenia y Croacia se pronunciaron en contra del Reglamento (UE) 2031/77.", {("SI", "oppose"), ("HR", "oppose")}),
        ("pt", "A Eslovénia pronunciou-se contra o Regulamento (UE) 2031/77 no Conselho.", {("SI", "oppose")}),
        ("it", "La Slovenia e la Croazia si sono espresse contro il regolamento (UE) 2031/77.", {("SI", "oppose"), ("HR", "oppose")}),
        ("it", "Cipro si è pronunciata a favore del regolamento (UE) 2031/77 al Consiglio.", {("CY", "support")}),
        ("it", "La Slovenia ha deciso di votare contro il regolamento (UE) 2031/77.", {("SI", "oppose")}),
        ("en", "Croatia decided to vote against Regulation (EU) 2031/77 on Friday.", {("HR", "oppose")}),
    ],
)
def test_phrasal_predicates_state_a_stance(lang: str, text: str, expected: set) -> None:
    doc = extract_bytes((text + "\n").encode(), source=f"written-{lang}.txt")
    assert {(s.actor.key, s.stance) for s in doc.stances} == expected
    assert {s.target.ref for s in doc.stances} == {ACT}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Croatia did not speak out against Regulation (EU) 2031/77 on Friday."),
        ("fr", "La Croatie ne s'est pas prononcée contre le règlement (UE) 2031/77."),
        ("en", "Croatia decided to wait before it takes a view on Regulation (EU) 2031/77."),
    ],
)
def test_negated_or_absent_predicates_take_no_stance(lang: str, text: str) -> None:
    doc = extract_bytes((text + "\n").encode(), source=f"written-{lang}.txt")
    assert doc.stances == []
