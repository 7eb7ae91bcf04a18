"""The date a document gives itself, read from its first lines.

Only the top of the text is searched (a dateline, "Sunday, November 24, 2024",
"Bruksela, 24 listopada 2024"): dates deeper in are what the document talks about,
not when it was written, and a wrong date is worse than none. Candidates are found by
shape first (cheap regexes), then confirmed by dateparser in the document's languages,
which knows month names in all EU languages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

TOP_CHARS = 400
_Y = r"(?:19|20)\d{2}"
_WORD = r"[^\W\d_]{3,}\.?"
_PATTERNS = (
    ("day", re.compile(rf"\b{_Y}-\d{{2}}-\d{{2}}\b")),
    ("day", re.compile(rf"\b\d{{1,2}}[./]\d{{1,2}}[./]{_Y}\b")),
    ("day", re.compile(rf"\b\d{{1,2}}\.?\s+{_WORD}\s+{_Y}\b")),  # 24 listopada 2024, 24. November 2024
    ("day", re.compile(rf"\b{_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_Y}\b")),  # November 24, 2024
    ("day", re.compile(rf"\b{_Y}\.\s+(?:gada\s+)?(?:\d{{1,2}}\.\s*{_WORD}|{_WORD}\s+\d{{1,2}}\.?)")),  # hu, lv
    ("month", re.compile(rf"\b{_WORD}\s+{_Y}\b")),  # March 2024
)


@dataclass(frozen=True)
class TextDate:
    date: dt.date
    precision: str
    start: int
    end: int
    quote: str


def date_near_top(text: str, languages: list[str]) -> TextDate | None:
    """First date written in the first ``TOP_CHARS`` characters, or None."""
    top = text[:TOP_CHARS]
    seen: list[tuple[int, int]] = []
    candidates: list[tuple[int, int, str]] = []
    for precision, pattern in _PATTERNS:
        for m in pattern.finditer(top):
            if any(s <= m.start() < e for s, e in seen):
                continue  # a month-year inside a full date already found
            candidates.append((m.start(), m.end(), precision))
            seen.append((m.start(), m.end()))
    for start, end, precision in sorted(candidates):
        parsed = _parse(top[start:end], precision, languages)
        if parsed is not None:
            return TextDate(parsed, precision, start, end, text[start:end])
    return None


def _parse(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    import dateparser  # slow import: only when a date-shaped string was found

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"] if precision == "day" else ["month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    langs = [lang for lang in dict.fromkeys([*languages, "en"]) if lang]
    try:
        result = dateparser.parse(candidate, languages=langs, settings=settings)
    except (ValueError, KeyError, OverflowError):
        return None
    if result is None or not 1900 <= result.year <= 2100:
        return None
    return result.date() if precision == "day" else result.date().replace(day=1)
