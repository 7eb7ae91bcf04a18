"""A literal alternation found by C string search: the stance predicates' anchors are a
hundred or so plain words, and ``str.find`` of each beats trying every alternative at every
letter. Kept apart from the cue lexicon (:mod:`loaders.rules.stance_cues`) that builds it."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class _At:
    at: int
    size: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at + self.size


class LiteralScan:
    """``finditer`` of a literal alternation (``anchor_pattern``'s) by ``str.find`` of each
    literal: the same matches (leftmost, the first alternative at a position, no overlap),
    found by C string search instead of trying about a hundred alternatives at every letter.
    A pattern that is not a plain alternation of escaped literals is run as it is."""

    __slots__ = ("pattern", "_literals")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        literals = tuple(re.sub(r"\\(.)", r"\1", a, flags=re.S) for a in pattern.pattern.split("|"))
        plain = all(literals) and "|".join(re.escape(a) for a in literals) == pattern.pattern and not pattern.flags & re.I
        self._literals = literals if plain else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._literals is None:
            yield from self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        end = len(text) if endpos is None else min(endpos, len(text))
        found = []
        for order, lit in enumerate(self._literals):
            size = len(lit)
            p = text.find(lit, pos, end)
            while p >= 0:
                found.append((p, order, size))
                p = text.find(lit, p + 1, end)
        found.sort()
        last = pos
        for p, _, size in found:
            if p >= last:
                yield _At(p, size)
                last = p + size
