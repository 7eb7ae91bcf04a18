"""A stance's target carried across sentences: an object pronoun read through the definite
act noun of the sentence before ("The Commission presented the proposal. Germany opposes
it."), and a definite act noun saying nothing when the sentences just before it name
another act than the document's.

Texts written for these tests (en de es it pl fr pt nl). Traps: a report, an exemption or
an indefinite "a proposal" in the sentence before, a paragraph break, another act named
just before the noun, a language with no list of rival referents.
"""

from __future__ import annotations

import pytest

from loaders.lang import LanguageBlock
from loaders.rules.context import make_context
from loaders.rules.references import references
from loaders.rules.stance_discourse import definite_act_nouns, previous_sentence, rival_referent
from loaders.rules.stance_targets import document_act
from tests.loaders.rules.test_stances_collectives import R821, got, read

# a first paragraph longer than the lead (stance_targets.LEAD_CHARS), naming one act
LEAD_EN = ("Regulation (EU) 2021/821 sets the rules for exports of dual-use items. "
           + "Ministers discussed export licences at length on Monday and again on Tuesday. " * 5)

CHAINED = [
    ("en", LEAD_EN + "\n\nThe Commission wants to revise the regulation. Germany opposes it.", {("DE", "oppose", R821)}),
    ("en", LEAD_EN + "\n\nThe Commission presented its new proposal in May. Germany backed it.", {("DE", "support", R821)}),
    ("de", "Die Verordnung (EU) 2021/821 regelt die Ausfuhr.\n\nDie Kommission hat den Vorschlag im Mai vorgelegt. "
           "Österreich lehnt ihn ab.", {("AT", "oppose", R821)}),
    ("de", "Die Verordnung (EU) 2021/821 regelt die Ausfuhr.\n\nDie Kommission hat den Vorschlag im Mai vorgelegt. "
           "Österreich unterstützt ihn.", {("AT", "support", R821)}),
    ("es", "El Reglamento (UE) 2021/821 regula las exportaciones.\n\nLa Comisión presentó la propuesta en mayo. "
           "Polonia trató de frenarla.", {("PL", "oppose", R821)}),
    ("es", "El Reglamento (UE) 2021/821 regula las exportaciones.\n\nLa Comisión presentó la propuesta en mayo. "
           "España se opone a ello.", {("ES", "oppose", R821)}),
    ("it", "Il regolamento (UE) 2021/821 disciplina le esportazioni.\n\nLa Commissione ha presentato la proposta a maggio. "
           "L'Italia ha cercato di bloccarla.", {("IT", "oppose", R821)}),
    ("pl", "Rozporządzenie (UE) 2021/821 reguluje eksport.\n\nKomisja przedstawiła wniosek w maju. Polska odrzuca go w całości.",
     {("PL", "oppose", R821)}),
    ("fr", "Le règlement (UE) 2021/821 encadre les exportations.\n\nLa Commission a présenté la proposition en mai. "
           "La France s'oppose à cela.", {("FR", "oppose", R821)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHAINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CHAINED)])
def test_an_object_pronoun_stands_for_what_the_act_noun_before_it_stands_for(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def test_the_chained_reading_is_named_in_the_extractor_and_trusted_less() -> None:
    chained, _ = read(CHAINED[0][1], "en")
    direct, _ = read(LEAD_EN + "\n\nThe Commission wants to revise the regulation. Germany opposes the regulation.", "en")
    assert [s.evidence.extractor for s in chained] == ["stances.state_list_cue+antecedent_act_noun"]
    assert chained[0].evidence.confidence < direct[0].evidence.confidence


NOT_CHAINED = [
    # a report in the sentence before: "it" may be the report
    ("en", LEAD_EN + "\n\nThe report criticises the proposal. Germany supports it."),
    ("de", "Die Verordnung (EU) 2021/821 regelt die Ausfuhr.\n\nDer Bericht kritisiert den Vorschlag. Österreich unterstützt ihn."),
    ("es", "El Reglamento (UE) 2021/821 regula las exportaciones.\n\nLa enmienda cambia la propuesta. España se opone a ello."),
    # an exemption (a weakening) in the sentence before: "it" may be the exemption
    ("en", LEAD_EN + "\n\nFrance wants an exemption in the proposal. Germany opposes it."),
    # "a proposal" introduces something new
    ("en", LEAD_EN + "\n\nThe Commission will table a proposal in May. Germany opposes it."),
    # a paragraph break between the noun and the pronoun
    ("en", LEAD_EN + "\n\nThe Commission presented the proposal.\n\nGermany opposes it."),
    # another act named just before the noun: two acts in play
    ("en", LEAD_EN + "\n\nRegulation (EU) 2016/679 protects personal data. The Commission wants to revise the regulation. "
                     "Germany opposes it."),
    # a language with no list of rival referents is not read through a noun at all
    ("sv", "Förordning (EU) 2021/821 styr exporten.\n\nKommissionen lade fram förslaget i maj. Sverige stöder honom."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_CHAINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_CHAINED)])
def test_no_stance_when_the_pronoun_may_stand_for_something_else(lang: str, text: str) -> None:
    assert got(text, lang) == set()


def _ctx(text: str, lang: str):
    return make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])


TWO_IN_PLAY = [
    ("en", LEAD_EN + "\n\nRegulation (EU) 2016/679 protects personal data. Germany opposes the regulation.", "Germany"),
    ("de", "Die Verordnung (EU) 2021/821 regelt die Ausfuhr von Gütern mit doppeltem Verwendungszweck. "
           + "Die Minister berieten am Montag und am Dienstag lange über Ausfuhrgenehmigungen. " * 5
           + "\n\nDie Verordnung (EU) 2016/679 schützt Daten. Österreich lehnt die Verordnung ab.", "Österreich"),
]


@pytest.mark.parametrize(("lang", "text", "word"), TWO_IN_PLAY, ids=[c[0] for c in TWO_IN_PLAY])
def test_an_act_noun_after_another_act_than_the_documents_stands_for_neither(lang: str, text: str, word: str) -> None:
    ctx = _ctx(text, lang)
    assert document_act(ctx, references(ctx), text.index(word)) is None
    assert got(text, lang) == set()


def test_an_act_noun_after_the_documents_own_act_stands_for_it() -> None:
    text = LEAD_EN + "\n\nRegulation (EU) 2021/821 was adopted in 2021. Germany opposes the regulation."
    ctx = _ctx(text, "en")
    found = document_act(ctx, references(ctx), text.index("Germany"))
    assert found is not None and found.target.ref == R821
    assert got(text, "en") == {("DE", "oppose", R821)}


DEFINITE = [
    ("en", "The Commission tabled the new proposal and a plan.", ["proposal"]),
    ("en", "The EU plan and this law were discussed.", ["plan", "law"]),
    ("de", "Die Kommission legte den neuen Vorschlag und einen Entwurf vor.", ["Vorschlag"]),
    ("fr", "La Commission a présenté la proposition et un projet.", ["proposition"]),
    ("pt", "A Comissão apresentou a proposta e um projeto.", ["proposta"]),
    ("nl", "De Commissie presenteerde het voorstel en een plan.", ["voorstel"]),
    ("pl", "Komisja przedstawiła wniosek.", ["wniosek"]),
]


@pytest.mark.parametrize(("lang", "text", "nouns"), DEFINITE, ids=[f"{c[0]}-{i}" for i, c in enumerate(DEFINITE)])
def test_definite_act_nouns_are_those_with_a_determiner_or_in_a_language_without_articles(lang: str, text: str,
                                                                                         nouns: list[str]) -> None:
    found = definite_act_nouns(text, lang, 0, len(text))
    assert [text[i : i + len(n)] for i, n in zip(found, nouns)] == nouns and len(found) == len(nouns)


def test_rival_referents_are_read_per_language_and_unknown_elsewhere() -> None:
    assert rival_referent("The letter criticises it.", "en", 0, 25) is True
    assert rival_referent("Die Kommission legte ihn vor.", "de", 0, 29) is False
    assert rival_referent("Kommissionen lade fram det.", "sv", 0, 27) is None


def test_the_sentence_before_is_in_the_same_paragraph() -> None:
    text = "First one here. Second one here.\n\nThird one here."
    ctx = _ctx(text, "en")
    second, third = ctx.sentences[0][1][0], ctx.sentences[0][2][0]
    assert previous_sentence(ctx, 0, second) == ctx.sentences[0][0]
    assert previous_sentence(ctx, 0, third) is None


def _ministers(lang: str, closing: str, before: str = "") -> str:
    """A document naming two acts in its first sentence, then one of them in three more."""
    first = {
        "en": "Regulation (EU) 2021/821 and Regulation (EU) 2016/679 were discussed by ministers.\n\n"
              "Regulation (EU) 2021/821 covers exports of surveillance technology. Regulation (EU) 2021/821 was adopted in "
              "2021. Ministers said Regulation (EU) 2021/821 needs a review.\n\n",
        "de": "Die Verordnung (EU) 2021/821 und die Verordnung (EU) 2016/679 wurden beraten.\n\nDie Verordnung (EU) 2021/821 "
              "regelt Ausfuhren. Die Verordnung (EU) 2021/821 gilt seit 2021. Die Minister wollen die Verordnung (EU) 2021/821 "
              "prüfen.\n\n",
        "fr": "Le règlement (UE) 2021/821 et le règlement (UE) 2016/679 ont été débattus.\n\nLe règlement (UE) 2021/821 encadre "
              "les exportations. Le règlement (UE) 2021/821 s'applique depuis 2021. Les ministres veulent revoir le règlement "
              "(UE) 2021/821.\n\n",
        "es": "El Reglamento (UE) 2021/821 y el Reglamento (UE) 2016/679 fueron debatidos.\n\nEl Reglamento (UE) 2021/821 regula "
              "las exportaciones. El Reglamento (UE) 2021/821 se aplica desde 2021. Los ministros quieren revisar el Reglamento "
              "(UE) 2021/821.\n\n",
    }[lang]
    return first + before + closing


DOMINANT = [
    ("en", "Ministers met again on Tuesday. Germany opposes the proposal.", {("DE", "oppose", R821)}),
    ("de", "Die Minister trafen sich am Dienstag. Österreich lehnt den Vorschlag ab.", {("AT", "oppose", R821)}),
    ("fr", "Les ministres se sont réunis mardi. La France rejette la proposition.", {("FR", "oppose", R821)}),
    ("es", "Los ministros se reunieron el martes. España rechaza la propuesta.", {("ES", "oppose", R821)}),
]


@pytest.mark.parametrize(("lang", "closing", "expected"), DOMINANT, ids=[c[0] for c in DOMINANT])
def test_an_act_noun_far_from_any_act_stands_for_the_act_the_document_names_most(lang: str, closing: str,
                                                                                 expected: set) -> None:
    text = _ministers(lang, closing)
    assert got(text, lang) == expected
    ctx = _ctx(text, lang)
    assert document_act(ctx, references(ctx), text.rindex(closing.split()[-3])).how == "dominant_act"


def test_no_dominant_act_when_the_other_is_named_just_before_or_nearly_as_often() -> None:
    # the other act named in the sentence before the noun: two acts in play
    assert got(_ministers("en", "Germany opposes the proposal.", "Regulation (EU) 2016/679 protects data. "), "en") == set()
    # one act named twice, the other once: no act dominates
    text = ("Regulation (EU) 2021/821 and Regulation (EU) 2016/679 were discussed by ministers.\n\n"
            "Regulation (EU) 2021/821 covers exports of surveillance technology.\n\n"
            "Ministers met again on Tuesday. Germany opposes the proposal.")
    assert got(text, "en") == set()
