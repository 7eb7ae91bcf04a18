"""The words of bylines and agency credits (loaders/data/bylines.yaml), compiled once, and
the line helpers the byline and credit readers share (authors_byline.py, authors_agency.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml

HEAD_CHARS = 3000
TAIL_LINES = 5
TAIL_CHARS = 1500


@dataclass(frozen=True)
class Agency:
    key: str
    name: str


@lru_cache(maxsize=1)
def bylines_data() -> dict:
    return load_yaml("bylines.yaml")


@lru_cache(maxsize=1)
def agencies() -> dict[str, Agency]:
    """Each written form of each agency, and that form in capitals: wires set their own
    credit in capitals as often as not ("ROMA (ITALPRESS) -", "(ADNKRONOS)")."""
    out: dict[str, Agency] = {}
    for spec in bylines_data()["agencies"]:
        for form in spec["names"]:
            agency = Agency(spec["key"], spec["name"])
            out.setdefault(str(form), agency)
            if len(str(form)) > 2:
                out.setdefault(str(form).upper(), agency)
    return out


@lru_cache(maxsize=1)
def agency_alt() -> str:
    return "|".join(re.escape(f) for f in sorted(agencies(), key=len, reverse=True))


@lru_cache(maxsize=None)
def byline_labels(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(bare labels, field labels) of ``lang`` and English."""
    data = bylines_data()["labels"]
    labels = [*data.get(lang, []), *([] if lang == "en" else data.get("en", []))]
    bare = [str(x) for x in labels if not str(x).endswith(":")]
    field = [str(x)[:-1].rstrip() for x in labels if str(x).endswith(":")]

    def alt(xs: list[str], colon: bool) -> re.Pattern[str] | None:
        if not xs:
            return None
        body = "|".join(re.escape(x) for x in sorted(set(xs), key=len, reverse=True))
        return re.compile(rf"(?:{body})\s*:\s*" if colon else rf"(?:{body})\s+(?=[^\W\d_])")

    return alt(bare, False), alt(field, True)


@lru_cache(maxsize=None)
def source_labels(lang: str) -> re.Pattern[str] | None:
    data = bylines_data()["sources"]
    words = {*data.get(lang, []), *data.get("en", [])}
    if not words:
        return None
    body = "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?:{body})\s*:\s*")


@lru_cache(maxsize=None)
def published_words(lang: str) -> frozenset[str]:
    data = bylines_data()["published"]
    return frozenset(str(w) for w in [*data.get(lang, []), *data.get("en", [])])


@lru_cache(maxsize=1)
def any_field_line() -> re.Pattern[str]:
    """A line opening with any language's field label ("Autor:"): one search over the text
    says whether a line past the head can hold a byline at all."""
    fields = {str(x)[:-1].rstrip() for xs in bylines_data()["labels"].values() for x in xs if str(x).endswith(":")}
    return re.compile(r"(?m)^[ \t]*(?:" + "|".join(re.escape(f) for f in sorted(fields, key=len, reverse=True)) + r")\s*:")


@lru_cache(maxsize=1)
def any_source_line() -> re.Pattern[str]:
    words = {str(w) for ws in bylines_data()["sources"].values() for w in ws}
    return re.compile(r"(?m)^[ \t]*(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")\s*:")


def line_at(text: str, pos: int) -> tuple[int, int]:
    s = text.rfind("\n", 0, pos) + 1
    e = text.find("\n", pos)
    e = len(text) if e < 0 else e
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


DATE_MARK = re.compile(r"\b(?:1[89]|20)\d{2}\b|\b\d{1,2}[./-]\d{1,2}[./-]|\b\d{1,2}:\d{2}\b")
