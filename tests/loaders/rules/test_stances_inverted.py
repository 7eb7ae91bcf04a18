"""Verb-second inversion in German, Dutch, Swedish and Danish: an adverb or a
prepositional phrase opens the sentence, the verb follows, then the subject.

Texts written for these tests, with traps: a subject before the verb with the state as
its object, a state inside the opening phrase, a genitive state, negation, a hedge, a
question, an anonymous source.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, each, got

FOUND = [
    ("de", "Am Montag lehnte Deutschland die Verordnung (EU) 2021/821 ab.", each("DE", "oppose")),
    ("de", "Bisher unterstützen Frankreich und Spanien die Verordnung (EU) 2021/821.", each("FR ES", "support")),
    ("nl", "Maandag steunde Nederland de verordening (EU) 2021/821.", each("NL", "support")),
    ("nl", "Volgens de krant steunt Nederland de verordening (EU) 2021/821.", each("NL", "support")),
    ("sv", "Nu stöder Finland förordning (EU) 2021/821.", each("FI", "support")),
    ("sv", "Idag stöder Finland förordning (EU) 2021/821.", each("FI", "support")),
    ("da", "I dag støtter Danmark forordning (EU) 2021/821.", each("DK", "support")),
    ("da", "Derfor støtter Danmark og Sverige forordning (EU) 2021/821.", each("DK SE", "support")),
]

AI = "amnesty-international"

# subjects other than lists of states right after the verb: organs, capitals, organisations
OTHER_SUBJECTS = [
    ("de", "Am Montag lehnte die französische Regierung die Verordnung (EU) 2021/821 ab.", each("FR", "oppose")),
    ("de", "Am Montag lehnte Amnesty International die Verordnung (EU) 2021/821 ab.", {(AI, "oppose", R821)}),
    ("de", "Am Montag lehnte Berlin die Verordnung (EU) 2021/821 ab.", each("DE", "oppose")),
    ("nl", "Maandag steunde de Nederlandse regering de verordening (EU) 2021/821.", each("NL", "support")),
    ("nl", "Maandag steunde Amnesty International de verordening (EU) 2021/821.", {(AI, "support", R821)}),
    ("sv", "Nu stöder Amnesty International förordning (EU) 2021/821.", {(AI, "support", R821)}),
]

OTHER_TRAPS = [
    # a state between the subject and the target is the verb's object
    ("de", "Am Montag kritisierte die Kommission Deutschland wegen der Verordnung (EU) 2021/821."),
    ("da", "I dag kritiserer Kommissionen Danmark for forordning (EU) 2021/821."),
    # the target is a complement of another noun, not the verb's object
    ("de", "Am Montag unterstützte die Kommission Amnesty Internationals Aufruf gegen die Verordnung (EU) 2021/821."),
    ("nl", "Maandag steunde Amnesty International de oproep tegen de verordening (EU) 2021/821."),
]

TRAPS = [
    ("de", "Am Montag kritisierte die Kommission Deutschland wegen der Verordnung (EU) 2021/821."),
    ("de", "Am Montag unterstützte Frankreich Deutschlands Plan gegen die Verordnung (EU) 2021/821."),
    ("de", "Im Streit mit Polen lehnte Deutschland die Verordnung (EU) 2021/821 ab."),
    ("de", "Am Montag lehnte Deutschland die Verordnung (EU) 2021/821 nicht ab."),
    ("de", "Heute unterstützt Deutschland angeblich die Verordnung (EU) 2021/821."),
    ("de", "Warum lehnt Deutschland die Verordnung (EU) 2021/821 ab?"),
    ("nl", "Volgens diplomaten steunt Nederland de verordening (EU) 2021/821."),
    ("nl", "Gisteren steunde Nederland de verordening (EU) 2021/821 niet."),
    ("sv", "Enligt diplomater stöder Finland förordning (EU) 2021/821."),
    ("sv", "Nu stöder inte Finland förordning (EU) 2021/821."),
    ("da", "Derfor støtter Danmark ikke forordning (EU) 2021/821."),
    ("da", "I dag kritiserer Kommissionen Danmark for forordning (EU) 2021/821."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_the_subject_after_the_verb_of_an_inverted_clause(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_from_an_object_a_negation_a_hedge_or_a_question(lang: str, text: str) -> None:
    assert got(text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_SUBJECTS, ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_SUBJECTS)])
def test_an_organ_capital_or_organisation_after_the_verb_of_an_inverted_clause(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), OTHER_TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(OTHER_TRAPS)])
def test_no_stance_when_a_state_or_another_noun_stands_before_the_target(lang: str, text: str) -> None:
    assert got(text, lang) == set()
