"""Word tokens with offsets, and the folded form names are compared in.

Hyphenated compounds stay one token ("Royaume-Uni", "Dél-Koreával") because their
inflection attaches to the end of the whole compound; apostrophes split ("l'Australie")
so elided articles fall away from the name.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()

    @property
    def all_caps(self) -> bool:
        return len(self.text) > 1 and self.text.isupper()


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text`` itself."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text, start, end)]


@lru_cache(maxsize=65536)
def fold(word: str, strip_accents: bool = False) -> str:
    """Case- and (optionally) accent-insensitive key; Greek shifts its accent in inflection."""
    word = word.translate(_HYPHENS).casefold()
    if strip_accents:
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        word = unicodedata.normalize("NFC", word)
    return word
