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


_TOKEN = re.compile(r"[^\W_]+")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, tuple[str, ...]], dict[str, Named]]:
    """Forms by their first word (longest form first), and the named thing of each form."""
    data = load_yaml("organisations.yaml")
    by_form: dict[str, Named] = {}
    for group in ("organisations", "companies", "products"):
        for spec in data[group]:
            named = Named(group, spec["key"], spec["name"], spec.get("kind", group[:-1]))
            for form in spec["names"]:
                by_form[str(form)] = named
    by_first: dict[str, list[str]] = {}
    for form in by_form:
        first = _TOKEN.match(form)
        by_first.setdefault(first.group() if first else form, []).append(form)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()}, by_form


@lru_cache(maxsize=1)
def _first_word_token() -> re.Pattern[str]:
    """The tokens ``_TOKEN`` yields that could be a form's first word, by their first
    character: ``re`` then skips in C the words no form starts with (most of a text)."""
    firsts = "".join(sorted({re.escape(word[0]) for word in _index()[0] if _TOKEN.fullmatch(word)}))
    return re.compile(f"[{firsts}]" + r"(?<![^\W_](?s:.))[^\W_]*") if firsts else re.compile(r"(?!)")


_WORD_CHAR = re.compile(r"\w")


def find_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[Named, int, int]]:
    """Known organisations, companies and products in ``text[start:end]``, longest form
    first, each a whole word (not glued to a letter, digit or underscore on either side,
    even one before ``start``).

    Why word by word: one alternation of a few hundred names is tried at every position
    of every text; looking up each word of the text among the names' first words is a
    dictionary hit per word."""
    by_first, by_form = _index()
    end = len(text) if end is None else end
    out: list[tuple[Named, int, int]] = []
    taken = start
    for tok in _first_word_token().finditer(text, start, end):
        s = tok.start()
        forms = by_first.get(tok.group())
        if forms is None or s < taken:
            continue
        if s > 0 and _WORD_CHAR.match(text, s - 1):
            continue
        for form in forms:
            e = s + len(form)
            if e <= end and text.startswith(form, s) and not (e < len(text) and _WORD_CHAR.match(text, e)):
                out.append((by_form[form], s, e))
                taken = e
                break
    return out


def lookup(name: str) -> Named | None:
    return _index()[1].get(name.strip())
