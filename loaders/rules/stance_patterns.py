"""How the word lists of stances.yaml become patterns: alternations of cue words, whole
words, polar pairs (named groups o and s) and the literal anchors a cheap scan looks for.

Kept apart from the cue records (:mod:`loaders.rules.stance_cues`) so that what a cue is
and how its words are compiled can be read, and changed, one at a time.
"""

from __future__ import annotations

import re
from re import _constants as _sre
from re import _parser as _sre_parse


def any_of(patterns, flags: int = re.IGNORECASE, *, word_start: bool = False) -> re.Pattern[str] | None:
    """One alternation of ``patterns``; ``word_start``: each must begin a word, so a cue
    never matches inside a negated verb (Czech "nepodporují", Latvian "neatbalsta")."""
    if not patterns:
        return None
    if isinstance(patterns, str):
        patterns = [patterns]
    lead = r"(?<![^\W\d_])" if word_start else ""
    return re.compile(lead + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", flags)


def whole_words(words, *, at_end: bool = False) -> re.Pattern[str] | None:
    """Whole words or phrases (literal), longest first; ``at_end``: they must end the text,
    give or take spaces and an article (checked by the caller)."""
    if not words:
        return None
    forms = {f for w in words for f in (w, w.casefold())}  # callers may casefold: "außer" is "ausser" then
    alt = "|".join(re.escape(w) for w in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})\s*$" if at_end else rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE)


def _anchors(seq) -> set[str] | None:
    """Lowercase literals of which every match of the parsed pattern ``seq`` holds one,
    or None when no such set of 3+ character literals can be read off it."""
    options: list[set[str]] = []
    run: list[str] = []

    def close() -> None:
        text = "".join(run).strip().lower()
        if len(text) >= 3:
            options.append({text})
        run.clear()

    for op, av in seq:
        if op is _sre.LITERAL:
            run.append(chr(av))
            continue
        close()
        if op is _sre.SUBPATTERN:
            inner = _anchors(av[-1].data)
            if inner:
                options.append(inner)
        elif op is _sre.BRANCH:
            branches = [_anchors(b.data) for b in av[1]]
            if all(branches):
                options.append(set().union(*branches))
    close()
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def required_literals(pattern: str) -> set[str] | None:
    """Lowercase literals of which every case-insensitive match of ``pattern`` holds one (a
    cheap ``in`` test before the regex), or None when none can be read off it."""
    return _anchors(_sre_parse.parse(pattern, re.IGNORECASE).data)


def anchor_pattern(patterns: list[str]) -> re.Pattern[str] | None:
    """One literal alternation, searched in lowercased text, that every predicate needs:
    a cheap scan for where a predicate may stand. None if one predicate has no anchor."""
    found: set[str] = set()
    for p in patterns:
        a = required_literals(p)
        if not a:
            return None
        found |= a
    return re.compile("|".join(re.escape(a) for a in sorted(found, key=len, reverse=True)))


def polar(spec: dict | None, *, word_end: bool = True, then: str = "") -> re.Pattern[str] | None:
    """One pattern, named groups o and s; ``then``: what must follow (a lookahead)."""
    if not spec or not (spec.get("oppose") or spec.get("support")):
        return None
    tail = (r"(?![^\W\d_])" if word_end else "") + (f"(?={then})" if then else "")
    parts = [f"(?P<{g}>{'|'.join(f'(?:{p})' for p in spec[k])})" for g, k in (("o", "oppose"), ("s", "support")) if spec.get(k)]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(parts)}){tail}", re.IGNORECASE)


def at_position(words) -> re.Pattern[str] | None:
    """Whole words or phrases, matched at a position after optional spaces."""
    if not words:
        return None
    # an elided form ("dell'", "l’") runs into the next word; any other must end a word
    alt = "|".join(re.escape(str(w)) + ("" if str(w)[-1] in "'’" else r"(?![^\W\d_])")
                   for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\s*(?:{alt})\s*", re.IGNORECASE)
