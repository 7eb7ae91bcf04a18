"""Subjects that follow their predicate and close the sentence (stance_postposed.py): a
fronted vote ("Gegen X stimmten A und B", "Przeciw X zagłosowały A i B", "Dagegen stimmten
A und B"), and in Romance and Slavic word order a predicate with its object before its
subject ("Apoyaron X Francia y Alemania", "X poparły Polska i Węgry"). Traps: a state
the vote is about ("against Germany"), a name after a preposition or in a genitive, a
name not in the nominative, a label whose number does not match the list, a negation,
a question, hearsay between verb and subject, a subject before the predicate. Every text
is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import got

AI = "celex:32024R1689"
ADOPTED = {  # a first sentence naming the act the second one is about
    "de": "Der Rat nahm die Verordnung (EU) 2024/1689 an. ",
    "es": "El Consejo adoptó el Reglamento (UE) 2024/1689. ",
    "pl": "Rada przyjęła rozporządzenie (UE) 2024/1689. ",
    "it": "Il Consiglio ha adottato il regolamento (UE) 2024/1689. ",
}

FRONTED_VOTES = [
    ("de", "Gegen die KI-Verordnung stimmten Polen und Ungarn.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("de", "Für die KI-Verordnung stimmten Spanien und Portugal.", {("ES", "support", AI), ("PT", "support", AI)}),
    ("nl", "Tegen de AI-verordening stemden Polen en Hongarije.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("pl", "Przeciwko rozporządzeniu (UE) 2024/1689 głosowały Polska i Węgry.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("cs", "Proti aktu o umělé inteligenci hlasovalo Polsko a Maďarsko.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("es", "En contra de la Ley de Inteligencia Artificial votaron Polonia y Hungría.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("it", "Contro la legge sull'intelligenza artificiale hanno votato Polonia e Ungheria.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("pt", "Contra o regulamento da inteligência artificial votaram a Polónia e a Hungria.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("fr", "Contre l'AI Act ont voté la Pologne et la Hongrie.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("sv", "Emot AI-förordningen röstade Polen och Ungern.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    # traps: the state after "against" is what the vote is about; hearsay between
    ("de", "Gegen Deutschland stimmten Polen und Ungarn.", set()),
    ("pl", "Przeciwko Niemcom głosowały Słowacja i Węgry.", set()),
    ("de", "Gegen die KI-Verordnung stimmten laut Diplomaten Polen und Ungarn.", set()),
]

AFTER_ADOPTION = [  # the vote's object is the act of the sentence before
    ("de", "Dagegen stimmten Polen und Ungarn.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("pl", "Poza Czechami przeciw zagłosowały jeszcze dwa państwa: Słowacja i Węgry.", {("SK", "oppose", AI), ("HU", "oppose", AI)}),
    ("es", "Votaron en contra Polonia y Hungría.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    # traps: a label counting another number, a negation, a question, "against France"
    ("pl", "Poza Czechami przeciw zagłosowały jeszcze trzy państwa: Słowacja i Węgry.", set()),
    ("de", "Dagegen stimmten Polen und Ungarn nicht.", set()),
    ("es", "¿Votaron en contra Polonia y Hungría?", set()),
    ("it", "Ha votato contro la Francia.", set()),
]

VERB_FIRST = [
    ("es", "Apoyaron la Ley de Inteligencia Artificial Francia y Alemania.", {("FR", "support", AI), ("DE", "support", AI)}),
    ("it", "Ha criticato la legge sull'intelligenza artificiale la Francia.", {("FR", "oppose", AI)}),
    ("pl", "Akt o sztucznej inteligencji poparły Polska i Węgry.", {("PL", "support", AI), ("HU", "support", AI)}),
    ("pl", "Poparły akt o sztucznej inteligencji Polska i Węgry.", {("PL", "support", AI), ("HU", "support", AI)}),
    # traps: a genitive or an agent, not the subject; a subject before the verb; an object
    ("es", "Apoyaron la Ley de Inteligencia Artificial de Francia y Alemania.", set()),
    ("es", "Criticó la Ley de Inteligencia Artificial por Francia.", set()),
    ("it", "Ha criticato la Francia.", set()),
    ("pl", "Akt o sztucznej inteligencji poparto w Polsce.", set()),
    ("en", "The Commission criticised the AI Act, Germany.", set()),
]


def _states(found: set[tuple[str, str, str]]) -> set[tuple[str, str, str]]:
    return {x for x in found if len(x[0]) == 2 and x[0].isupper()}


@pytest.mark.parametrize("lang,text,expected", FRONTED_VOTES + VERB_FIRST)
def test_a_subject_after_its_predicate_is_read_only_in_its_place(lang, text, expected):
    assert _states(got(text, lang)) == expected


@pytest.mark.parametrize("lang,text,expected", AFTER_ADOPTION)
def test_a_vote_with_no_object_is_about_the_act_before(lang, text, expected):
    assert _states(got(ADOPTED[lang] + text, lang)) == expected
