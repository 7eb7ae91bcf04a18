"""Titles that name their parties by adjectives after the noun (fr es it pt ro: "Déclaration
conjointe franco-allemande", "Declaração da XXXIV Cimeira Luso-Espanhola") or before the
statement word (hu: "Magyar–szlovák közös nyilatkozat"); a statement about a border or a
pipeline that carries the adjectives gives nothing."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "states"),
    [
        ("fr", "Déclaration conjointe franco-allemande sur l'hydrogène\n\nLes deux gouvernements conviennent de coopérer.\n", ["FR", "DE"]),
        ("fr", "Déclaration du sommet franco-italien\n\nLes deux gouvernements conviennent de coopérer.\n", ["FR", "IT"]),
        ("pt", "Declaração conjunta da XXXV Cimeira Luso-Espanhola\n\nOs dois governos acordam cooperar.\n", ["PT", "ES"]),
        ("es", "Declaración conjunta hispano-portuguesa sobre el hidrógeno\n\nAmbos gobiernos acuerdan cooperar.\n", ["ES", "PT"]),
        ("it", "Dichiarazione congiunta italo-slovena\n\nI due governi concordano di cooperare.\n", ["IT", "SI"]),
        ("ro", "Declarație comună româno-bulgară\n\nCele două guverne convin să coopereze.\n", ["RO", "BG"]),
        ("hu", "Magyar–szlovák közös nyilatkozat\n\nA két kormány megállapodott az együttműködésről.\n", ["HU", "SK"]),
    ],
)
def test_adjectives_after_the_noun_name_the_parties(lang, text, states):
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == states
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title_adjectives"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Déclaration sur la frontière franco-allemande\n\nLe texte décrit la frontière.\n"),
        ("es", "Declaración sobre el gasoducto hispano-francés\n\nEl texto describe el gasoducto.\n"),
        ("it", "Dichiarazione sul confine italo-sloveno\n\nIl testo descrive il confine.\n"),
        ("hu", "Közös nyilatkozat a magyar–osztrák határról\n\nA szöveg a határról szól.\n"),
    ],
)
def test_adjectives_qualifying_something_else_give_nothing(lang, text):
    assert facts(text, lang).signatories == []
