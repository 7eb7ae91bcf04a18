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


# positions stated with no subject in the authors' own voice
VOICED_PASSIVES = [
    ("en", "Regulation (EU) 2021/821 must be rejected.", ngo("oppose")),
    ("de", "Die Verordnung (EU) 2021/821 wird begrüßt.", ngo("support")),
    ("de", "Die Verordnung (EU) 2021/821 ist abzulehnen.", ngo("oppose")),
    ("de", "Abzulehnen ist die Verordnung (EU) 2021/821.", ngo("oppose")),
    ("fr", "Le règlement (UE) 2021/821 doit être rejeté.", ngo("oppose")),
    ("fr", "Il faut rejeter le règlement (UE) 2021/821.", ngo("oppose")),
    ("es", "El Reglamento (UE) 2021/821 debe ser rechazado.", ngo("oppose")),
    ("es", "Hay que rechazar el Reglamento (UE) 2021/821.", ngo("oppose")),
    ("it", "Il regolamento (UE) 2021/821 va respinto.", ngo("oppose")),
    ("nl", "De verordening (EU) 2021/821 moet worden verworpen.", ngo("oppose")),
    ("pl", "Należy odrzucić rozporządzenie (UE) 2021/821.", ngo("oppose")),
    ("pt", "O Regulamento (UE) 2021/821 deve ser rejeitado.", ngo("oppose")),
]

VOICED_PASSIVE_TRAPS = [
    ("en", "Regulation (EU) 2021/821 was rejected last week."),  # an event, not the authors' position
    ("de", "Die Verordnung (EU) 2021/821 wurde abgelehnt."),
    ("en", "Regulation (EU) 2021/821 must not be rejected."),
    ("de", "Die Verordnung (EU) 2021/821 wird nicht begrüßt."),
    ("en", "Should Regulation (EU) 2021/821 be rejected?"),
    ("en", "“Regulation (EU) 2021/821 must be rejected,” the minister said."),
    ("fr", "Le ministre a dit : « Le règlement (UE) 2021/821 doit être rejeté. »"),
    ("en", "The proposal to scrap Regulation (EU) 2021/821 must be rejected."),  # the target is not the subject
]


@pytest.mark.parametrize(("lang", "text", "expected"), VOICED_PASSIVES, ids=[f"{c[0]}-{i}" for i, c in enumerate(VOICED_PASSIVES)])
def test_an_agentless_passive_of_obligation_is_the_authors_position(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), VOICED_PASSIVE_TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(VOICED_PASSIVE_TRAPS)])
def test_no_position_from_a_past_event_a_negation_a_question_a_quote_or_another_subject(lang: str, text: str) -> None:
    assert got(text, lang) == set()


def test_an_agent_after_the_participle_holds_the_stance_not_the_authors() -> None:
    assert (NGO.key, "oppose", R821) not in got("Regulation (EU) 2021/821 must be rejected by the Council.", "en")


def test_no_voiced_passive_without_authors_speaking_in_the_documents_voice() -> None:
    assert got("Die Verordnung (EU) 2021/821 wird begrüßt.", "de", "authors.agency_credit") == set()


def _in(kind: str, text: str, lang: str) -> set[tuple[str, str, str]]:
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    authors = [Author(actor=NGO, evidence=evidence(ctx, 0, 5, 0.8, "authors.press_release"))]
    found, _, _ = stances(ctx, references(ctx), authors, [], kind=kind)
    return {(s.actor.key, s.stance, s.target.ref) for s in found}


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND[:4] + VOICED_PASSIVES[:3], ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND[:4] + VOICED_PASSIVES[:3])])
def test_news_relays_others_so_its_we_and_its_passives_are_no_authors_position(lang: str, text: str, expected: set) -> None:
    assert _in("news", text, lang) == set()
    assert _in("ngo_statement", text, lang) == expected  # the same sentence in the authors' own statement
