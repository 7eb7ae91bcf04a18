"""Evaluations in the authors' own voice: "Regulation X is a major step forward", "The
regulation falls short", read as the authors' stance in their own statements only.

Texts written for these tests. Traps: the same judgement in news (a journalist's words),
a quoted judgement, one attributed to someone else ("the Commission believes", "according
to"), a judgement of something else about the act (its amendments, a position on it), a
negation, a question, a condition, and two acts named before a bare "the regulation".
"""

from __future__ import annotations

import pytest

from core.model import ActorRef, Author, LanguageBlock
from loaders.rules.context import evidence, make_context
from loaders.rules.references import references
from loaders.rules.stances import stances

R821 = "celex:32021R0821"
NGO = ActorRef(kind="organization", key="example-rights-network", name="Example Rights Network", org_kind="ngo")


def got(text: str, lang: str, kind: str = "ngo_statement") -> set[tuple[str, str, str]]:
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    authors = [Author(actor=NGO, evidence=evidence(ctx, 0, 5, 0.8, "authors.press_release"))]
    found, _, _ = stances(ctx, references(ctx), authors, [], kind=kind)
    return {(s.actor.key, s.stance, s.target.ref) for s in found if s.actor.key == NGO.key}


FOUND = [
    ("en", "Regulation (EU) 2021/821 is a major step forward.", "support"),
    ("en", "However, the provisional agreement on Regulation (EU) 2021/821 is a step in the right direction.", "support"),
    ("en", "The Council adopted Regulation (EU) 2021/821 today.\n\nThe regulation falls short.", "oppose"),
    ("en", "Regulation (EU) 2021/821 is unacceptable.", "oppose"),
    ("de", "Die Verordnung (EU) 2021/821 ist ein wichtiger Schritt in die richtige Richtung.", "support"),
    ("de", "Die Verordnung (EU) 2021/821 greift zu kurz.", "oppose"),
    ("fr", "Le règlement (UE) 2021/821 constitue un recul.", "oppose"),
    ("fr", "Le règlement (UE) 2021/821 est une avancée majeure.", "support"),
    ("it", "Il regolamento (UE) 2021/821 rappresenta un passo avanti.", "support"),
    ("es", "El Reglamento (UE) 2021/821 supone un retroceso.", "oppose"),
    ("pt", "O Regulamento (UE) 2021/821 fica aquém.", "oppose"),
    ("nl", "Verordening (EU) 2021/821 is een stap in de goede richting.", "support"),
    ("pl", "Rozporządzenie (UE) 2021/821 jest nie do przyjęcia.", "oppose"),
    ("sv", "Förordning (EU) 2021/821 är ett steg bakåt.", "oppose"),
    ("da", "Forordning (EU) 2021/821 er et tilbageskridt.", "oppose"),
]

TRAPS = [
    ("en", "The Commission believes Regulation (EU) 2021/821 is a step forward."),
    ("en", "The minister thinks Regulation (EU) 2021/821 is a step forward."),
    ("en", "The Council's amendments to Regulation (EU) 2021/821 are a step backwards."),
    ("en", "The Council's position on Regulation (EU) 2021/821 falls short."),
    ("en", "“Regulation (EU) 2021/821 is a step forward,” said the minister."),
    ("en", "According to the Commission, Regulation (EU) 2021/821 is a step forward."),
    ("en", "The minister said Regulation (EU) 2021/821 is a major step forward."),
    ("en", "Regulation (EU) 2021/821 is not a step forward."),
    ("en", "Is Regulation (EU) 2021/821 a step forward?"),
    ("en", "If Regulation (EU) 2021/821 is a step forward, the rest is not."),
    ("de", "Laut der Kommission ist die Verordnung (EU) 2021/821 ein Fortschritt."),
    ("fr", "Selon le ministre, le règlement (UE) 2021/821 constitue un recul."),
    # two acts named in the lead: "the regulation" may be either
    ("en", "The Council amended Regulation (EU) 2021/821 and Regulation (EU) 2019/452 today.\n\nThe regulation falls short."),
    # "a proposal" is something new, not the document's act
    ("en", "The Council adopted Regulation (EU) 2021/821 today.\n\nA proposal to change it is a step backwards."),
]


@pytest.mark.parametrize(("lang", "text", "stance"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_a_judgement_of_an_act_in_the_authors_statement_is_their_stance(lang: str, text: str, stance: str) -> None:
    assert got(text, lang) == {(NGO.key, stance, R821)}


@pytest.mark.parametrize(("lang", "text", "stance"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_the_same_judgement_in_news_is_no_partys_stance(lang: str, text: str, stance: str) -> None:
    assert got(text, lang, kind="news") == set()


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_from_others_views_other_subjects_negations_or_two_acts(lang: str, text: str) -> None:
    assert got(text, lang) == set()
