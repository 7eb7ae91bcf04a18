"""What one line at the top of a page is: a dateline, a byline, page furniture, the
title, or a heading printed in capitals (read by :mod:`loaders.rules.kind_signals`).

Each test looks at a single line, apart from the signals that weigh a whole text.
"""

from __future__ import annotations

import re

from loaders.rules.kind_words import patterns

_DASH = r"\s[-–—]{1,2}\s"
_LEAD_WORDS = 6  # a dateline opens the lead's first sentence, not a title's second half


def is_dateline(line: str, p: dict[str, re.Pattern]) -> bool:
    """A line opening with a dateline: "BRUSSELS, 12 March (Reuters) - ...", "BERLIN (dpa) —",
    "Paris, le 3 mars 2024 – ...": a place in capitals, or a place with a date, or a wire
    agency in parentheses, then a dash. Without an agency the line must run on into the lead's
    sentence: a short title split by a dash ("EUDR - Regulation on deforestation") is no dateline."""
    m = re.search(_DASH, line[:90])
    if m is None:
        return False
    lead = line[: m.start()].strip()
    if not lead or len(lead) > 70:
        return False
    if p["agency"].search(lead):
        return True
    if len(line[m.end():].split()) < _LEAD_WORDS:
        return False
    place = re.split(r"[,(]", lead, maxsplit=1)[0].strip()
    words = place.split()
    if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
        return False
    letters = "".join(c for c in place if c.isalpha())
    if len(letters) >= 3 and letters.isupper():
        return True
    return "," in lead and bool(re.search(r"\d", lead))


_BULLET = re.compile(r"^[•·▪*|\-–]\s*")
# a counter a page prints around an article ("337", "407 meneos", "1,303 views")
_COUNTER = re.compile(r"^\d{1,3}(?:[ .,]\d{3})*(?:\s+[^\W\d_]+)?$")
# a publication timestamp: a line holding a year and a clock time ("7 września, 2021 8:17")
_TIMESTAMP = re.compile(r"^(?=.*\b(?:19|20)\d{2}\b).{0,30}\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?$", re.IGNORECASE)


def capital_runs(head: str) -> list[str]:
    """Words printed in capitals, one to three in a row ("STELLUNGNAHME", "POSITION PAPER"),
    lowercased: a heading kept in a text whose lines were joined."""
    runs: list[str] = []
    current: list[str] = []
    for token in [*head.split(), ""]:
        if token.isupper():  # cheap first test: most words are not in capitals
            word = token.strip(".,;:()[]«»\"“”'")
            if len(word) >= 2 and word.replace("-", "").isalpha():
                current.append(word.lower())
                continue
        if current:
            for size in (1, 2, 3):
                runs.extend(" ".join(current[k:k + size]) for k in range(len(current) - size + 1))
            current = []
    return [r for r in runs if len(r) >= 6]


_BREADCRUMB = re.compile(r"^[^»›\n]{1,30}\s[»›]\s")


def is_furniture(line: str, p: dict[str, re.Pattern]) -> bool:
    """A page label ("Share", "• Print", "Published on 3 May 2024", "Lire aussi") or a
    breadcrumb ("Home » News » ..."): short, and the label is most of the line."""
    line = _BULLET.sub("", line)
    if _BREADCRUMB.match(line):
        return True
    if len(line) > 60:
        return False
    if _COUNTER.match(line) or _TIMESTAMP.match(line):
        return True
    m = p["furniture"].match(line)
    return m is not None and len(line[m.end():].split()) <= 4


def is_byline(line: str, p: dict[str, re.Pattern]) -> bool:
    """A short line of a byline word and one to four capitalised names: "By Jane Doe",
    "Par Marie Dupont", "Autorka: Jana Nováková"."""
    if len(line) > 60:
        return False
    m = p["byline"].match(line)
    if m is None:
        return False
    names = line[m.end():].split()
    return 1 <= len(names) <= 4 and all(n[:1].isupper() for n in names if n.lower() not in _NAME_PARTICLES)


_NAME_PARTICLES = {"de", "da", "van", "von", "der", "den", "di", "du", "la", "le", "and", "et", "und", "y", "e", "i", "a", "&"}


_CHROME_LINE = re.compile(r"^(?:[•·▪\-–*]\s|.*[»›|]\s*$|.*\s[»›]\s)")
_DATE_LINE = re.compile(r"^[\w,\s.]*\b(?:1[89]|20)\d{2}\s*$")


def title(text: str) -> str | None:
    """First heading-like line: not chrome (breadcrumbs, bullets, page furniture), not a
    date, not a sentence; a short page tag yields to a longer heading right after it."""
    furniture = patterns(None)["furniture"]
    candidates = []
    for line in text.split("\n")[:15]:
        line = line.strip()
        if not line or len(line) > 250 or _CHROME_LINE.match(line) or _DATE_LINE.match(line):
            continue
        if len(line) <= 40 and furniture.fullmatch(line):
            continue
        if line.endswith((".", ";", ",")) and len(line.split()) > 12:
            break
        candidates.append(line)
    for c in candidates:
        if len(c.split()) >= 5:
            return c
    return candidates[0] if candidates else None
