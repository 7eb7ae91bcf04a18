"""Backing what an act forbids opposes the act (metadata/act_descriptions.yaml `contrary`).

Texts written for these tests, about the European Media Freedom Act, whose Article 4
protects journalists from spyware: a state pushing to allow spying on journalists opposes
it, a state resisting it supports it. Traps: the act's own ban named ("backs the ban on
spying on journalists"), negation, "critics say", victims, a state as the place.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import read

EMFA = "celex:32024R1083"

CASES = [
    ("en", "Spain and Portugal pushed for spying on journalists in cases of national security.", {("ES", "oppose"), ("PT", "oppose")}),
    ("en", "Latvia opposes spying on journalists.", {("LV", "support")}),
    ("en", "Latvia backs the ban on spying on journalists.", set()),
    ("en", "Latvia does not support spying on journalists.", set()),
    ("en", "Critics say Latvia supports spying on journalists.", set()),
    ("en", "Journalists in Latvia were targeted by spyware, and many fear spying on journalists.", set()),
    ("es", "Portugal e Irlanda abogan por el espionaje a periodistas por razones de seguridad nacional.", {("PT", "oppose"), ("IE", "oppose")}),
    ("es", "Irlanda apoya la prohibición del espionaje a periodistas.", set()),
    ("es", "Según los críticos, Irlanda apoya el espionaje a periodistas.", set()),
    ("fr", "La Pologne et la Hongrie soutiennent la surveillance des journalistes au nom de la sécurité nationale.", {("PL", "oppose"), ("HU", "oppose")}),
    ("fr", "La Pologne soutient l'interdiction de surveiller les journalistes.", set()),
    ("de", "Polen und Ungarn unterstützen die Überwachung von Journalisten.", {("PL", "oppose"), ("HU", "oppose")}),
    ("de", "Polen unterstützt den Schutz vor Überwachung von Journalisten.", set()),
    ("de", "Polen unterstützt die Überwachung von Journalisten nicht.", set()),
    ("it", "Malta e Cipro sostengono lo spionaggio sui giornalisti.", {("MT", "oppose"), ("CY", "oppose")}),
    ("it", "Malta sostiene il divieto di spiare i giornalisti.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)])
def test_backing_what_the_act_forbids_opposes_it(lang: str, text: str, expected: set) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance) for s in found if s.target.ref == EMFA} == expected
    assert all(s.target.ref == EMFA for s in found)


def test_contrary_measure_is_named_in_the_extractor() -> None:
    found, _ = read("Latvia opposes spying on journalists.", "en")
    assert [s.evidence.extractor for s in found] == ["stances.state_list_cue+contrary_measure"]


LEGALISE = [
    ("en", "Malta and Cyprus want to legalise spying on journalists.", {("MT", "oppose"), ("CY", "oppose")}),
    ("es", "Algunos gobiernos -en concreto los de Malta y Chipre-, quieren legalizar el espionaje a periodistas.", {("MT", "oppose"), ("CY", "oppose")}),
    ("fr", "Malte et Chypre veulent légaliser la surveillance des journalistes.", {("MT", "oppose"), ("CY", "oppose")}),
    ("de", "Malta und Zypern wollen die Überwachung von Journalisten legalisieren.", {("MT", "oppose"), ("CY", "oppose")}),
    ("en", "Malta does not want to legalise spying on journalists.", set()),
    ("en", "Critics say Malta wants to legalise spying on journalists.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), LEGALISE, ids=[f"{c[0]}-{i}" for i, c in enumerate(LEGALISE)])
def test_wanting_to_legalise_what_the_act_forbids_opposes_it(lang: str, text: str, expected: set) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance) for s in found} == expected


CHAINED = [
    ("es", "Malta y Chipre abogan por legalizar el espionaje a periodistas.", {("MT", "oppose"), ("CY", "oppose")}),
    ("en", "Malta and Cyprus pushed for legalising spying on journalists.", {("MT", "oppose"), ("CY", "oppose")}),
    ("en", "Sweden resisted blocking Regulation (EU) 2021/821.", {("SE", "support")}),
    ("fr", "La Suède s'oppose à bloquer le règlement (UE) 2021/821.", {("SE", "support")}),
    ("en", "Sweden backs Regulation (EU) 2021/821 and opposes spying on journalists.", {("SE", "support")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CHAINED, ids=[f"{c[0]}-{i}" for i, c in enumerate(CHAINED)])
def test_a_predicate_governing_another_takes_the_product_of_both(lang: str, text: str, expected: set) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance) for s in found} == expected
