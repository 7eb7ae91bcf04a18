"""Reporting frames: the pronoun (or, in pro-drop languages, the empty subject) of a clause
reported by a verb of saying stands for that verb's subject.

Texts written for these tests. Traps: a named subject of the reported clause (its own
stance, not the speaker's), a verb that does not assert ("denied"), a negated verb of
saying, a negation or hedge in the reported clause, a condition, a question, another
actor between the speaker and the pronoun, a reported clause whose target is only "the
proposal" or "it" (the speaker's word, not read).
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import each, got

FOUND = [
    # a reported refusal of support is opposition (stance_negation.py)
    ("es", "España dijo que no apoya el Reglamento (UE) 2021/821.", each("ES", "oppose")),
    ("sv", "Sverige meddelade att man inte stöder förordning (EU) 2021/821.", each("SE", "oppose")),
    ("en", "Germany said it opposes Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("en", "Germany said on Monday in a statement that it supports Regulation (EU) 2021/821.", each("DE", "support")),
    ("de", "Deutschland erklärte, es lehnt die Verordnung (EU) 2021/821 ab.", each("DE", "oppose")),
    ("de", "Deutschland erklärte, dass es die Verordnung (EU) 2021/821 ablehnt.", each("DE", "oppose")),
    ("de", "Am Montag erklärte Berlin, es unterstützt die Verordnung (EU) 2021/821.", each("DE", "support")),
    ("fr", "La France a déclaré qu'elle s'opposait au règlement (UE) 2021/821.", each("FR", "oppose")),
    ("es", "España ha dicho que apoya el Reglamento (UE) 2021/821.", each("ES", "support")),
    ("it", "L'Italia ha detto che sostiene il regolamento (UE) 2021/821.", each("IT", "support")),
    ("pt", "Portugal disse que apoia o Regulamento (UE) 2021/821.", each("PT", "support")),
    ("pl", "Polska oświadczyła, że popiera rozporządzenie (UE) 2021/821.", each("PL", "support")),
    ("nl", "Nederland zei dat het de verordening (EU) 2021/821 steunt.", each("NL", "support")),
    ("sv", "Sverige meddelade att man stöder förordning (EU) 2021/821.", each("SE", "support")),
    ("sv", "Under tisdagen meddelade Sverige att de stöder förordning (EU) 2021/821.", each("SE", "support")),
    ("da", "Sverige og Finland siger, at de støtter forordning (EU) 2021/821.", each("SE FI", "support")),
    # the reported clause's own named subject holds its stance, the speaker none
    ("en", "Germany said France opposes Regulation (EU) 2021/821.", each("FR", "oppose")),
    ("fr", "La France a déclaré que l'Allemagne s'oppose au règlement (UE) 2021/821.", each("DE", "oppose")),
    ("es", "España ha dicho que Francia apoya el Reglamento (UE) 2021/821.", each("FR", "support")),
    ("it", "L'Italia ha detto che la Francia sostiene il regolamento (UE) 2021/821.", each("FR", "support")),
    ("pl", "Polska oświadczyła, że Niemcy popierają rozporządzenie (UE) 2021/821.", each("DE", "support")),
    ("sv", "Sverige meddelade att Finland stöder förordning (EU) 2021/821.", each("FI", "support")),
]

TRAPS = [
    ("en", "Germany denied that it opposes Regulation (EU) 2021/821."),
    ("de", "Deutschland bestritt, dass es die Verordnung (EU) 2021/821 ablehnt."),
    ("fr", "La France a démenti qu'elle s'oppose au règlement (UE) 2021/821."),
    ("es", "España negó que apoye el Reglamento (UE) 2021/821."),
    ("en", "Germany did not say that it opposes Regulation (EU) 2021/821."),
    ("de", "Deutschland hat nicht erklärt, dass es die Verordnung (EU) 2021/821 ablehnt."),
    ("fr", "La France n'a pas dit qu'elle s'oppose au règlement (UE) 2021/821."),
    ("es", "España no ha dicho que apoya el Reglamento (UE) 2021/821."),
    ("it", "L'Italia non ha detto che sostiene il regolamento (UE) 2021/821."),
    ("pl", "Polska nie oświadczyła, że popiera rozporządzenie (UE) 2021/821."),
    ("en", "Germany said it does not oppose Regulation (EU) 2021/821."),
    ("fr", "La France a dit qu'elle ne s'oppose pas au règlement (UE) 2021/821."),
    ("es", "España dijo que no se opone al Reglamento (UE) 2021/821."),
    ("sv", "Sverige meddelade att man inte motsätter sig förordning (EU) 2021/821."),
    ("en", "Germany said it was reportedly opposed to Regulation (EU) 2021/821."),
    ("en", "Germany said that if France opposes Regulation (EU) 2021/821, it would leave."),
    ("es", "España dijo que si Francia apoya el Reglamento (UE) 2021/821, votará en contra."),
    ("en", "Did Germany say it opposes Regulation (EU) 2021/821?"),
    ("sv", "Meddelade Sverige att man stöder förordning (EU) 2021/821?"),
    ("en", "Germany told France it opposes Regulation (EU) 2021/821."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_the_reported_clause_speaks_for_the_subject_of_the_verb_of_saying(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_from_a_denial_a_negation_a_hedge_a_condition_or_a_question(lang: str, text: str) -> None:
    assert got(text, lang) == set()


def test_a_reported_clause_names_its_target() -> None:
    """"They support it" / "they oppose the proposal" in a reported clause stand for no act,
    though the sentence before names one."""
    text = "The Commission proposed Regulation (EU) 2021/821. Germany said it opposes the proposal. France said it supports it."
    assert got(text, "en") == set()
