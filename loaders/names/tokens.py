"""Word tokens with offsets, and the folded form names are compared in.

Hyphenated compounds stay one token ("Royaume-Uni", "Dél-Koreával") because their
inflection attaches to the end of the whole compound; apostrophes split ("l'Australie")
so elided articles fall away from the name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

TOKEN_RE = re.compile(r"[^\W\d_]+(?:[-\u2010\u2011][^\W\d_]+)*")


@lru_cache(maxsize=1)
def upper_class() -> str:
    """A character class of every uppercase character of the Basic Multilingual Plane, as
    ``str.isupper`` says; built once per process. ``re`` has no ``\\p{Lu}``, and the
    ``regex`` package's is another set (no Roman numerals or circled letters, letters of a
    newer Unicode) whose ``\\w`` differs from ``re``'s, so the patterns stay ``re``."""
    return _class_of(str.isupper)


@lru_cache(maxsize=1)
def _upper_letter_class() -> str:
    """The uppercase characters a token can start with (circled letters are uppercase but
    not letters to ``re``)."""
    letter = re.compile(r"[^\W\d_]")
    return _class_of(lambda ch: ch.isupper() and letter.match(ch) is not None)


def _class_of(belongs) -> str:
    runs: list[tuple[int, int]] = []
    for c in range(0x10000):
        if belongs(chr(c)):
            if runs and runs[-1][1] == c - 1:
                runs[-1] = (runs[-1][0], c)
            else:
                runs.append((c, c))
    return "[" + "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in runs) + "]"


# The tokens TOKEN_RE would yield that start with an uppercase letter: not preceded by a
# letter, nor by a letter and a joining hyphen (then it is the tail of a compound). The
# uppercase letter comes first and the checks of what precedes it after, so that ``re``
# skips every other character in C instead of trying the lookbehinds at each position.
CAPITALISED_RE = re.compile(
    _upper_letter_class() + r"(?<![^\W\d_](?s:.))(?<![^\W\d_][-\u2010\u2011](?s:.))"
    r"[^\W\d_]*(?:[-\u2010\u2011][^\W\d_]+)*"
)
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


class Token(NamedTuple):
    """A word and its offsets; a tuple because a 5 KB text makes ~800 of them per block."""

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


def capitalised_tokens(text: str, start: int = 0, end: int | None = None):
    """The capitalised tokens of ``text[start:end]``, as :func:`tokenize` would cut them.

    Why: a state name starts with a capital, and most words do not; scanning only these
    avoids building a token for every word of every block.
    """
    end = len(text) if end is None else end
    for m in CAPITALISED_RE.finditer(text, start, end):
        yield Token(m.group(), m.start(), m.end())


def token_after(text: str, pos: int, end: int) -> Token | None:
    """The first token starting at or after ``pos`` (``pos`` must not be inside a word)."""
    m = TOKEN_RE.search(text, pos, end)
    return Token(m.group(), m.start(), m.end()) if m else None


def token_before(text: str, pos: int, start: int) -> Token | None:
    """The last token ending at or before ``pos`` within ``text[start:pos]``."""
    last = None
    for m in TOKEN_RE.finditer(text, max(start, pos - 80), pos):
        last = m
    return Token(last.group(), last.start(), last.end()) if last else None


@lru_cache(maxsize=65536)
def fold(word: str, strip_accents: bool = False) -> str:
    """Case- and (optionally) accent-insensitive key; Greek shifts its accent in inflection."""
    word = word.translate(_HYPHENS).casefold()
    if strip_accents:
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
        word = unicodedata.normalize("NFC", word)
    return word
