"""A collective noun whose members the sentence lists stands as the subject of a stance.

Texts written for these tests. Three structures: a list apposed to the noun (bracket,
dashes, "including"), a bracket of states after the noun's predicate and target, and a
camp ("the countries that back X are A, B and C"). Traps: the noun as a place or object
("companies in three countries (...)"), negation, hedges, a bracket of states after a
comma (another clause), a list with a non-state in it, critics and victims.
"""

from __future__ import annotations

import pytest

from core.model import LanguageBlock
from loaders.rules.context import make_context
from loaders.rules.references import references
from loaders.rules.stances import stances

R821 = "celex:32021R0821"


def read(text: str, lang: str):
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    warnings: list = []
    found, _, _ = stances(ctx, references(ctx), [], warnings)
    return found, warnings


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


def each(codes: str, stance: str) -> set[tuple[str, str, str]]:
    return {(c, stance, R821) for c in codes.split()}


CASES = [
    # apposed lists
    ("en", "Several member states, including Austria, Belgium and Ireland, oppose Regulation (EU) 2021/821.", each("AT BE IE", "oppose")),
    ("en", "Three governments (Latvia, Lithuania and Estonia) have backed Regulation (EU) 2021/821.", each("LV LT EE", "support")),
    ("en", "Two member states – Spain and Portugal – back Regulation (EU) 2021/821.", each("ES PT", "support")),
    ("es", "Algunos países, entre ellos Portugal, Irlanda y Grecia, rechazan el Reglamento (UE) 2021/821.", each("PT IE GR", "oppose")),
    ("fr", "Plusieurs États membres, dont la Pologne, la Hongrie et la Slovaquie, soutiennent le règlement (UE) 2021/821.", each("PL HU SK", "support")),
    ("de", "Mehrere Regierungen, darunter Polen, Ungarn und Tschechien, lehnen die Verordnung (EU) 2021/821 ab.", each("PL HU CZ", "oppose")),
    ("it", "Alcuni governi, tra cui Malta, Cipro e la Grecia, sostengono il regolamento (UE) 2021/821.", each("MT CY GR", "support")),
    ("sv", "Flera medlemsländer, bland annat Danmark, Finland och Estland, motsätter sig förordning (EU) 2021/821.", each("DK FI EE", "oppose")),
    # trailing bracket after the predicate and target
    ("en", "Only five member states oppose Regulation (EU) 2021/821 (Austria, Slovenia, Croatia, Malta and Cyprus).", each("AT SI HR MT CY", "oppose")),
    ("es", "Solo cuatro Estados miembros apoyan el Reglamento (UE) 2021/821 (Letonia, Lituania, Estonia y Finlandia).", each("LV LT EE FI", "support")),
    ("nl", "Vier lidstaten steunen Verordening (EU) 2021/821 (Denemarken, Zweden, Finland en Ierland).", each("DK SE FI IE", "support")),
    ("de", "Sechs Mitgliedstaaten lehnen die Verordnung (EU) 2021/821 ab (Polen, Ungarn, Tschechien, Slowakei, Rumänien und Bulgarien).",
     each("PL HU CZ SK RO BG", "oppose")),
    # a genitive complement on the noun; a clause opened by a complementiser
    ("es", "Solo tres Estados miembros de la UE se oponen al Reglamento (UE) 2021/821 (Letonia, Lituania y Estonia).", each("LV LT EE", "oppose")),
    ("en", "Leaked notes show that some governments – namely Austria and Slovenia – oppose Regulation (EU) 2021/821.", each("AT SI", "oppose")),
    ("de", "Papiere zeigen, dass einige Regierungen, darunter Polen und Ungarn, die Verordnung (EU) 2021/821 ablehnen.", each("PL HU", "oppose")),
    ("en", "The governments of France (Paris, Lyon) oppose Regulation (EU) 2021/821.", set()),
    # camps
    ("es", "Los países que apoyan el Reglamento (UE) 2021/821 son Letonia, Lituania y Estonia.", each("LV LT EE", "support")),
    ("en", "The governments that oppose Regulation (EU) 2021/821 are Austria, Slovenia and Croatia.", each("AT SI HR", "oppose")),
    ("fr", "Les pays qui rejettent le règlement (UE) 2021/821 sont la Pologne, la Hongrie et la Slovaquie.", each("PL HU SK", "oppose")),
    # a camp refusing support opposes (stance_negation.py)
    ("es", "Los países que no apoyan el Reglamento (UE) 2021/821 son Letonia, Lituania y Estonia.", each("LV LT EE", "oppose")),
    # traps: the noun as a place or object, negation, hedge, another clause, non-states, victims, critics
    ("en", "Companies in three countries (Austria, Slovenia and Croatia) oppose Regulation (EU) 2021/821.", set()),
    ("en", "Exporters from several countries, including Austria and Slovenia, oppose Regulation (EU) 2021/821.", set()),
    ("en", "Several member states, including Austria, Belgium and Ireland, do not oppose Regulation (EU) 2021/821.", set()),
    ("en", "Several member states, including Austria and Ireland, are said to oppose Regulation (EU) 2021/821.", set()),
    ("en", "Five member states oppose Regulation (EU) 2021/821, which restricts exports to three countries (Egypt, Mexico and Morocco).", set()),
    ("en", "Several member states oppose Regulation (EU) 2021/821 (Austria, Slovenia and the industry lobby).", set()),
    ("en", "Journalists in several countries, including Greece and Hungary, were targeted under Regulation (EU) 2021/821.", set()),
    ("en", "Critics in several countries, including Greece and Hungary, oppose Regulation (EU) 2021/821.", set()),
    ("es", "Los países que no se oponen al Reglamento (UE) 2021/821 son Letonia, Lituania y Estonia.", set()),
    ("de", "Unternehmen aus mehreren Ländern, darunter Polen und Ungarn, lehnen die Verordnung (EU) 2021/821 ab.", set()),
    ("fr", "Des entreprises de plusieurs pays, dont la Pologne et la Hongrie, rejettent le règlement (UE) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_collective_noun_with_its_members_listed(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def test_members_listed_are_attributed_with_the_collective_extractor() -> None:
    found, _ = read("Several member states, including Austria and Ireland, oppose Regulation (EU) 2021/821.", "en")
    assert {s.evidence.extractor for s in found} == {"stances.collective_cue+apposed_list+cited_act"}


ACT_NOUN = "Ireland and Malta named Regulation (EU) 2021/821 in their note.\n\n"


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", ACT_NOUN + "Solo dos Estados miembros se oponen a la actual propuesta (Irlanda y Malta).", each("IE MT", "oppose")),
    ("en", ACT_NOUN + "Two member states oppose the current proposal (Ireland and Malta).", each("IE MT", "oppose")),
    ("en", ACT_NOUN + "Two member states oppose the Irish and Maltese proposal (Ireland and Malta).", set()),
])
def test_one_modifier_may_stand_before_the_act_noun(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), [
    ("es", "Según el portal Datos Abiertos solo tres Estados miembros apoyan el Reglamento (UE) 2021/821 (Letonia, Lituania y Estonia).",
     each("LV LT EE", "support")),
    ("en", "According to the watchdog site two member states oppose Regulation (EU) 2021/821 (Ireland and Malta).", each("IE MT", "oppose")),
    ("fr", "Selon le site Vigie deux États membres soutiennent le règlement (UE) 2021/821 (l'Irlande et Malte).", each("IE MT", "support")),
    ("en", "According to the watchdog site exporters in two member states oppose Regulation (EU) 2021/821 (Ireland and Malta).", set()),
    ("en", "According to critics two member states oppose Regulation (EU) 2021/821 (Ireland and Malta).", set()),
])
def test_a_source_named_before_the_clause_leaves_its_subject(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
