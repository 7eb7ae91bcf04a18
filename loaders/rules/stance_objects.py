"""What a stance verb's object is, where it is not the act: a state named right after
another predicate is that predicate's object ("Germany criticised France and Italy opposed
X": France is criticised, not an opponent of X), and changes to an act are not the act
("France rejects changes to X" does not oppose X). Both say less, never the opposite."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml

_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014(\"“”«»„]")


def object_of_predicate(text: str, cues, s: int, at: int) -> bool:
    """Whether a predicate of the clause ends right before ``at`` (articles between at most):
    what starts at ``at`` is then its object, not a new subject."""
    head = s
    for m in _CLAUSE_BREAK.finditer(text, s, at):
        head = m.end()
    last = None
    pos = head
    while pos < at:
        found = cues.predicate_at(text, pos, at)
        if found is None:
            break
        last, pos = found, found[2]
    if last is None:
        return False
    articles = morphology(cues.lang).articles
    return all(w.casefold() in articles for w in _WORD.findall(text[last[2] : at]))


@lru_cache(maxsize=None)
def _changes(lang: str) -> re.Pattern[str] | None:
    words = load_yaml("stance_changes.yaml").get(lang) or []
    if not words:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) + ")",
                      re.IGNORECASE)


def changes_between(text: str, lang: str, start: int, end: int) -> bool:
    """Whether a noun of changing a text stands between a predicate and its act."""
    rx = _changes(lang)
    return rx is not None and start < end and rx.search(text, start, end) is not None
