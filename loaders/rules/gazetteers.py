"""Curated organisations, companies and products (loaders/data/organisations.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml


@dataclass(frozen=True)
class Named:
    group: str  # organisations | companies | products
    key: str
    name: str
    kind: str


@lru_cache(maxsize=1)
def _index() -> tuple[re.Pattern[str], dict[str, Named]]:
    data = load_yaml("organisations.yaml")
    by_form: dict[str, Named] = {}
    for group in ("organisations", "companies", "products"):
        for spec in data[group]:
            named = Named(group, spec["key"], spec["name"], spec.get("kind", group[:-1]))
            for form in spec["names"]:
                by_form[str(form)] = named
    forms = sorted(by_form, key=len, reverse=True)
    # No leading lookbehind: a pattern that opens with one gets no first-character
    # fast-scan from ``re``; find_named checks the character before each match instead.
    pattern = re.compile(r"(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")
    return pattern, by_form


_WORD_CHAR = re.compile(r"\w")


def find_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[Named, int, int]]:
    """Known organisations, companies and products in ``text[start:end]``, longest form
    first, each starting a word (not glued to a letter, digit or underscore before it,
    even one before ``start``)."""
    pattern, by_form = _index()
    end = len(text) if end is None else end
    out: list[tuple[Named, int, int]] = []
    m = pattern.search(text, start, end)
    while m is not None:
        s = m.start()
        if s > 0 and _WORD_CHAR.match(text, s - 1):
            m = pattern.search(text, s + 1, end)  # not a word start: the next position may be
            continue
        out.append((by_form[m.group()], s, m.end()))
        m = pattern.search(text, m.end(), end)
    return out


def lookup(name: str) -> Named | None:
    return _index()[1].get(name.strip())
