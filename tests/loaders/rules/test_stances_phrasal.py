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


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Croatia on Tuesday rejected Regulation (EU) 2031/77."),
        ("en", "Croatia last week firmly rejected Regulation (EU) 2031/77."),
        ("it", "La Croazia martedì ha bocciato il regolamento (UE) 2031/77."),
        ("es", "Croacia rechazó ayer rotundamente el Reglamento (UE) 2031/77."),
        ("de", "Kroatien hat am Dienstag die Verordnung (EU) 2031/77 abgelehnt."),
    ],
)
def test_time_phrases_and_adverbs_may_stand_between_subject_and_verb(lang: str, text: str) -> None:
    """Day and month names (CLDR), words of time phrases and adverbs by their ending say
    when or how, never who."""
    doc = extract_bytes((text + "\n").encode(), source=f"written-{lang}.txt")
    assert {(s.actor.key, s.stance) for s in doc.stances} == {("HR", "oppose")}


@pytest.mark.parametrize(
    "text",
    ["Croatia's family rejected Regulation (EU) 2031/77.", "Exporters in Croatia on Tuesday rejected Regulation (EU) 2031/77."],
)
def test_a_noun_ending_like_an_adverb_is_no_filler(text: str) -> None:
    doc = extract_bytes((text + "\n").encode(), source="written-en.txt")
    assert doc.stances == []
