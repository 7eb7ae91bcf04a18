"""Act references in forms beyond "<act word> (EU) YYYY/N": numbers coordinated with a
numbered act, and names carrying their acronym in brackets.

Sentences written for these tests, in en de fr es it pl; traps: a number of another kind
after a new act word keeps its own kind, an ELI-like "/oj" tail and a bare date-like
"2016/679" with no "(EU)" are not read.
"""

from __future__ import annotations

import pytest

from loaders.lang import LanguageBlock
from loaders.rules.context import make_context
from loaders.rules.references import name_pattern, references


def _ids(text: str, lang: str) -> list[str]:
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    return [r.id for r in references(ctx)]


COORDINATED = [
    ("en", "Regulations (EU) 2016/679 and (EU) 2021/821 were discussed.", ["celex:32016R0679", "celex:32021R0821"]),
    ("en", "Directives (EU) 2019/790, (EU) 2019/789 and (EU) 2018/1972 apply.",
     ["celex:32019L0790", "celex:32019L0789", "celex:32018L1972"]),
    ("de", "Die Verordnungen (EU) 2016/679 und (EU) 2022/2065 gelten.", ["celex:32016R0679", "celex:32022R2065"]),
    ("fr", "Les règlements (UE) 2016/679 et (UE) 2022/2065 s'appliquent.", ["celex:32016R0679", "celex:32022R2065"]),
    ("es", "Los Reglamentos (UE) 2016/679 y (UE) 2022/2065 se aplican.", ["celex:32016R0679", "celex:32022R2065"]),
    ("it", "I regolamenti (UE) 2016/679 e (UE) 2022/2065 si applicano.", ["celex:32016R0679", "celex:32022R2065"]),
    ("pl", "Rozporządzenia (UE) 2016/679 i (UE) 2022/2065 obowiązują.", ["celex:32016R0679", "celex:32022R2065"]),
]


@pytest.mark.parametrize(("lang", "text", "ids"), COORDINATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(COORDINATED)])
def test_a_number_coordinated_with_a_numbered_act_is_an_act_of_the_same_kind(lang: str, text: str, ids: list[str]) -> None:
    assert _ids(text, lang) == ids


NOT_COORDINATED = [
    # a new act word gives its own kind
    ("en", "Regulation (EU) 2016/679 and Directive (EU) 2019/790 apply.", ["celex:32016R0679", "celex:32019L0790"]),
    # an address tail is not a number of an act
    ("en", "Regulation (EU) 2016/679 and (EU) 2021/821/oj", ["celex:32016R0679"]),
    # a bare number without "(EU)" after the conjunction is not read
    ("de", "Die Verordnung (EU) 2016/679 und 2021/821 gelten.", ["celex:32016R0679"]),
    # a sentence between: no coordination
    ("fr", "Le règlement (UE) 2016/679 s'applique. (UE) 2021/821", ["celex:32016R0679"]),
]


@pytest.mark.parametrize(("lang", "text", "ids"), NOT_COORDINATED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_COORDINATED)])
def test_a_number_not_coordinated_keeps_no_borrowed_kind(lang: str, text: str, ids: list[str]) -> None:
    assert _ids(text, lang) == ids


@pytest.mark.parametrize(("name", "text"), [
    ("Child Sexual Abuse Regulation", "the Child Sexual Abuse (CSA) Regulation was debated"),
    ("Digital Services Act", "le Digital Services (DSA) Act"),
    ("Europäisches Medienfreiheitsgesetz", "das Europäisches (EMFA) Medienfreiheitsgesetz"),
    ("Corporate Sustainability Due Diligence Directive", "la Corporate Sustainability Due Diligence (CSDDD) Directive"),
])
def test_a_name_may_carry_its_acronym_in_brackets_between_two_words(name: str, text: str) -> None:
    assert name_pattern(name).search(text) is not None


@pytest.mark.parametrize(("name", "text"), [
    ("Child Sexual Abuse Regulation", "the Child Sexual Abuse (material) Regulation"),  # a lowercase word is no acronym
    ("Child Sexual Abuse Regulation", "the Child Sexual Abuse (CSA) rules"),
    ("Digital Services Act", "the Digital Services (see above, DSA) Act"),
])
def test_only_an_acronym_in_brackets_is_skipped(name: str, text: str) -> None:
    assert name_pattern(name).search(text) is None
