"""The date a document gives itself, read from its first lines.

Only the top of the text is searched (a dateline, "Sunday, November 24, 2024",
"Bruksela, 24 listopada 2024"): dates deeper in are what the document talks about,
not when it was written, and a wrong date is worse than none. Candidates are found by
shape first (cheap regexes), then confirmed:

- numeric dates (``2024-11-24``, ``24.11.2024``) directly;
- month names by a small curated table (``loaders/data/months.yaml``) for the languages
  whose inflected forms dateparser does not read (Latvian locative "24. novembrī",
  Lithuanian "2024 m. lapkričio 24 d.", Estonian, Slovenian, Maltese);
- everything else by dateparser in the document's languages, which knows the month
  names of the other EU languages, genitives included.

Within the top, a date must also sit like a dateline (:func:`in_dateline`), not in the
middle of a long sentence.

A month word is only taken in the document's own languages, so "mail" is a month in an
Estonian document and nothing in an English one.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from loaders.date_places import (
    after_act_number,
    after_formula,
    after_line_label,
    after_page_label,
    after_place,
    after_today,
    alone_on_its_line,
    in_a_sentence,
    in_closing_note,
    in_dateline,
    in_heading,
    only_a_date_on_its_line,
    opens_its_line,
)
from loaders.date_strings import ISO_MONTH, YEAR, YEAR_SHAPE, parse_date

TOP_CHARS = 400
_Y = YEAR_SHAPE
_WORD = r"(?:(?:Meán|Deireadh)\s+Fómhair|[^\W\d_]{3,}\.?)"  # a month's name; Irish writes two in two words (CLDR)
_DAY = r"\d{1,2}(?:\.|er|º|ª|st|nd|rd|th|η)?"  # 24, 24. (de, fi, lv...), 1er (fr), 1º (es, pt), 30th (en), 1η (el)
_BEFORE_MONTH = r"(?:(?:de|ta['’])\s+)?"  # 24 de noviembre (es, pt), 24 ta' Novembru (mt)
_BEFORE_YEAR = r"(?:(?:de|del)\s+)?"  # noviembre de 2024
_PATTERNS = (
    ("day", re.compile(rf"\b{_Y}-\d{{2}}-\d{{2}}(?!\d)")),
    ("month", re.compile(rf"\b{_Y}-(?:0[1-9]|1[0-2])(?![-\d])")),  # 2024-03 (ISO 8601), before a word + year reads 'date 2024'
    ("day", re.compile(rf"\b{_Y}\.\s?\d{{1,2}}\.\s?\d{{1,2}}\.?(?!\d)")),  # 2018.11.02, 2018. 11. 02. (hu, lt)
    ("day", re.compile(rf"\b\d{{1,2}}(?:[./]|\.\s)\d{{1,2}}(?:[./]|\.\s){_Y}(?!\d)")),  # 24.11.2024, 27.09.2023Text, 22. 5. 2016
    ("day", re.compile(rf"\b\d{{1,2}}-\d{{1,2}}-{_Y}(?!\d)")),  # 20-07-2021
    ("day", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_BEFORE_MONTH}{_WORD},?\s+{_BEFORE_YEAR}{_Y}\b")),  # 24 listopada 2024, 30th March, 2023
    ("day", re.compile(rf"\b{_WORD}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+{_Y}\b")),  # November 24, 2024
    ("day", re.compile(rf"\b{_Y}\.\s+(?:gada\s+)?(?:\d{{1,2}}\.\s*{_WORD}|{_WORD}\s+\d{{1,2}}\.?)")),  # hu, lv
    ("day", re.compile(rf"\b{_Y}\s*(?:m\.\s+)?{_WORD}\s+\d{{1,2}}\s*d(?:\.|(?!\w))")),  # lt: 2024 m. lapkričio 24 d., 2024 lapkričio 24 d.
    ("month", re.compile(rf"\b{_Y}\.\s+gada\s+{_WORD}")),  # lv: 2024. gada novembrī
    ("month", re.compile(rf"\b{_Y}\s*m\.\s+{_WORD}")),  # lt: 2024 m. lapkritį
    ("month", re.compile(rf"\b{_WORD}\s+{_BEFORE_YEAR}{_Y}\b")),  # March 2024
    # the two below start with a digit, then look behind it: re skips the other characters in C
    ("year", re.compile(r"(?:19|20)(?<![\d/.\-–]\d\d)\d{2}(?![\d/.\-–])")),  # 2018 alone: only where a dateline stands alone
    ("short", re.compile(r"\d(?<![\d/.]\d)\d?[./]\d{1,2}[./]\d{2}(?![\d/.])")),  # 17/01/18: only opening its line
)


# What each shape of _PATTERNS needs right beside the year it holds: the character before
# (-1) or after (+1) the year's four digits. A shape's digits next to a year can be no part
# of it, so a year inside a shape is the shape's own {_Y}, and a shape whose neighbour of
# the year is missing is not searched for around it.
_BESIDE_YEAR: tuple[tuple[int, re.Pattern[str]] | None, ...] = (
    (+1, re.compile(r"-")), (+1, re.compile(r"-")), (+1, re.compile(r"\.")), (-1, re.compile(r"[./\s]")),
    (-1, re.compile(r"-")), (-1, re.compile(r"\s")), (-1, re.compile(r"\s")),
    None,  # its last day number, unbounded, may be the first digits of a next year: searched always
    (+1, re.compile(r"[^\W\d_]|\s")), (+1, re.compile(r"\.")), (+1, re.compile(r"m|\s")), (-1, re.compile(r"\s")),
    None, None,
)


def _may_hold(text: str, year_start: int, year_end: int, need: tuple[int, re.Pattern[str]] | None) -> bool:
    if need is None:
        return True
    side, beside = need
    at = year_start - 1 if side < 0 else year_end
    return 0 <= at < len(text) and beside.match(text, at) is not None


@dataclass(frozen=True)
class TextDate:
    date: dt.date
    precision: str
    start: int
    end: int
    quote: str


def date_near_top(text: str, languages: list[str]) -> TextDate | None:
    """The date a document gives itself: first in its first ``TOP_CHARS`` characters (a
    dateline, a title, a page label), else one placed as only a document's own date is
    deeper in its opening or in its closing lines (:func:`date_in_formula`)."""
    return _date_at_top(text, languages) or date_in_formula(text, languages)


BODY_CHARS = 2000  # a letter's place-date line or a page's labels sit below a long header
TAIL_CHARS = 600  # "Done at Brussels, 12 May 2024" closes the text


def date_in_formula(text: str, languages: list[str]) -> TextDate | None:
    """A date deeper than the top, taken only where its place says it is the document's own:
    after a place as letters and official papers date themselves ("Den Haag, 19 mei 2021",
    "Berlin, den 15. Januar 2010", "V Bruselu dne 20.9.2010"); after a page label opening
    its line or table cell ("Documentdatum | 31-05-2024", "datum: 2022-12-05"); right after
    "today" ("reached today, 21 June 2023"); or after a formula of adoption or signature
    ("Done at Brussels, on", "in seiner 812. Sitzung am", "Vastgesteld", "Šī deklarācija ir
    parakstīta"), the last also in the closing lines; or in a page's closing note on when it
    came out ("This story was first published on 3 May 2029"). A date in a sentence about something
    else ("the Commission proposed on 16 September 2022") is none of these."""
    windows = [(0, min(len(text), BODY_CHARS))]
    if len(text) - TAIL_CHARS > BODY_CHARS:
        windows.append((len(text) - TAIL_CHARS, len(text)))
    for lo, hi in windows:
        for start, end, precision in _candidates(text, lo, hi):
            if precision not in ("day", "month") or ISO_MONTH.match(text[start:end]):
                continue
            if not (after_place(text, start, languages) or after_line_label(text, start, languages)
                    or after_today(text, start, languages) or after_formula(text, start, languages)
                    or (precision == "day" and lo == 0 and only_a_date_on_its_line(text, start, end))
                    or (precision == "day" and in_closing_note(text, start, end, languages))):
                continue
            parsed = parse_date(text[start:end], precision, languages)
            if parsed is not None:
                return TextDate(parsed, precision, start, end, text[start:end])
    return None


def _candidates(text: str, lo: int, hi: int) -> list[tuple[int, int, str]]:
    """Date-shaped spans starting in ``text[lo:hi]``, in text order (at one place, the
    patterns' order: a full date before the month and year inside it)."""
    seen: set[int] = set()
    out = []
    for start, _, end, precision in sorted(_shapes(text, lo, hi)):
        if start not in seen:
            seen.add(start)
            out.append((start, end, precision))
    return out


def _shapes(text: str, lo: int, hi: int) -> list[tuple[int, int, int, str]]:
    """(start, pattern rank, end, precision) of every date shape starting in ``text[lo:hi]``.
    Every shape but the two-digit-year one holds a four-digit year, so those patterns run
    only around the years found: most texts have few, and each pattern over a whole
    opening costs more than all of them around its years."""
    found: set[tuple[int, int, int, str]] = set()
    for year in YEAR.finditer(text, lo, min(len(text), hi + _YEAR_REACH)):
        a, b = max(lo, year.start() - _YEAR_REACH), min(len(text), year.end() + _YEAR_REACH)
        for rank, (precision, pattern) in enumerate(_PATTERNS):
            if precision == "short" or not _may_hold(text, year.start(), year.end(), _BESIDE_YEAR[rank]):
                continue
            for m in pattern.finditer(text, a, b):
                if m.start() < hi and m.start() <= year.start() < m.end():
                    found.add((m.start(), rank, m.end(), precision))
    short_rank = len(_PATTERNS) - 1
    for m in _PATTERNS[short_rank][1].finditer(text, lo, hi):
        found.add((m.start(), short_rank, m.end(), "short"))
    return list(found)


_YEAR_REACH = 40  # the longest shapes put the year this far from either end ("2024. gada 24. novembrī")


def _date_at_top(text: str, languages: list[str]) -> TextDate | None:
    """First date written in the first ``TOP_CHARS`` characters, or None."""
    top = text[:TOP_CHARS]
    candidates = _shapes(top, 0, len(top))
    # in text order; at one place the patterns' order decides (a full date before the
    # month-year inside it), and a shape that does not parse leaves the next one a chance
    ordered = sorted(candidates)
    # an act's own date ("Regulation (EU) 2021/821 of 20 May 2021") before any page date
    own = {c for c in ordered if after_act_number(top, c[0])}
    ordered = [c for c in ordered if c in own] + [c for c in ordered if c not in own]
    adverbials: list[tuple[int, int]] = []  # dates a sentence talks about
    for start, _, end, precision in ordered:
        if precision == "year":
            if not alone_on_its_line(top, start, end):
                continue
        elif precision == "short":
            if not opens_its_line(top, start, end):
                continue
        elif precision == "month" and ISO_MONTH.match(top[start:end]):
            # "2008-09" is as often a session or a season: only labelled or on its own line
            if not (after_page_label(top, start, languages) or alone_on_its_line(top, start, end)):
                continue
        # the line's shape is read in the whole text: a line cut at the top's end looks short
        elif not ((start, _, end, precision) in own or after_page_label(top, start, languages)):
            if any(a <= start < b for a, b in adverbials) or in_a_sentence(text, start, end):
                adverbials.append((start, end))  # nor the month and year inside it
                continue
            if not (in_dateline(text, start) or in_heading(text, start, end)):
                continue
        parsed = parse_date(top[start:end], precision, languages)
        if parsed is not None:
            return TextDate(parsed, "day" if precision == "short" else precision, start, end, text[start:end])
    return None
