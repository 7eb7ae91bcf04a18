"""Calls in the authors' own voice ("We call on the Council to reject X") and the authors
naming themselves in the third person ("ETF welcomes X"), read in their own statements only.

Texts written for these tests; the authors are given as the author rules would find them.
Traps: the same sentences in news (a journalist relays a party's words), a call inside a
quotation, a call by someone else (a minister), a negated call, a condition, a question,
two acts named in the lead with a bare "the proposal", an acronym two authors share.
"""

from __future__ import annotations

import pytest

from core.model import ActorRef, Author, LanguageBlock
from loaders.rules.context import evidence, make_context
from loaders.rules.references import references
from loaders.rules.stances import stances

R821 = "celex:32021R0821"
NGO = ActorRef(kind="organization", key="example-rights-network", name="Example Rights Network", org_kind="ngo")
UNION = ActorRef(kind="organization", key="riverside-workers-union", name="Riverside Workers’ Union", org_kind="other")


def got(text: str, lang: str, kind: str = "ngo_statement", actors: tuple[ActorRef, ...] = (NGO,)) -> set[tuple[str, str, str]]:
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    authors = [Author(actor=a, evidence=evidence(ctx, 0, 5, 0.8, "authors.press_release")) for a in actors]
    found, _, _ = stances(ctx, references(ctx), authors, [], kind=kind)
    return {(s.actor.key, s.stance, s.target.ref) for s in found if s.actor.key in {a.key for a in actors}}


CALLS = [
    ("en", "We call on the Council to reject Regulation (EU) 2021/821.", "oppose"),
    ("en", "We urge the European Parliament to swiftly adopt Regulation (EU) 2021/821.", "support"),
    ("de", "Wir fordern den Rat auf, die Verordnung (EU) 2021/821 abzulehnen.", "oppose"),
    ("de", "Daher fordern wir die Bundesregierung auf, der Verordnung (EU) 2021/821 zuzustimmen.", "support"),
    ("fr", "Nous demandons au Parlement européen d'adopter le règlement (UE) 2021/821.", "support"),
    ("it", "Chiediamo al Consiglio di respingere il regolamento (UE) 2021/821.", "oppose"),
    ("es", "Pedimos al Consejo que rechace el Reglamento (UE) 2021/821.", "oppose"),
    ("pt", "Instamos o Conselho a rejeitar o Regulamento (UE) 2021/821.", "oppose"),
    ("pl", "Wzywamy Radę do odrzucenia rozporządzenia (UE) 2021/821.", "oppose"),
    ("nl", "Wij roepen de Raad op om verordening (EU) 2021/821 te verwerpen.", "oppose"),
    ("sv", "Vi uppmanar rådet att förkasta förordning (EU) 2021/821.", "oppose"),
    ("da", "Vi opfordrer Rådet til at forkaste forordning (EU) 2021/821.", "oppose"),
    # the bare act noun stands for the one act the document names
    ("en", "The Commission tabled Regulation (EU) 2021/821 in May.\n\nWe call on MEPs to reject the regulation.", "oppose"),
]

CALL_TRAPS = [
    ("en", "“We call on the Council to reject Regulation (EU) 2021/821,” said the minister."),
    ("en", "The minister urged the Council to reject Regulation (EU) 2021/821."),
    ("en", "We urge the Council not to weaken its stance and to adopt Regulation (EU) 2021/821 only with changes."),
    ("en", "If we call on the Council to reject Regulation (EU) 2021/821, nothing changes."),
    ("en", "Should we urge the Council to reject Regulation (EU) 2021/821?"),
    ("en", "We call on the Council, which drafted Regulation (EU) 2021/821, to reject the amendments."),
    # two acts in the lead: "the regulation" is not read as either
    ("en", "The Council amended Regulation (EU) 2021/821 and Regulation (EU) 2019/452.\n\nWe call on MEPs to reject the regulation."),
]


@pytest.mark.parametrize(("lang", "text", "stance"), CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_a_call_on_an_institution_in_the_authors_voice_is_their_stance(lang: str, text: str, stance: str) -> None:
    assert got(text, lang) == {(NGO.key, stance, R821)}


@pytest.mark.parametrize(("lang", "text", "stance"), CALLS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALLS)])
def test_the_same_call_in_news_gives_the_authors_nothing(lang: str, text: str, stance: str) -> None:
    assert got(text, lang, kind="news") == set()


@pytest.mark.parametrize(("lang", "text"), CALL_TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CALL_TRAPS)])
def test_no_call_stance_from_quotes_others_negations_conditions_questions_or_two_acts(lang: str, text: str) -> None:
    assert got(text, lang) == set()


NAMED = [
    ("en", "The Riverside Workers’ Union (RWU) met in Lyon.\n\nRWU welcomes Regulation (EU) 2021/821.", "support"),
    ("de", "Die Riverside Workers’ Union (RWU) tagte in Köln.\n\nDie RWU lehnt die Verordnung (EU) 2021/821 ab.", "oppose"),
    ("fr", "La Riverside Workers’ Union (RWU) s'est réunie.\n\nLa RWU soutient le règlement (UE) 2021/821.", "support"),
    ("es", "La Riverside Workers’ Union (RWU) se reunió.\n\nLa RWU rechaza el Reglamento (UE) 2021/821.", "oppose"),
    ("it", "La Riverside Workers’ Union (RWU) si è riunita.\n\nLa RWU sostiene il regolamento (UE) 2021/821.", "support"),
    ("nl", "De Riverside Workers’ Union (RWU) kwam bijeen.\n\nDe RWU steunt verordening (EU) 2021/821.", "support"),
    ("pl", "Riverside Workers’ Union (RWU) obradowała.\n\nRWU popiera rozporządzenie (UE) 2021/821.", "support"),
    ("sv", "Riverside Workers’ Union (RWU) möttes.\n\nRWU stöder förordning (EU) 2021/821.", "support"),
    ("en", "The Riverside Workers’ Union (RWU) met.\n\nWe call on the Council to reject Regulation (EU) 2021/821, RWU says. RWU urges the Council to reject Regulation (EU) 2021/821.", "oppose"),
]

NAMED_TRAPS = [
    # the Commission criticises the union: the union is the object
    ("en", "The Riverside Workers’ Union (RWU) met.\n\nThe Commission criticised RWU over Regulation (EU) 2021/821."),
    # quoted by someone else
    ("en", "The Riverside Workers’ Union (RWU) met.\n\n“RWU opposes Regulation (EU) 2021/821,” the minister claimed."),
    ("en", "The Riverside Workers’ Union (RWU) met.\n\nRWU does not oppose Regulation (EU) 2021/821."),
]


@pytest.mark.parametrize(("lang", "text", "stance"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_the_authors_naming_themselves_in_their_statement_are_its_subject(lang: str, text: str, stance: str) -> None:
    assert got(text, lang, actors=(UNION,)) == {(UNION.key, stance, R821)}


@pytest.mark.parametrize(("lang", "text", "stance"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_an_acronym_in_news_is_not_read_as_the_authors(lang: str, text: str, stance: str) -> None:
    assert got(text, lang, kind="news", actors=(UNION,)) == set()


@pytest.mark.parametrize(("lang", "text"), NAMED_TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED_TRAPS)])
def test_the_authors_name_as_an_object_quoted_or_negated_gives_nothing(lang: str, text: str) -> None:
    assert got(text, lang, actors=(UNION,)) == set()


def test_an_acronym_two_authors_share_names_neither() -> None:
    other = ActorRef(kind="organization", key="river-wildlife-unit", name="River Wildlife Unit (RWU)", org_kind="ngo")
    text = "The Riverside Workers’ Union (RWU) met.\n\nRWU welcomes Regulation (EU) 2021/821."
    assert got(text, "en", actors=(UNION, other)) == set()


ASSOC = ActorRef(kind="organization", key="northern-freight-association", name="Northern Freight Association", org_kind="other")
VERBAND = ActorRef(kind="organization", key="verband-nordischer-frachtfuehrer", name="Verband Nordischer Frachtführer", org_kind="other")
FEDERATION = ActorRef(kind="organization", key="federation-nordique", name="Fédération nordique des transporteurs", org_kind="other")
ASOCIACION = ActorRef(kind="organization", key="asociacion-nordica", name="Asociación Nórdica de Transportistas", org_kind="other")
VERENIGING = ActorRef(kind="organization", key="noordelijke-vereniging", name="Noordelijke Vereniging van Vervoerders", org_kind="other")

SELF_NOUNS = [
    ("en", ASSOC, "The Northern Freight Association met today.\n\nThe association welcomes Regulation (EU) 2021/821.", "support"),
    ("de", VERBAND, "Der Verband Nordischer Frachtführer tagte.\n\nDer Verband lehnt die Verordnung (EU) 2021/821 ab.", "oppose"),
    ("fr", FEDERATION, "La Fédération nordique des transporteurs s'est réunie.\n\nLa fédération soutient le règlement (UE) 2021/821.", "support"),
    ("es", ASOCIACION, "La Asociación Nórdica de Transportistas se reunió.\n\nLa asociación rechaza el Reglamento (UE) 2021/821.", "oppose"),
    ("nl", VERENIGING, "De Noordelijke Vereniging van Vervoerders kwam bijeen.\n\nDe vereniging steunt verordening (EU) 2021/821.", "support"),
]


@pytest.mark.parametrize(("lang", "actor", "text", "stance"), SELF_NOUNS, ids=[f"{c[0]}-{i}" for i, c in enumerate(SELF_NOUNS)])
def test_a_definite_noun_of_the_authors_own_name_stands_for_them(lang: str, actor: ActorRef, text: str, stance: str) -> None:
    assert got(text, lang, actors=(actor,)) == {(actor.key, stance, R821)}
    assert got(text, lang, kind="news", actors=(actor,)) == set()


def test_the_noun_is_not_read_when_another_organisation_bears_it_too() -> None:
    text = ("The Northern Freight Association met the Southern Rail Association today.\n\n"
            "The association welcomes Regulation (EU) 2021/821.")
    assert got(text, "en", actors=(ASSOC,)) == set()


def test_a_noun_outside_the_authors_name_is_not_theirs() -> None:
    text = "The Northern Freight Association met today.\n\nThe federation welcomes Regulation (EU) 2021/821."
    assert got(text, "en", actors=(ASSOC,)) == set()
