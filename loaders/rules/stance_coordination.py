"""Subjects joined by additive or correlative coordination: "Germany as well as France
oppose X", "Sowohl Deutschland als auch Frankreich lehnen X ab", "Tanto Alemania como
Francia rechazan X", "Zowel Duitsland als Frankrijk verzetten zich tegen X".

A list of states written with "and" is one subject already (loaders/rules/lists.py); a
join such as "as well as" or "tanto ... como" is not a list separator, so each name was
read alone and only the one next to the predicate kept it. Two subjects of the same kind
(two lists of states, two organisations) with nothing between them but one of the
language's joins (``between`` in loaders/data/stance_coordination.yaml), or a join of a
pair whose opener stands right before the first (``pairs``: "como" joins only after
"tanto"; alone it compares), are one subject. Commas around the join are allowed ("A,
as well as B,").
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml

_WORD = re.compile(r"[^\W\d_]+")


def _words(phrase: str) -> tuple[str, ...]:
    return tuple(w.casefold() for w in _WORD.findall(phrase))


@lru_cache(maxsize=None)
def _spec(lang: str) -> tuple[frozenset, tuple] | None:
    spec = load_yaml("stance_coordination.yaml").get(lang)
    if not spec:
        return None
    between = frozenset(_words(str(p)) for p in spec.get("between") or ())
    pairs = tuple((_words(str(a)), _words(str(b))) for a, b in spec.get("pairs") or ())
    return between, pairs


def joined(text: str, lang: str, s: int, first: tuple[int, int], second: tuple[int, int]) -> bool:
    """Whether the subjects at ``first`` and ``second`` (spans, in order) are coordinated
    by one of the language's additive joins."""
    spec = _spec(lang)
    if spec is None:
        return False
    between, pairs = spec
    gap = text[first[1] : second[0]]
    if any(c in gap for c in ".;:()[]\n") or gap.count(",") > 2:
        return False
    if _WORD.sub("", gap).strip(" ,'’"):
        return False
    articles = morphology(lang).articles
    join = _bare(_words(gap), articles)
    if not join:
        return False
    if join in between:
        return True
    lead = _bare(_words(text[max(s, first[0] - 30) : first[0]]), articles)
    return any(join == b and lead[-len(a):] == a for a, b in pairs)


def _bare(words: tuple[str, ...], articles) -> tuple[str, ...]:
    """``words`` without the articles that end them ("ainsi que la" -> "ainsi que")."""
    while words and words[-1] in articles:
        words = words[:-1]
    return words
