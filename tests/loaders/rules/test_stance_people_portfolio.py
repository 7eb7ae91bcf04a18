"""A minister named with the portfolio between role and name (actors.yaml `portfolio_links`).

Sentences written for these tests in fr it es nl pt en. Read: one capitalised portfolio
word per link and a two-word name with a lowercase word after it, or any portfolio with
the name between commas. Traps: a portfolio of two capitalised words before a name with
no commas (the split is ambiguous), a verb and its object after the portfolio, a role
with no name.
"""

from __future__ import annotations

import pytest

from loaders.lang import LanguageBlock
from loaders.rules.context import make_context
from loaders.rules.stance_people import introduced
from tests.loaders.rules.test_stances_collectives import read


def _people(text: str, lang: str) -> list[tuple[str, str]]:
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    return [(p.key, p.role or "") for p in introduced(ctx)]


READ = [
    ("fr", "La ministre de l'Intérieur Jeanne Dupont rejette la proposition.", "jeanne-dupont"),
    ("fr", "Le ministre des Affaires étrangères, Paul Martin, rejette la proposition.", "paul-martin"),
    ("it", "Il ministro dell'Interno Mario Rossi respinge la proposta.", "mario-rossi"),
    ("it", "Il ministro delle Infrastrutture e dei Trasporti, Luca Bianchi, respinge la proposta.", "luca-bianchi"),
    ("es", "El ministro del Interior, Pedro García, rechaza la propuesta.", "pedro-garcia"),
    ("es", "La ministra de Trabajo Ana López rechaza la propuesta.", "ana-lopez"),
    ("nl", "Minister van Justitie Jan Smit steunt het voorstel.", "jan-smit"),
    ("nl", "De minister van Buitenlandse Zaken, Anna de Vries, steunt het voorstel.", "anna-de-vries"),
    ("pt", "O ministro da Economia Rui Santos rejeita a proposta.", "rui-santos"),
    ("en", "The Minister for Justice, Mary Byrne, backed the proposal.", "mary-byrne"),
]


@pytest.mark.parametrize(("lang", "text", "key"), READ, ids=[f"{c[0]}-{i}" for i, c in enumerate(READ)])
def test_a_minister_named_after_the_portfolio_is_a_person(lang: str, text: str, key: str) -> None:
    assert key in [k for k, _ in _people(text, lang)]


NOT_READ = [
    # two capitalised portfolio words and no commas: "Exteriores Pedro" or "Pedro García"?
    ("es", "El ministro de Asuntos Exteriores Pedro García rechaza la propuesta."),
    ("it", "Il ministro per la Pubblica Amministrazione Luca Bianchi respinge la proposta."),
    ("nl", "Minister van Buitenlandse Zaken Anna Smit steunt het voorstel."),
    # a verb and its object after the portfolio: the object is not the minister
    ("fr", "Le ministre de l'Intérieur reçoit Jeanne Dupont à Paris."),
    ("it", "Il ministro dell'Interno incontra Mario Rossi a Roma."),
    # a role and its portfolio with no name
    ("pt", "O ministro da Economia rejeita a proposta."),
]


@pytest.mark.parametrize(("lang", "text"), NOT_READ, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_READ)])
def test_no_person_where_portfolio_and_name_cannot_be_told_apart(lang: str, text: str) -> None:
    assert _people(text, lang) == []


STANCES = [
    ("it", "Il ministro dell'Interno Mario Rossi respinge il regolamento (UE) 2021/821.", ("mario-rossi", "oppose")),
    ("fr", "La ministre de l'Intérieur, Jeanne Dupont, soutient le règlement (UE) 2021/821.", ("jeanne-dupont", "support")),
    ("es", "El ministro del Interior, Pedro García, rechaza el Reglamento (UE) 2021/821.", ("pedro-garcia", "oppose")),
    ("nl", "Minister van Justitie Jan Smit steunt Verordening (EU) 2021/821.", ("jan-smit", "support")),
]


@pytest.mark.parametrize(("lang", "text", "expected"), STANCES, ids=[c[0] for c in STANCES])
def test_the_minister_is_the_actor_of_the_stance(lang: str, text: str, expected: tuple[str, str]) -> None:
    found, _ = read(text, lang)
    assert (expected[0], expected[1], "celex:32021R0821") in {(s.actor.key, s.stance, s.target.ref) for s in found}
