"""Capitalised tokens are exactly the tokens :func:`tokenize` cuts that start uppercase."""

from __future__ import annotations

import re

import pytest

from loaders.names.tokens import CAPITALISED_RE, TOKEN_RE, capitalised_tokens, tokenize, upper_class

TEXTS = [
    "Les États-Unis et le Royaume-Uni ont signé avec l'Australie, la Nouvelle-Zélande et Malte.",
    "Die Bundesrepublik Deutschland, vertreten durch das Auswärtige Amt; Österreich und Ägypten.",
    "Ο Πρωθυπουργός της Ελλάδας και η Κυβέρνηση της Κύπρου. ΕΕ, ΟΗΕ.",
    "Чешката република и България‐Румъния: Ⓐ Ⓑc aⒶ Ⅻ Ⅻa Éva-Ⓑ x‐Ab a-Bc ab-Cd 1Ab _Ab Ab_ 2024Rome",
    "Polski Ład, Łotwa i Słowenia; Dz.U. Nr 5 z dnia 3 maja. ÖVP-Vorsitz, Saint-Vincent-et-les-Grenadines",
]


@pytest.mark.parametrize("text", TEXTS)
def test_capitalised_tokens_are_tokenize_tokens_starting_uppercase(text):
    expected = [t for t in tokenize(text) if t.text[:1].isupper()]
    assert list(capitalised_tokens(text)) == expected


@pytest.mark.parametrize("text", TEXTS)
def test_capitalised_pattern_keeps_its_definition_inside_a_window(text):
    """A search inside ``text[start:end]`` still sees the letters before ``start``: the
    tail of a word or of a hyphenated compound cut by the window is no token."""
    definition = re.compile(r"(?<![^\W\d_])(?<![^\W\d_][-\u2010\u2011])(?=" + upper_class() + r")" + TOKEN_RE.pattern)
    for start in range(len(text)):
        for end in (start + 1, start + 7, len(text)):
            found = [m.span() for m in CAPITALISED_RE.finditer(text, start, end)]
            assert found == [m.span() for m in definition.finditer(text, start, end)], (start, end)
