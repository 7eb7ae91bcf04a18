"""What a date-shaped string means: numeric dates directly, month names by the curated
table (``loaders/data/months.yaml``) or by dateparser in the document's languages (its
month names looked up directly for the plain shapes, :mod:`loaders.date_month_names`).

Kept apart from finding the date (:mod:`loaders.textdates`) and judging its place
(:mod:`loaders.date_places`): reading a string is the same wherever it was found.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from loaders.date_month_names import month_name_date

YEAR_SHAPE = r"(?:19|20)\d{2}"
_ISO = re.compile(rf"^({YEAR_SHAPE})-(\d{{2}})-(\d{{2}})$")
_YEAR_FIRST = re.compile(rf"^({YEAR_SHAPE})\.\s?(\d{{1,2}})\.\s?(\d{{1,2}})\.?$")
ISO_MONTH = re.compile(rf"^({YEAR_SHAPE})-(\d{{2}})$")
_NUMERIC = re.compile(rf"^(\d{{1,2}})(?:[./-]|\.\s)(\d{{1,2}})(?:[./-]|\.\s)({YEAR_SHAPE})$")
YEAR = re.compile(r"(?:19|20)(?<!\d\d\d)\d{2}(?!\d)")  # YEAR_SHAPE not after a digit; digits first, so re skips the rest in C
_NUMBER = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
LETTERS = re.compile(r"[^\W\d_]+")
_ORDINAL = re.compile(r"(\d)(?:st|nd|rd|th|er|º|ª|η)(?![^\W\d_])")


def parse_date(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    """The date a date-shaped string means (the 1st of the month at month precision, the 1st
    of January at year precision: the precision says how much of it is known), or None."""
    if precision == "year":
        return dt.date(int(candidate), 1, 1)
    if precision == "short":
        a, b, yy = (int(x) for x in re.split(r"[./]", candidate))
        return _date(2000 + yy, b, a)  # day first, as every EU language writes it; this century
    iso_month = ISO_MONTH.match(candidate)
    if iso_month:
        return _date(int(iso_month.group(1)), int(iso_month.group(2)), 1)
    if _ISO.match(candidate) or _NUMERIC.match(candidate) or _YEAR_FIRST.match(candidate):
        return numeric_date(candidate)
    candidate = _ORDINAL.sub(r"\1", candidate)  # "30th", "1er", "1η": dateparser wants the bare number
    found = (_from_month_table(candidate, precision, languages)
             or month_name_date(candidate, precision, _dateparser_tuple(languages))
             or _from_dateparser(candidate, precision, languages))
    if found is None or not 1900 <= found.year <= 2100:
        return None
    return found if precision == "day" else found.replace(day=1)


def numeric_date(candidate: str) -> dt.date | None:
    """``2024-11-24``, or ``24.11.2024`` day first as every EU language writes it (month
    first only where day first is impossible: ``11/24/2024``)."""
    iso = _ISO.match(candidate) or _YEAR_FIRST.match(candidate)
    if iso:
        return _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
    m = _NUMERIC.match(candidate)
    if not m:
        return None
    first, second, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return _date(year, second, first) or _date(year, first, second)


def _date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _from_month_table(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    """Read the candidate with the curated month forms of the document's languages.

    Exactly one month word, one year and (for a day) one other number, or nothing:
    a candidate the table half-understands is left to dateparser.
    """
    table = month_forms()
    langs = [lang for lang in languages if lang in table]
    if not langs:
        return None
    months = {table[lang][w] for lang in langs for w in LETTERS.findall(candidate.lower()) if w in table[lang]}
    years = YEAR.findall(candidate)
    if len(months) != 1 or len(years) != 1:
        return None
    year = int(years[0])
    if precision != "day":
        return dt.date(year, months.pop(), 1)
    days = _NUMBER.findall(YEAR.sub(" ", candidate))
    return _date(year, months.pop(), int(days[0])) if len(days) == 1 else None


@lru_cache(maxsize=1)
def month_forms() -> dict[str, dict[str, int]]:
    """``{lang: {form: month}}`` from ``loaders/data/months.yaml``, checked once.

    A language must list twelve months, and no form may name two of them.
    """
    from loaders.names.resources import load_yaml

    table: dict[str, dict[str, int]] = {}
    for lang, months in load_yaml("months.yaml").items():
        if len(months) != 12:
            raise ValueError(f"months.yaml: {lang} lists {len(months)} months, not 12")
        forms: dict[str, int] = {}
        for number, names in enumerate(months, start=1):
            for name in names:
                if forms.get(name, number) != number:
                    raise ValueError(f"months.yaml: {lang} form {name!r} names months {forms[name]} and {number}")
                forms[name] = number
        table[lang] = forms
    return table


def _dateparser_tuple(languages: list[str]) -> tuple[str, ...]:
    """The languages dateparser is given: the document's, then English, those it knows."""
    return tuple(lang for lang in dict.fromkeys([*languages, "en"]) if lang in _dateparser_languages())


def _from_dateparser(candidate: str, precision: str, languages: list[str]) -> dt.date | None:
    langs = _dateparser_tuple(languages)
    try:
        result = _dateparser(langs, precision).get_date_data(candidate).date_obj
    except (ValueError, KeyError, OverflowError):
        return None
    return result.date() if result is not None else None


@lru_cache(maxsize=64)
def _dateparser(languages: tuple[str, ...], precision: str):
    """One parser per language set: ``dateparser.parse`` builds a new one, locales and
    patterns included, on every call (about ten times the cost of the parse itself)."""
    from dateparser.date import DateDataParser  # slow import: only when a date written in words was found

    settings = {
        "REQUIRE_PARTS": ["day", "month", "year"] if precision == "day" else ["month", "year"],
        "PREFER_DAY_OF_MONTH": "first",
        "DATE_ORDER": "DMY",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    return DateDataParser(languages=list(languages), settings=settings)


@lru_cache(maxsize=1)
def _dateparser_languages() -> frozenset[str]:
    """The language codes dateparser knows: one unknown code makes it refuse every language."""
    from dateparser.languages.loader import default_loader

    return frozenset(default_loader.get_locale_map())
