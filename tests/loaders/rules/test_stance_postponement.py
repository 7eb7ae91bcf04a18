"""A delay word governing an act with a curated postponement makes the stance one on the
postponement (loaders/rules/stance_postponement.py): backing a delay, or delaying, supports
it; criticising a delay opposes it. Sentences written for these tests, on the real EUDR
and its curated postponement. Traps: an act without a curated postponement keeps the
lexicon's reading; a postponed vote is no postponement of the act; a bare "the delay"
with two acts in play is not guessed at.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import got

EUDR = "celex:32023R1115"
EUDR_DELAY = "postponement:regulation-2023-1115"
NRL = "celex:52022PC0304"

ON_THE_POSTPONEMENT = [
    # a delay verb as the predicate itself
    ("en", "Germany wants to postpone the EU Deforestation Regulation.", {("DE", "support", EUDR_DELAY)}),
    ("en", "Finland pushed to delay the EU Deforestation Regulation.", {("FI", "support", EUDR_DELAY)}),
    ("es", "España quiere aplazar el reglamento europeo contra la deforestación.", {("ES", "support", EUDR_DELAY)}),
    ("nl", "Nederland wil de Europese ontbossingsverordening uitstellen.", {("NL", "support", EUDR_DELAY)}),
    # a support predicate governing a delay noun
    ("en", "France called for a delay of the EU Deforestation Regulation.", {("FR", "support", EUDR_DELAY)}),
    ("de", "Österreich fordert eine Verschiebung der EU-Entwaldungsverordnung.", {("AT", "support", EUDR_DELAY)}),
    ("pl", "Polska popiera odroczenie unijnego rozporządzenia w sprawie wylesiania.", {("PL", "support", EUDR_DELAY)}),
    # an opposition predicate governing a delay noun
    ("en", "Spain criticised the delay of the EU Deforestation Regulation.", {("ES", "oppose", EUDR_DELAY)}),
    ("de", "Irland lehnt die Verschiebung der EU-Entwaldungsverordnung ab.", {("IE", "oppose", EUDR_DELAY)}),
    ("es", "Francia critica el aplazamiento del reglamento europeo contra la deforestación.", {("FR", "oppose", EUDR_DELAY)}),
    # a bare delay noun in a text whose one act is the EUDR
    ("en", "The EU Deforestation Regulation worries coffee exporters. Germany supports the delay.", {("DE", "support", EUDR_DELAY)}),
    ("en", "The EU Deforestation Regulation worries coffee exporters. Germany opposes the delay.", {("DE", "oppose", EUDR_DELAY)}),
    ("it", "Il regolamento Ue sulla deforestazione preoccupa i torrefattori. L'Italia sostiene il rinvio.", {("IT", "support", EUDR_DELAY)}),
    ("fr", "Le règlement européen contre la déforestation inquiète les négociants. La France soutient le report.", {("FR", "support", EUDR_DELAY)}),
    ("nl", "De Europese ontbossingsverordening baart handelaren zorgen. Nederland steunt het uitstel.", {("NL", "support", EUDR_DELAY)}),
    ("es", "El reglamento europeo contra la deforestación inquieta a los importadores. Francia critica el aplazamiento.", {("FR", "oppose", EUDR_DELAY)}),
    # a demonstrative before the bare noun
    ("de", "Die EU-Entwaldungsverordnung belastet die Sägewerke. Österreich unterstützt diesen Aufschub.", {("AT", "support", EUDR_DELAY)}),
    ("it", "Il regolamento Ue sulla deforestazione preoccupa i torrefattori. L'Italia sostiene questo rinvio.", {("IT", "support", EUDR_DELAY)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ON_THE_POSTPONEMENT, ids=[f"{c[0]}-{i}" for i, c in enumerate(ON_THE_POSTPONEMENT)])
def test_a_stance_on_delaying_an_act_is_a_stance_on_its_postponement(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


KEPT = [
    ("en", "Spain opposes the EU Deforestation Regulation.", {("ES", "oppose", EUDR)}),            # no delay word
    ("en", "Germany wants to postpone the Nature Restoration Law.", {("DE", "oppose", NRL)}),      # no curated postponement
    ("en", "Parliament postponed the vote on the EU Deforestation Regulation.", set()),             # the vote is postponed
    ("en", "The EU Deforestation Regulation worries exporters. Germany supports the delay of the vote.", set()),
    ("en", "Germany supports the delay.", set()),                                                   # no act in the text
]


@pytest.mark.parametrize(("lang", "text", "expected"), KEPT, ids=[f"{c[0]}-{i}" for i, c in enumerate(KEPT)])
def test_without_a_curated_postponement_the_reading_stays(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def test_a_bare_delay_noun_with_two_acts_in_play_is_not_guessed_at() -> None:
    text = ("The EU Deforestation Regulation and the Nature Restoration Law worry farmers. "
            "Germany supports the delay.")
    assert not {s for s in got(text, "en") if s[2] in (EUDR_DELAY, EUDR)}
