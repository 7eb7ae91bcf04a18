"""A literal alternation searched without trying every alternative at every letter: the
stance predicates' anchors are a hundred or so plain words, which ``re`` would try one by one
at each position. Folded into a trie (one branch per next letter) the regex engine tests one
letter per branch and moves on. The cue patterns themselves get the same help from
:class:`PrefixScan`: the literal prefixes their matches open with, as such a trie. Kept apart
from the cue lexicon (:mod:`loaders.rules.stance_cues`) that builds them."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache


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


class PrefixScan:
    """``finditer`` of a case-insensitive pattern whose every match opens with one of a few
    literal prefixes (the cue alternations of stances.yaml, each behind a word-start
    lookbehind): a pattern opening with a lookbehind makes ``re`` try every alternative at
    every position, while a case-sensitive trie of the prefixes in all their case variants
    lets it skip in C to where one starts. Each such place is then matched with the pattern
    itself, so the matches are the pattern's own (leftmost, non-overlapping). A pattern whose
    prefixes cannot be read off is run as it is."""

    __slots__ = ("pattern", "_gate")

    def __init__(self, pattern: re.Pattern[str]):
        self.pattern = pattern
        starts = match_prefixes(pattern)
        self._gate = re.compile(_variant_trie(starts)) if starts else None

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None):
        end = len(text) if endpos is None else endpos
        if self._gate is None:
            yield from self.pattern.finditer(text, pos, end)
            return
        search, match = self._gate.search, self.pattern.match
        g = search(text, max(pos - 1, 0), end)  # a comma before ``pos`` may mark a place at it
        while g is not None:
            at = g.start()
            if g.end() - at == 1 and text[at] == ",":
                at += 1  # the comma before a place
            m = match(text, at, end) if at >= pos else None
            if m is not None:  # never empty: it opens with a prefix
                yield m
                pos = m.end()
                g = search(text, pos - 1, end)
            else:
                g = search(text, g.start() + 1, end)


_PREFIX_READ = 24  # letters read through a pattern (an optional word must be read whole to read past it)
_PREFIX_CAP = 8  # letters of a prefix kept: enough to make a place rare, a small trie
_PREFIX_MANY = 400  # prefixes of one pattern beyond which no longer ones are read


def match_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literals (as written, case aside) one of which opens every match of ``pattern``; None
    when some match may open with none (a class, a repeat, an empty match)."""
    from re import _constants as c, _parser as p

    skip = (c.ASSERT, c.ASSERT_NOT, c.AT)

    def read(items) -> tuple[set[str], bool]:
        """(prefixes, whether each is the whole of what ``items`` match)."""
        outs = {""}
        for op, av in items:
            if op is c.ASSERT and av[0] == -1 and outs == {""} and list(av[1]) == [(c.LITERAL, ord(","))]:
                outs = {_AFTER_COMMA}  # "(?<=,)": the place follows a comma, which the scan looks for
                continue
            if op in skip:
                continue  # zero width: it consumes nothing
            if min(map(len, outs)) >= _PREFIX_READ:
                return outs, False  # long enough; what follows is not read
            if op is c.LITERAL and av:
                outs = {o + chr(av) for o in outs}
            elif op is c.IN or op in (c.MAX_REPEAT, c.MIN_REPEAT) and (av[0] >= 1 or av[1] == 1):
                if op is c.IN:
                    inner, whole = _chars(av, c), True
                    if inner is None:
                        return outs, False
                else:  # "x?" is "x" or nothing; "x+" opens with one "x"
                    inner, whole = read(av[2].data)
                    if av[0] == 0:
                        inner.add("")
                    whole = whole and av[1] == 1
                if len(outs) > 1 and len(outs) * len(inner) > _PREFIX_MANY:
                    return outs, False
                outs = {o + i for o in outs for i in inner}
                if not whole:
                    return outs, False
            elif op is c.SUBPATTERN and not av[1] and not av[2]:
                inner, whole = read(av[3].data)
                if len(outs) > 1 and len(outs) * len(inner) > _PREFIX_MANY:
                    return outs, False
                outs = {o + i for o in outs for i in inner}
                if not whole:
                    return outs, False
            elif op is c.BRANCH:
                inner, whole = set(), True
                for alt in av[1]:
                    got, done = read(alt.data)
                    inner |= got
                    whole = whole and done
                if len(outs) > 1 and len(outs) * len(inner) > _PREFIX_MANY:
                    return outs, False
                outs = {o + i for o in outs for i in inner}
                if not whole:
                    return outs, False
            else:
                return outs, False
        return outs, True

    try:
        outs, _ = read(p.parse(pattern.pattern, pattern.flags).data)
    except (re.error, RecursionError):
        return None
    if not outs or "" in outs or _AFTER_COMMA in outs or any(o.startswith(",") or _AFTER_COMMA in o[1:] for o in outs):
        return None  # a place after a comma is told by the comma the scan consumes: no prefix may start with one
    return frozenset(o[: _PREFIX_CAP + o.startswith(_AFTER_COMMA)] for o in outs)


_AFTER_COMMA = "\x01"  # a prefix's mark for "after a comma" (a leading "(?<=,)")
_SPACE = "\x00"  # a prefix's whitespace letter (``\s``); a literal NUL is never read


def _chars(items, c) -> set[str] | None:
    """The letters a class matches, when it lists a few (or is ``\\s``)."""
    if items == [(c.CATEGORY, c.CATEGORY_UNI_SPACE)] or items == [(c.CATEGORY, c.CATEGORY_SPACE)]:
        return {_SPACE}
    out: set[str] = set()
    for op, av in items:
        if op is c.LITERAL and av:
            out.add(chr(av))
        elif op is c.RANGE and 0 < av[0] and av[1] - av[0] < 32:
            out.update(map(chr, range(av[0], av[1] + 1)))
        else:
            return None
    return out


def _variant_trie(prefixes) -> str:
    """A case-sensitive regex of the ``prefixes`` in every letter case ``re`` treats as
    equal: a branch per variant of the first letter (so ``re`` can skip to them in C), a
    class of variants for each letter after it."""
    root: dict = {}
    for word in prefixes:
        node = root
        for ch in word:
            node = node.setdefault(_fold(ch), {})
        node[""] = {}
    comma = root.pop(ord(_AFTER_COMMA), None)
    alts = [re.escape(v) + _rest(child) for key, child in sorted(root.items()) for v in _variants(key)]
    if comma is not None:  # the comma is matched, the place is right after it
        alts.append(",(?=" + _rest(comma) + ")")
    return "(?:" + "|".join(alts) + ")"


def _rest(node: dict) -> str:
    if "" in node:
        return ""  # a prefix ends here: a place is found
    alts = [_class(key) + _rest(child) for key, child in sorted(node.items())]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _class(key: int) -> str:
    chars = _variants(key)
    return re.escape(chars[0]) if len(chars) == 1 else "[" + "".join(re.escape(ch) for ch in chars) + "]"


def _fold(ch: str) -> int:
    import _sre

    return _sre.unicode_tolower(ord(ch))


def _variants(key: int) -> tuple[str, ...]:
    """Every character ``re.IGNORECASE`` matches with a letter whose lowercase is ``key``:
    the same lowercase, or one of re's extra case pairs (i/ı, s/ſ, µ/μ)."""
    from re._casefix import _EXTRA_CASES

    if key == 0:
        return _SPACES
    table = _by_lower()
    return tuple(sorted({chr(cp) for lo in (key, *_EXTRA_CASES.get(key, ())) for cp in (lo, *table.get(lo, ()))}))


_SPACES = tuple(ch for ch in map(chr, range(0x3001)) if ch.isspace())  # what \s matches in a str pattern


@lru_cache(maxsize=1)
def _by_lower() -> dict[int, tuple[int, ...]]:
    """Code points by their simple lowercase (the one ``re`` compares), those that differ."""
    import _sre

    table: dict[int, list[int]] = {}
    for cp in range(0x110000):
        lo = _sre.unicode_tolower(cp)
        if lo != cp:
            table.setdefault(lo, []).append(cp)
    return {lo: tuple(cps) for lo, cps in table.items()}
