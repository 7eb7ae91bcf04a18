"""A capital or state after a preposition of place is where something happens, not who
takes the stance: "Protesters outside Berlin rejected X" says nothing of Germany.

Texts written for these tests; the prepositions are loaders/data/stances.yaml
``not_subject_before``. The control sentences show the capital as a subject still reads.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, each, got

PLACES = [
    ("en", "Protesters outside Berlin rejected Regulation (EU) 2021/821."),
    ("en", "Farmers gathered in front of Paris city hall oppose Regulation (EU) 2021/821."),
    ("fr", "Des manifestants devant Berlin rejettent le règlement (UE) 2021/821."),
    ("fr", "Des agriculteurs près de Madrid s'opposent au règlement (UE) 2021/821."),
    ("de", "Demonstranten vor Paris lehnen die Verordnung (EU) 2021/821 ab."),
    ("de", "Landwirte außerhalb Wien kritisieren die Verordnung (EU) 2021/821."),
    ("es", "Manifestantes frente a Berlín rechazan el Reglamento (UE) 2021/821."),
    ("it", "Manifestanti fuori da Berlino respingono il regolamento (UE) 2021/821."),
    ("nl", "Boeren buiten Parijs verwerpen de Verordening (EU) 2021/821."),
    ("pt", "Manifestantes diante de Berlim rejeitam o Regulamento (UE) 2021/821."),
    ("sv", "Demonstranter utanför Berlin kritiserar förordning (EU) 2021/821."),
]

CAPITALS_AS_SUBJECTS = [
    ("en", "Berlin rejected Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("de", "Paris lehnt die Verordnung (EU) 2021/821 ab.", each("FR", "oppose")),
]


@pytest.mark.parametrize(("lang", "text"), PLACES)
def test_a_capital_after_a_preposition_of_place_takes_no_stance(lang: str, text: str) -> None:
    assert got(text, lang) == set()


@pytest.mark.parametrize(("lang", "text", "expected"), CAPITALS_AS_SUBJECTS)
def test_a_capital_heading_the_clause_still_takes_the_stance(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


# A noun set against an act in its own sentence is not that act: "the plan, backed by
# France, breaches X" says France backs the plan, not X. And a capital after "and" in a
# place phrase ("near Paris and Madrid") stands or falls with the whole phrase.
OTHER_NOUN = [
    ("en", "The plan, backed by France, breaches Regulation (EU) 2021/821.", set()),
    ("fr", "Le plan, soutenu par la France, viole le règlement (UE) 2021/821.", set()),
    ("de", "Der Plan, unterstützt von Frankreich, verstößt gegen die Verordnung (EU) 2021/821.", set()),
    ("en", "Farmers near Paris and Madrid oppose Regulation (EU) 2021/821.", set()),
    # controls: the act itself is what was backed
    ("en", "Regulation (EU) 2021/821, backed by France, was adopted in May.", each("FR", "support")),
    ("en", "Regulation (EU) 2021/821 was backed by France.", each("FR", "support")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), OTHER_NOUN)
def test_a_noun_set_against_a_named_act_is_not_that_act(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


# Capitals written as one list stand for their governments together, as a list of states
# does; after a preposition of place the whole list is a place.
CAPITAL_LISTS = [
    ("en", "Paris and Berlin oppose Regulation (EU) 2021/821.", each("FR DE", "oppose")),
    ("de", "Paris und Berlin lehnen die Verordnung (EU) 2021/821 ab.", each("FR DE", "oppose")),
    ("fr", "Rome, Madrid et Lisbonne soutiennent le règlement (UE) 2021/821.", each("IT ES PT", "support")),
    ("it", "Parigi e Berlino respingono il regolamento (UE) 2021/821.", each("FR DE", "oppose")),
    ("en", "Talks between Paris and Berlin on Regulation (EU) 2021/821 failed.", set()),
    ("de", "Flüge zwischen Paris und Berlin kritisieren die Verordnung (EU) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CAPITAL_LISTS)
def test_capitals_written_as_one_list_are_one_subject(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


# ", and" between two names joins two clauses, not a list of two: the first name belongs
# to the clause before ("praised Italy"), the second opens its own.
CLAUSE_JOINS = [
    ("en", "Yesterday the Commission praised Italy, and Germany opposed Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("de", "Die Kommission lobte Italien, und Deutschland lehnte die Verordnung (EU) 2021/821 ab.", each("DE", "oppose")),
    ("fr", "La Commission a salué l'Italie, et l'Allemagne rejette le règlement (UE) 2021/821.", each("DE", "oppose")),
    ("es", "La Comisión elogió a Italia, y Alemania rechaza el Reglamento (UE) 2021/821.", each("DE", "oppose")),
    # a list of three with a serial comma is still a list
    ("en", "France, Italy, and Germany oppose Regulation (EU) 2021/821.", each("FR IT DE", "oppose")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSE_JOINS)
def test_a_comma_and_a_conjunction_between_two_names_join_clauses(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


# A state and an organisation joined by "and" are one subject; only where the pair opens
# its clause, so an object before "and" is never taken for a subject.
MIXED = [
    ("en", "France and Amnesty International oppose Regulation (EU) 2021/821.", each("FR", "oppose") | {("amnesty-international", "oppose", R821)}),
    ("de", "Deutschland und Amnesty International lehnen die Verordnung (EU) 2021/821 ab.", each("DE", "oppose") | {("amnesty-international", "oppose", R821)}),
    ("fr", "La France et Amnesty International rejettent le règlement (UE) 2021/821.", each("FR", "oppose") | {("amnesty-international", "oppose", R821)}),
    ("es", "España y Amnistía Internacional rechazan el Reglamento (UE) 2021/821.", each("ES", "oppose") | {("amnesty-international", "oppose", R821)}),
    ("en", "The Commission praised France and Amnesty International opposed Regulation (EU) 2021/821.", {("amnesty-international", "oppose", R821)}),
    ("en", "Talks between France and Amnesty International on Regulation (EU) 2021/821 failed.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), MIXED)
def test_a_state_and_an_organisation_joined_by_and_are_one_subject(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
