"""What may stand between a subject and its predicate, and what closes a clause.

Texts written for these tests. Structures: a bracketed abbreviation after the subject
("Reporters Without Borders (RSF) firmly rejects"), a relative clause between commas
holding a predicate of its own ("Germany, which long resisted the plan, now backs X"), a
relative pronoun as the subject of its verb ("..., France, which supports X"), a comma
ending a predicate's clause, and a conditional clause ("if Germany opposes X, ..."),
which states no position. Traps: a
bracket with a number or a state in it, a predicate of the relative clause whose subject
is another actor, a comma between two predicates (no chain across it), a relative clause
holding a negation, Portuguese "-se" (an enclitic, no conditional).
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import each, got

RSF, AI = "reporters-without-borders", "amnesty-international"
R821 = "celex:32021R0821"

BRACKETS = [
    ("en", "Reporters Without Borders (RSF) firmly rejects Regulation (EU) 2021/821.", {(RSF, "oppose", R821)}),
    ("fr", "Reporters sans frontières (RSF) rejette le règlement (UE) 2021/821.", {(RSF, "oppose", R821)}),
    ("de", "Amnesty International (AI) lehnt die Verordnung (EU) 2021/821 ab.", {(AI, "oppose", R821)}),
    ("es", "Amnistía Internacional (AI) rechaza el Reglamento (UE) 2021/821.", {(AI, "oppose", R821)}),
    ("it", "Amnesty International (AI) respinge il regolamento (UE) 2021/821.", {(AI, "oppose", R821)}),
    # traps: a number (an age), a predicate or a state inside the bracket
    ("en", "Jane Sample (55) opposes Regulation (EU) 2021/821.", set()),
    ("en", "The Commission (backed by Germany) opposes Regulation (EU) 2021/821.", set()),
    ("en", "Amnesty International (with France) opposes Regulation (EU) 2021/821.", set()),
    ("fr", "La Commission (soutenue par la France) rejette le règlement (UE) 2021/821.", set()),
]

RELATIVES = [
    ("en", "Germany, which has long resisted the plan, now supports Regulation (EU) 2021/821.", each("DE", "support")),
    ("fr", "La France, qui a longtemps rejeté le projet, soutient désormais le règlement (UE) 2021/821.", each("FR", "support")),
    ("es", "España, que rechazó el plan durante meses, apoya ahora el Reglamento (UE) 2021/821.", each("ES", "support")),
    ("it", "L'Italia, che aveva respinto il piano, sostiene ora il regolamento (UE) 2021/821.", each("IT", "support")),
    ("nl", "Nederland, dat het plan lang verwierp, steunt nu de verordening (EU) 2021/821.", each("NL", "support")),
    # the relative clause's own subject does not take the main clause's stance, nor
    # chains its predicate to the main one across the comma
    ("en", "Germany, which the Commission criticised, supports Regulation (EU) 2021/821.", each("DE", "support")),
    ("es", "España, que la Comisión criticó, apoya el Reglamento (UE) 2021/821.", each("ES", "support")),
    ("it", "L'Italia, che la Commissione ha criticato, sostiene il regolamento (UE) 2021/821.", each("IT", "support")),
    # the main clause refusing support opposes; the relative clause's "backs" is not read
    ("en", "Germany, which backs France, does not support Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("fr", "La France, qui soutient l'Espagne, ne soutient pas le règlement (UE) 2021/821.", each("FR", "oppose")),
    # trap: the main clause's opposition negated
    ("en", "Germany, which backs France, does not oppose Regulation (EU) 2021/821.", set()),
]

# the relative pronoun right before its verb is that verb's subject, standing for the name
# before the comma
RELATIVE_SUBJECTS = [
    ("en", "The Commission criticised France, which supports Regulation (EU) 2021/821.", each("FR", "support")),
    ("fr", "La Commission a critiqué la France, qui soutient le règlement (UE) 2021/821.", each("FR", "support")),
    ("it", "La Commissione ha criticato l'Italia, che sostiene il regolamento (UE) 2021/821.", each("IT", "support")),
    ("pt", "A Comissão criticou Portugal, que apoia o Regulamento (UE) 2021/821.", each("PT", "support")),
    ("en", "France, which opposes Regulation (EU) 2021/821, met Germany.", each("FR", "oppose")),
    # traps: a negation or a hedge in the relative clause, a name after a preposition or a
    # genitive linker (a place, a possessor), a relative clause whose subject is another
    ("en", "France, which does not oppose Regulation (EU) 2021/821, met Germany.", set()),
    ("en", "France, which reportedly opposes Regulation (EU) 2021/821, met Germany.", set()),
    ("en", "Exports to France, which opposes Regulation (EU) 2021/821, rose.", set()),
    ("en", "The exporters of France, which oppose Regulation (EU) 2021/821, met.", set()),
]

# a participle or another short phrase between commas, or a participial clause opening the
# sentence, holds a predicate that is not the subject's; the main clause's is read past it
PHRASES = [
    ("en", "Germany, backed by France, opposes Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("en", "Backed by France, Germany opposes Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("fr", "Soutenue par la France, l'Allemagne s'oppose au règlement (UE) 2021/821.", each("DE", "oppose")),
    ("es", "Apoyada por Francia, Alemania rechaza el Reglamento (UE) 2021/821.", each("DE", "oppose")),
    ("fr", "La France, que la Commission critique, soutient le règlement (UE) 2021/821.", each("FR", "support")),
    ("en", "Germany, whose exporters oppose the plan, supports Regulation (EU) 2021/821.", each("DE", "support")),
    # a list of states with its conjunction stays one list under its preposition
    ("en", "Exports to France, Germany and Italy rose under Regulation (EU) 2021/821.", set()),
]

# a predicate followed by a comma has ended its clause: what comes after is not its object
CLAUSE_ENDS = [
    ("en", "The plan, which France supports, breaches Regulation (EU) 2021/821.", set()),
    ("fr", "Le plan, que la France soutient, enfreint le règlement (UE) 2021/821.", set()),
    ("de", "Der Plan, den Deutschland unterstützt, verstößt gegen die Verordnung (EU) 2021/821.", set()),
    ("es", "El plan, que España apoya, infringe el Reglamento (UE) 2021/821.", set()),
    ("it", "Il piano, che l'Italia sostiene, viola il regolamento (UE) 2021/821.", set()),
]

CONDITIONALS = [
    ("en", "If Germany opposes Regulation (EU) 2021/821, the vote fails.", set()),
    ("fr", "Si la France rejette le règlement (UE) 2021/821, le vote échoue.", set()),
    ("de", "Wenn Deutschland die Verordnung (EU) 2021/821 ablehnt, scheitert die Abstimmung.", set()),
    ("es", "Si España rechaza el Reglamento (UE) 2021/821, la votación fracasa.", set()),
    ("it", "Se l'Italia respinge il regolamento (UE) 2021/821, il voto fallisce.", set()),
    # a conditional closed by its comma, or far from the subject, or an enclitic "-se"
    ("en", "If needed, Germany opposes Regulation (EU) 2021/821.", each("DE", "oppose")),
    ("pt", "Na reunião discutiu-se o tema e Portugal opõe-se ao Regulamento (UE) 2021/821.", each("PT", "oppose")),
]


def _ids(cases: list) -> list[str]:
    return [f"{c[0]}-{i}" for i, c in enumerate(cases)]


@pytest.mark.parametrize(("lang", "text", "expected"), BRACKETS, ids=_ids(BRACKETS))
def test_a_bracketed_abbreviation_after_the_subject_is_skipped(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVES, ids=_ids(RELATIVES))
def test_the_main_predicate_is_read_past_a_relative_clause(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), RELATIVE_SUBJECTS, ids=_ids(RELATIVE_SUBJECTS))
def test_a_relative_pronoun_before_its_verb_stands_for_the_name_before_it(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PHRASES, ids=_ids(PHRASES))
def test_the_main_predicate_is_read_past_a_phrase_between_commas(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CLAUSE_ENDS, ids=_ids(CLAUSE_ENDS))
def test_no_object_after_the_comma_that_ends_the_predicates_clause(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), CONDITIONALS, ids=_ids(CONDITIONALS))
def test_a_conditional_clause_states_no_position(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def test_criticising_anothers_support_gives_the_critic_no_stance() -> None:
    """"A criticised B's support for X": B's support is what the sentence says; A holds none."""
    for lang, text, critic in [
        ("en", "Germany criticised France's support for Regulation (EU) 2021/821.", "DE"),
        ("en", "The Commission criticised Germany's support for Regulation (EU) 2021/821.", "european-commission"),
    ]:
        assert not any(key == critic for key, _, _ in got(text, lang))


# an act cited again by the words of its first citation (the references keep the first
# mention only): the later sentence's stance still has its target
CITED_AGAIN = [
    ("de", "Schweden unterstützt die Verordnung (EU) 2021/821. Frankreich stützt sich auf die Richtlinie (EU) 2019/1937. "
           "Griechenland und Portugal wollen die Verordnung (EU) 2021/821 verwässern.", each("SE", "support") | each("GR PT", "oppose")),
    ("nl", "Zweden steunt de verordening (EU) 2021/821. Frankrijk verwijst naar richtlijn (EU) 2019/1937. "
           "Men meldt dat Griekenland en Portugal de verordening (EU) 2021/821 afzwakken.", each("SE", "support") | each("GR PT", "oppose")),
    ("en", "Sweden supports Regulation (EU) 2021/821. France cited Directive (EU) 2019/1937. "
           "Greece opposes Regulation (EU) 2021/821.", each("SE", "support") | each("GR", "oppose")),
    ("fr", "La Suède soutient le règlement (UE) 2021/821. La France cite la directive (UE) 2019/1937. "
           "La Grèce rejette le règlement (UE) 2021/821.", each("SE", "support") | each("GR", "oppose")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CITED_AGAIN, ids=_ids(CITED_AGAIN))
def test_an_act_cited_again_is_the_target_of_a_later_sentence(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
