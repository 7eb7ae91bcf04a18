"""The EU Deforestation Regulation named in words (metadata/act_descriptions.yaml), in the
languages it is curated for. Texts written for these tests; traps: deforestation as a
topic is no act, and a delay of the act is a stance on its curated postponement
(backing a delay supports the postponement: stance_postponement.py)."""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import got

EUDR = "celex:32023R1115"

NAMED = [
    ("en", "Austria opposes the EU Deforestation Regulation.", {("AT", "oppose", EUDR)}),
    ("en", "Sweden supports the EUDR.", {("SE", "support", EUDR)}),
    ("de", "Österreich lehnt die EU-Entwaldungsverordnung ab.", {("AT", "oppose", EUDR)}),
    ("fr", "La France soutient le règlement européen sur la déforestation importée.", {("FR", "support", EUDR)}),
    ("es", "España apoya el reglamento europeo contra la deforestación.", {("ES", "support", EUDR)}),
    ("it", "L'Italia critica il regolamento Ue sulla deforestazione.", {("IT", "oppose", EUDR)}),
    ("pt", "Portugal apoia o regulamento europeu sobre o desmatamento.", {("PT", "support", EUDR)}),
    ("nl", "Nederland steunt de ontbossingsverordening.", {("NL", "support", EUDR)}),
    ("pl", "Polska sprzeciwia się rozporządzeniu UE w sprawie wylesiania.", {("PL", "oppose", EUDR)}),
    ("sv", "Sverige kritiserar EU:s avskogningsförordning.", {("SE", "oppose", EUDR)}),
    # a delay of the act, backed: support for its postponement, no stance on the act
    ("en", "Austria supports a delay of the EUDR.", {("AT", "support", "postponement:regulation-2023-1115")}),
    # traps: the topic, not the act; the acronym in lower case is no name
    ("en", "Austria opposes deforestation in the Amazon.", set()),
    ("fr", "La France lutte contre la déforestation importée.", set()),
    ("de", "Deutschland kritisiert die Entwaldung in Brasilien.", set()),
    ("en", "Sweden supports the eudr team at the ministry.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_the_deforestation_regulation_named_in_words(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
