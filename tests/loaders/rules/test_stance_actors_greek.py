"""Greek state organs and capitals as stance actors (actors.yaml `el`).

Sentences written for these tests: a demonym adjective before an organ noun, both in the
nominative ("η γερμανική κυβέρνηση", "οι γαλλικές αρχές"), and a capital as the subject
("Το Βερολίνο"). Traps: the organ in the genitive ("της γερμανικής κυβέρνησης" is
someone else's spokesman), a capital after a preposition ("στο Βερολίνο": a place), a
negated verb.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, got

FOUND = [
    ("Η γερμανική κυβέρνηση απορρίπτει τον κανονισμό (ΕΕ) 2021/821.", ("DE", "oppose")),
    ("Οι γαλλικές αρχές στηρίζουν τον κανονισμό (ΕΕ) 2021/821.", ("FR", "support")),
    ("Το Βερολίνο απορρίπτει τον κανονισμό (ΕΕ) 2021/821.", ("DE", "oppose")),
    ("Η ισπανική κυβέρνηση στηρίζει τον κανονισμό (ΕΕ) 2021/821.", ("ES", "support")),
]


@pytest.mark.parametrize(("text", "expected"), FOUND, ids=[str(i) for i in range(len(FOUND))])
def test_a_greek_state_organ_or_capital_is_the_states_actor(text: str, expected: tuple[str, str]) -> None:
    assert got(text, "el") == {(expected[0], expected[1], R821)}


NOT_FOUND = [
    "Ο εκπρόσωπος της γερμανικής κυβέρνησης απορρίπτει τον κανονισμό (ΕΕ) 2021/821.",
    "Οι διαδηλωτές στο Βερολίνο απορρίπτουν τον κανονισμό (ΕΕ) 2021/821.",
    "Η γερμανική κυβέρνηση δεν απορρίπτει τον κανονισμό (ΕΕ) 2021/821.",
]


@pytest.mark.parametrize("text", NOT_FOUND, ids=[str(i) for i in range(len(NOT_FOUND))])
def test_a_genitive_organ_a_place_or_a_negation_gives_no_state_stance(text: str) -> None:
    assert {a for a, _, _ in got(text, "el")} & {"DE"} == set()
