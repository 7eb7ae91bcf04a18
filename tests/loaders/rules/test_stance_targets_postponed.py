"""A postponement named without its act ("the postponement of the regulation", "aplazar la
ley seis meses", "a one-year delay", "stop-the-clock") stands for the curated
postponement of the one act in play (stance_targets.postponed_document_act). Sentences
written for these tests, on the EUDR and its curated postponement. Traps: two acts in play,
a postponed vote, a delay of something else, and a delay word the span opens on as its
predicate (left to the stance rules)."""

from __future__ import annotations

import pytest

from loaders.lang import language_blocks
from loaders.rules.act_descriptions import postponement_phrase
from loaders.rules.context import make_context
from loaders.rules.stance_targets import postponed_document_act
from tests.loaders.rules.test_stances_collectives import got

EUDR_DELAY = "postponement:regulation-2023-1115"
LEAD = {
    "en": "The EU Deforestation Regulation worries coffee exporters. ",
    "de": "Die EU-Entwaldungsverordnung belastet die Sägewerke. ",
    "es": "El reglamento europeo contra la deforestación inquieta a los importadores. ",
    "fr": "Le règlement européen contre la déforestation inquiète les négociants. ",
    "it": "Il regolamento Ue sulla deforestazione preoccupa i torrefattori. ",
    "nl": "De Europese ontbossingsverordening baart handelaren zorgen. ",
    "pl": "Rozporządzenie UE w sprawie wylesiania niepokoi producentów. ",
    "pt": "O regulamento europeu sobre o desmatamento preocupa os exportadores. ",
}


def _resolved(lang: str, second: str) -> str | None:
    text = LEAD[lang] + second
    ctx = make_context(text, language_blocks(text))
    found = postponed_document_act(ctx, [], len(LEAD[lang]), len(text))
    return found.target.ref if found else None


NAMED = [
    ("en", "A one-year delay is now likely."),
    ("en", "The postponement of the regulation divides the Council."),
    ("en", "Officials discussed a delay of its application by twelve months."),
    ("en", "Ministers backed the stop-the-clock proposal."),
    ("de", "Eine Verschiebung der Verordnung um ein Jahr gilt als sicher."),
    ("de", "Der zwölfmonatige Aufschub wurde im Rat gebilligt."),
    ("es", "Bruselas propuso aplazar la ley seis meses."),
    ("es", "Un aplazamiento de un año parece probable."),
    ("fr", "Un report d'un an de l'application est probable."),
    ("it", "Il rinvio di un anno è ormai certo."),
    ("nl", "Een uitstel van een jaar ligt voor de hand."),
    ("pl", "Dalsze odroczenie terminu stosowania rozporządzenia jest możliwe."),
    ("pt", "Um adiamento de um ano é provável."),
]


@pytest.mark.parametrize(("lang", "second"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_a_postponement_named_without_its_act_is_the_postponement_of_the_act_in_play(lang: str, second: str) -> None:
    assert _resolved(lang, second) == EUDR_DELAY


NOT_NAMED = [
    ("en", "The delay of the vote surprised nobody."),                 # a vote is delayed
    ("en", "Payments face a delay."),                                  # no span of time, no act noun
    ("de", "Die Verschiebung der Abstimmung um eine Woche ärgert die Grünen."),
    ("es", "El retraso en los pagos preocupa."),
    ("it", "Il rinvio pregiudiziale sul regolamento è pendente."),     # a reference to the Court, not a delay
]


@pytest.mark.parametrize(("lang", "second"), NOT_NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_NAMED)])
def test_a_delay_of_something_else_names_no_postponement(lang: str, second: str) -> None:
    assert _resolved(lang, second) is None


def test_two_acts_in_play_give_no_postponement() -> None:
    text = ("The EU Deforestation Regulation and the Nature Restoration Law worry farmers. "
            "A one-year delay is now likely.")
    ctx = make_context(text, language_blocks(text))
    assert postponed_document_act(ctx, [], text.index("A one-year"), len(text)) is None


def test_a_delay_word_the_span_opens_on_is_left_to_the_predicate() -> None:
    text = "delay the regulation by one year"
    assert postponement_phrase(text, "en", 0, len(text)) is None
    assert postponement_phrase(text, "en", 0, len(text), guard=False) == (0, len("delay the regulation"))


STANCES = [
    ("en", "Germany supports the postponement of the regulation.", {("DE", "support", EUDR_DELAY)}),
    ("en", "Germany opposes a one-year delay.", {("DE", "oppose", EUDR_DELAY)}),
    ("es", "Alemania apoya un aplazamiento de un año.", {("DE", "support", EUDR_DELAY)}),
    ("de", "Österreich unterstützt den Stop-the-Clock.", {("AT", "support", EUDR_DELAY)}),
]


@pytest.mark.parametrize(("lang", "second", "expected"), STANCES, ids=[f"{c[0]}-{i}" for i, c in enumerate(STANCES)])
def test_a_stance_on_a_postponement_named_without_its_act(lang: str, second: str, expected: set) -> None:
    assert got(LEAD[lang] + second, lang) == expected
