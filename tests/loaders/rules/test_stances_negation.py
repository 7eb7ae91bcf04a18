"""Refusals: a plain negation of a verb of support is opposition ("cannot support", "kann
... nicht unterstützen", "ne soutient pas", "no puede apoyar", "nie może poprzeć"), as is
a lexicon's refusal ("does not accept", "stimmt ... nicht zu") and a negated passive of
support ("is not supported by"); a negated verb of opposition, a partial or temporary
negation ("not only", "not yet", "noch nicht", "pas encore"), "never" and a negated
verb of welcome give nothing. Every text is written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import read

AI = "celex:32024R1689"
R821 = "celex:32021R0821"


def got(text: str, lang: str) -> set[tuple[str, str, str]]:
    return {(s.actor.key, s.stance, s.target.ref) for s in read(text, lang)[0]}


REFUSALS = [
    ("en", "France cannot support the AI Act.", {("FR", "oppose", AI)}),
    ("en", "France will not back Regulation (EU) 2021/821.", {("FR", "oppose", R821)}),
    ("en", "The Dutch government doesn't support the AI Act.", {("NL", "oppose", AI)}),
    ("en", "Austria does not accept Regulation (EU) 2021/821.", {("AT", "oppose", R821)}),
    ("en", "Austria refuses to endorse Regulation (EU) 2021/821.", {("AT", "oppose", R821)}),
    ("de", "Deutschland kann die KI-Verordnung nicht unterstützen.", {("DE", "oppose", AI)}),
    ("de", "Österreich unterstützt die Verordnung (EU) 2021/821 nicht.", {("AT", "oppose", R821)}),
    ("de", "Deutschland stimmt der KI-Verordnung nicht zu.", {("DE", "oppose", AI)}),
    ("de", "Die österreichische Regierung wird der Verordnung (EU) 2021/821 nicht zustimmen.", {("AT", "oppose", R821)}),
    ("fr", "La France ne peut pas soutenir l'AI Act.", {("FR", "oppose", AI)}),
    ("fr", "La Belgique ne soutient pas le règlement (UE) 2021/821.", {("BE", "oppose", R821)}),
    ("fr", "La Belgique n'accepte pas le règlement (UE) 2021/821.", {("BE", "oppose", R821)}),
    ("es", "España no puede apoyar la Ley de Inteligencia Artificial.", {("ES", "oppose", AI)}),
    ("es", "Portugal no está dispuesto a respaldar el Reglamento (UE) 2021/821.", {("PT", "oppose", R821)}),
    ("it", "L'Italia non può sostenere il regolamento (UE) 2021/821.", {("IT", "oppose", R821)}),
    ("pl", "Polska nie może poprzeć rozporządzenia (UE) 2021/821.", {("PL", "oppose", R821)}),
    ("pl", "Węgry nie zaakceptują rozporządzenia (UE) 2021/821.", {("HU", "oppose", R821)}),
    ("nl", "Nederland steunt de verordening (EU) 2021/821 niet.", {("NL", "oppose", R821)}),
    ("nl", "België gaat niet akkoord met verordening (EU) 2021/821.", {("BE", "oppose", R821)}),
    ("sv", "Sverige stöder inte förordning (EU) 2021/821.", {("SE", "oppose", R821)}),
    ("sv", "Finland godkänner inte förordning (EU) 2021/821.", {("FI", "oppose", R821)}),
    ("pt", "Portugal não apoia o Regulamento (UE) 2021/821.", {("PT", "oppose", R821)}),
    ("da", "Danmark støtter ikke forordning (EU) 2021/821.", {("DK", "oppose", R821)}),
]

NOTHING = [
    # a negated opposition denies it, no more
    ("en", "France did not oppose the AI Act.", set()),
    ("de", "Deutschland lehnt die KI-Verordnung nicht ab.", set()),
    ("fr", "La France ne s'oppose pas à l'AI Act.", set()),
    ("es", "España no rechaza el Reglamento (UE) 2021/821.", set()),
    # partial, temporary or absolute negations: "not only", "not yet", "never", "not fully"
    ("en", "France does not only support the AI Act.", set()),
    ("en", "France has not yet backed the AI Act.", set()),
    ("en", "France never supported the AI Act.", set()),
    ("en", "France does not fully support the AI Act.", set()),
    ("de", "Deutschland unterstützt die KI-Verordnung noch nicht.", set()),
    ("de", "Deutschland unterstützt die KI-Verordnung nicht nur, es fordert mehr.", set()),
    ("fr", "La France ne soutient pas encore l'AI Act.", set()),
    ("es", "España no solo apoya la Ley de Inteligencia Artificial.", set()),
    ("pl", "Polska jeszcze nie poparła rozporządzenia (UE) 2021/821.", set()),
    # a negated welcome or vote is no refusal; a negation of another verb says nothing
    ("en", "France did not welcome the AI Act.", set()),
    ("en", "France did not say whether it supports the AI Act.", set()),
    ("en", "France supports the AI Act and does not oppose the DSA.", {("FR", "support", AI)}),
    # "can" alone is no refusal and no stance
    ("en", "France can support the AI Act.", set()),
    # a refusal under a hedge says less
    ("en", "France would not support the AI Act.", set()),
]

PASSIVES = [
    ("en", "The AI Act is not supported by Malta and Cyprus.", {("MT", "oppose", AI), ("CY", "oppose", AI)}),
    ("fr", "L'AI Act n'est pas soutenu par la France.", {("FR", "oppose", AI)}),
    ("es", "La Ley de Inteligencia Artificial no fue respaldada por España.", {("ES", "oppose", AI)}),
    ("de", "Die KI-Verordnung wird von Polen nicht unterstützt.", {("PL", "oppose", AI)}),
    # traps: a negated passive of opposition, "not only"
    ("en", "The AI Act was not blocked by Germany.", set()),
    ("fr", "L'AI Act n'a pas été rejeté par la France.", set()),
    ("en", "The AI Act was not only supported by France but also by Spain.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), REFUSALS, ids=[f"{c[0]}-{i}" for i, c in enumerate(REFUSALS)])
def test_a_refused_support_is_opposition(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), NOTHING, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOTHING)])
def test_other_negations_give_no_stance(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text", "expected"), PASSIVES, ids=[f"{c[0]}-{i}" for i, c in enumerate(PASSIVES)])
def test_a_negated_passive_of_support_is_opposition(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


@pytest.mark.parametrize(("lang", "text"), [
    ("pl", "Nowe zasady azylowe: rozporządzenie (UE) 2024/1351.\n\nPolska nie może poprzeć paktu."),
    ("en", "New asylum rules: Regulation (EU) 2024/1351.\n\nHungary will not support the pact."),
    ("de", "Neue Asylregeln: Verordnung (EU) 2024/1351.\n\nUngarn unterstützt den Pakt nicht."),
])
def test_a_pact_is_a_noun_for_the_documents_act(lang: str, text: str) -> None:
    assert {(s.stance, s.target.ref) for s in read(text, lang)[0]} == {("oppose", "celex:32024R1351")}


def test_a_hedged_refusal_warns_instead() -> None:
    found, warnings = read("France would not support the AI Act.", "en")
    assert found == []
    assert any(w.code == "low_confidence" for w in warnings)


def test_a_relative_clauses_object_takes_no_refusal_of_the_main_clause() -> None:
    # "France" ends the relative clause "which backs France": the comma after it parts it
    # from the main predicate, whose subject is Germany alone
    assert got("Germany, which backs France, does not support Regulation (EU) 2021/821.", "en") == {("DE", "oppose", R821)}
    assert got("Germany, which backs France, supports Regulation (EU) 2021/821.", "en") == {("DE", "support", R821)}
