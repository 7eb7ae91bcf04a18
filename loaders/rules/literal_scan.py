"""A literal alternation searched without trying every alternative at every letter: the
stance predicates' anchors are a hundred or so plain words, which ``re`` would try one by one
at each position. Folded into a trie (one branch per next letter) the regex engine tests one
letter per branch and moves on. Kept apart from the cue lexicon
(:mod:`loaders.rules.stance_cues`) that builds it."""

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

    __slots__ = ("pattern", "_literals", "_trie")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        literals = tuple(re.sub(r"\\(.)", r"\1", a, flags=re.S) for a in pattern.pattern.split("|"))
        plain = all(literals) and "|".join(re.escape(a) for a in literals) == pattern.pattern and not pattern.flags & re.I
        self._literals = literals if plain else None
        self._trie = re.compile(literal_trie(literals)) if plain and _longer_first(literals) else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        if self._literals is None:
            yield from self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return
        if self._trie is not None:
            yield from self._trie.finditer(text, pos, len(text) if endpos is None else endpos)
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


def _longer_first(literals: tuple[str, ...]) -> bool:
    """Whether every literal comes before those that are its prefixes: then the first
    alternative matching at a position is the longest one there, which is what the trie's
    greedy branches take."""
    seen: list[str] = []
    for lit in literals:
        if any(lit.startswith(earlier) for earlier in seen):
            return False
        seen.append(lit)
    return True


def literal_trie(literals) -> str:
    """A regex matching the longest of ``literals`` at a position, with common prefixes
    shared: "oppos|opposition to" becomes ``oppos(?:ition\\ to)?``."""
    root: dict = {}
    for lit in literals:
        node = root
        for ch in lit:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _branch(root) or "(?!)"


def _branch(node: dict) -> str:
    alts = [re.escape(ch) + _branch(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if "" in node:  # a literal ends here: what follows is optional, tried first
        return body + "?" if body.startswith("(?:") and len(alts) > 1 else "(?:" + body + ")?"
    return body
