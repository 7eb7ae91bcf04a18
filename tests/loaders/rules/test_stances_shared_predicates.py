"""A second predicate sharing its subject ("Germany criticised the timetable and opposed
X") and a camp named through a partitive ("the rest of the countries that back X are A,
B and C"), in several languages, with the traps that must give nothing: a noun after the
conjunction ("and support for X grew"), a passive participle ("and opposed by France"), a
second clause with its own subject, a subordinate clause, a partitive of another noun.
Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import read

AI = "celex:32024R1689"
R821 = "celex:32021R0821"


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


SHARED = [
    ("en", "Germany criticised the timetable and opposed the AI Act.", {("DE", "oppose", AI)}),
    ("en", "Slovakia praised the negotiators and backed Regulation (EU) 2021/821.", {("SK", "support", R821)}),
    ("de", "Deutschland kritisierte den Zeitplan und lehnte die KI-Verordnung ab.", {("DE", "oppose", AI)}),
    ("fr", "La France a critiqué le calendrier et rejeté le règlement (UE) 2021/821.", {("FR", "oppose", R821)}),
    ("fr", "La Belgique critique le calendrier et s'oppose au règlement (UE) 2021/821.", {("BE", "oppose", R821)}),
    ("es", "España criticó el calendario y rechazó el Reglamento (UE) 2021/821.", {("ES", "oppose", R821)}),
    ("it", "L'Italia ha criticato il calendario e ha respinto il regolamento (UE) 2021/821.", {("IT", "oppose", R821)}),
    # traps
    ("en", "Germany welcomed the deal and support for the AI Act grew.", set()),
    ("en", "The Commission, backed by Germany and opposed by France, defended its timetable.", set()),
    ("en", "Germany criticised the timetable and Italy opposed the AI Act.", {("IT", "oppose", AI)}),
    ("en", "Germany said the Commission was wrong and opposed the AI Act.", set()),
    ("de", "Wir finden gut, dass Deutschland das Problem sieht und die Ablehnung der KI-Verordnung anmahnt.", set()),
]

PARTITIVES = [
    ("en", "The rest of the countries that back the AI Act are France, Germany and Italy.",
     {("FR", "support", AI), ("DE", "support", AI), ("IT", "support", AI)}),
    ("es", "Los demás gobiernos que apoyan el Reglamento (UE) 2021/821 son Chipre, Grecia y Malta.",
     {("CY", "support", R821), ("GR", "support", R821), ("MT", "support", R821)}),
    ("es", "La mayoría de los países que rechazan el Reglamento (UE) 2021/821 son Letonia, Lituania y Estonia.",
     {("LV", "oppose", R821), ("LT", "oppose", R821), ("EE", "oppose", R821)}),
    ("fr", "La plupart des pays qui rejettent le règlement (UE) 2021/821 sont la Pologne, la Hongrie et la Slovaquie.",
     {("PL", "oppose", R821), ("HU", "oppose", R821), ("SK", "oppose", R821)}),
    # traps: a genitive of another noun ("the exports of the countries"), companies
    ("en", "The exports of the countries that back the AI Act are France, Germany and Italy.", set()),
    ("es", "Las empresas de los países que apoyan el Reglamento (UE) 2021/821 son Chipre y Malta.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), SHARED, ids=[f"{c[0]}-{i}" for i, c in enumerate(SHARED)])
def test_a_second_predicate_after_the_conjunction_shares_the_subject(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PARTITIVES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PARTITIVES)])
def test_a_partitive_before_a_camps_noun_keeps_its_members(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected
