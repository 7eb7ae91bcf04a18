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
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w])")
    return pattern, by_form


def find_named(text: str, start: int = 0, end: int | None = None) -> list[tuple[Named, int, int]]:
    """Known organisations, companies and products in ``text[start:end]``, longest form first."""
    pattern, by_form = _index()
    end = len(text) if end is None else end
    return [(by_form[m.group()], m.start(), m.end()) for m in pattern.finditer(text, start, end)]


def lookup(name: str) -> Named | None:
    return _index()[1].get(name.strip())
