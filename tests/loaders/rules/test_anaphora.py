"""'These nine states' resolves to an earlier list of exactly that many states, or to nothing."""

from __future__ import annotations

import pytest

from .helpers import facts

R821 = "celex:32021R0821"
LIST = {"PL", "HU", "SK"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Poland, Hungary and Slovakia issued a joint note on exports.\n\nThese three states oppose Regulation (EU) 2021/821."),
        ("fr", "La Pologne, la Hongrie et la Slovaquie ont publié une note commune.\n\nCes trois États s'opposent au règlement (UE) 2021/821."),
        ("de", "Polen, Ungarn und die Slowakei legten ein gemeinsames Papier vor.\n\nDiese drei Staaten lehnen die Verordnung (EU) 2021/821 ab."),
        ("pl", "Polska, Węgry i Słowacja przedstawiły wspólne stanowisko.\n\nTe trzy państwa sprzeciwiają się rozporządzeniu (UE) 2021/821."),
        ("es", "Polonia, Hungría y Eslovaquia presentaron una nota conjunta.\n\nEstos tres Estados se oponen al Reglamento (UE) 2021/821."),
        ("it", "La Polonia, l'Ungheria e la Slovacchia hanno presentato una nota comune.\n\nQuesti tre Stati si oppongono al regolamento (UE) 2021/821."),
    ],
)
def test_numeral_phrase_takes_the_listed_states(lang: str, text: str) -> None:
    st = [s for s in facts(text, lang).stances if s.actor.kind == "state"]
    assert {(s.actor.key, s.stance, s.target.ref) for s in st} == {(c, "oppose", R821) for c in LIST}
    for s in st:
        assert "anaphora" in s.evidence.extractor
        assert "\n\n" in s.evidence.quote  # the evidence shows the list and the stance


@pytest.mark.parametrize(
    "text",
    [
        # the count does not match the nearest list
        "Poland, Hungary and Slovakia issued a joint note.\n\nThese four states oppose Regulation (EU) 2021/821.",
        # no list at all
        "The note was leaked in May.\n\nThese nine states oppose Regulation (EU) 2021/821.",
        # the list is two paragraphs back
        "Poland, Hungary and Slovakia issued a joint note.\n\nThe note was short.\n\nThese three states oppose Regulation (EU) 2021/821.",
        # the nearest list has an unknown item
        "Poland, Hungary and Atlantis issued a joint note.\n\nThese three states oppose Regulation (EU) 2021/821.",
        # without a determiner a number is not a reference back
        "Poland, Hungary and Slovakia issued a joint note.\n\nThree states oppose Regulation (EU) 2021/821.",
    ],
)
def test_unresolvable_numeral_phrase_gives_nothing(text: str) -> None:
    assert facts(text, "en").stances == []


def test_nearest_list_decides() -> None:
    text = (
        "Poland, Hungary and Slovakia issued a joint note. Austria and Belgium replied.\n\n"
        "These three states oppose Regulation (EU) 2021/821."
    )
    assert facts(text, "en").stances == []  # the nearest list has two states, not three
