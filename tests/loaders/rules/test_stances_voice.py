"""The document's own voice: "we" (or, where the pronoun is dropped, a first-person plural
verb opening the clause) stands for the authors who speak in it.

Texts written for these tests; the authors are given as the author rules would find them.
Traps: a "we" inside quotation marks (someone quoted), French "nous" as an object clitic,
negation, hedges, a condition, authors who only report others (a news agency's credit, a
journalist's byline), a pro-drop verb after a negation.
"""

from __future__ import annotations

import pytest

from core.model import ActorRef, Author, LanguageBlock
from loaders.rules.context import make_context, evidence
from loaders.rules.references import references
from loaders.rules.stances import stances

R821 = "celex:32021R0821"
NGO = ActorRef(kind="organization", key="example-rights-network", name="Example Rights Network", org_kind="ngo")


def got(text: str, lang: str, extractor: str = "authors.press_release", actor: ActorRef = NGO) -> set[tuple[str, str, str]]:
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    authors = [Author(actor=actor, evidence=evidence(ctx, 0, 5, 0.8, extractor))]
    found, _, _ = stances(ctx, references(ctx), authors, [])
    return {(s.actor.key, s.stance, s.target.ref) for s in found}


def ngo(stance: str) -> set[tuple[str, str, str]]:
    return {(NGO.key, stance, R821)}


FOUND = [
    ("en", "We strongly oppose Regulation (EU) 2021/821.", ngo("oppose")),
    ("en", "We welcome Regulation (EU) 2021/821.", ngo("support")),
    ("de", "Wir lehnen die Verordnung (EU) 2021/821 ab.", ngo("oppose")),
    ("fr", "Nous soutenons le règlement (UE) 2021/821.", ngo("support")),
    ("fr", "Nous nous opposons au règlement (UE) 2021/821.", ngo("oppose")),
    ("it", "Noi sosteniamo il regolamento (UE) 2021/821.", ngo("support")),
    ("nl", "Wij steunen de verordening (EU) 2021/821.", ngo("support")),
    ("sv", "Vi stöder förordning (EU) 2021/821.", ngo("support")),
    ("pl", "My popieramy rozporządzenie (UE) 2021/821.", ngo("support")),
    # pro-drop: the verb's ending is the subject
    ("es", "Rechazamos el Reglamento (UE) 2021/821.", ngo("oppose")),
    ("es", "También apoyamos el Reglamento (UE) 2021/821.", ngo("support")),
    ("it", "Sosteniamo il regolamento (UE) 2021/821.", ngo("support")),
    ("pt", "Apoiamos o Regulamento (UE) 2021/821.", ngo("support")),
    ("pl", "Popieramy rozporządzenie (UE) 2021/821.", ngo("support")),
]

TRAPS = [
    ("en", "“We oppose Regulation (EU) 2021/821,” said the minister."),
    ("en", "The minister said: “We support Regulation (EU) 2021/821.”"),
    ("es", "El ministro dijo: «Rechazamos el Reglamento (UE) 2021/821»."),
    ("fr", "La France nous soutient contre le règlement (UE) 2021/821."),
    ("en", "We do not oppose Regulation (EU) 2021/821."),
    ("es", "No apoyamos el Reglamento (UE) 2021/821."),
    ("en", "We might support Regulation (EU) 2021/821."),
    ("en", "If we oppose Regulation (EU) 2021/821, nothing changes."),
    ("de", "Wenn wir die Verordnung (EU) 2021/821 ablehnen, ändert sich nichts."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_we_stands_for_the_authors_speaking_in_their_own_voice(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_from_a_quoted_we_an_object_nous_a_negation_a_hedge_or_a_condition(lang: str, text: str) -> None:
    assert got(text, lang) == set()


@pytest.mark.parametrize("extractor", ["authors.agency_credit", "authors.byline_outlet"])
def test_authors_who_report_others_are_not_the_we(extractor: str) -> None:
    assert got("We oppose Regulation (EU) 2021/821.", "en", extractor) == set()


def test_a_person_author_is_not_the_we() -> None:
    person = ActorRef(kind="person", key="jane-sample", name="Jane Sample")
    assert got("We oppose Regulation (EU) 2021/821.", "en", "authors.press_release", person) == set()
