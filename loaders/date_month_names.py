"""Plain dates written with a month name ("6 aprile 2024", "November 11, 2020",
"2030. május 16."), read with dateparser's own month names without running its parser.

A call of dateparser's parser costs about 1.5 ms (its locales tried, the string
translated, several parsers run); a date of these shapes needs only its month word
looked up. The answer must be the one dateparser gives, so the lookup uses its locale
data as its dictionary does (lowercase, accents off, its simplifications and numerals)
and declines, leaving the string to dateparser, whenever that reading is not certain:
a word with another meaning in one of the languages (Spanish "mar" is also Tuesday),
two languages giving two months, more than two languages, a string its simplifications
would change, or no valid date. ``tests/loaders/test_date_month_names.py`` compares it
with dateparser on every month name of every EU language in every shape.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache

_MONTH_KEYS = ("january", "february", "march", "april", "may", "june", "july", "august",
               "september", "october", "november", "december")
_WEEKDAY_KEYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WORD = r"(?P<word>[^\W\d_]+)"
# (precision, shape): single spaces only, the shapes compared with dateparser
_SHAPES = (
    ("day", re.compile(rf"(?P<day>\d{{1,2}})\.? {_WORD},? {_YEAR}")),  # 6 aprile 2024, 18. Dezember 2021, 17 June, 2023
    ("day", re.compile(rf"{_WORD} (?P<day>\d{{1,2}}),? {_YEAR}")),  # November 11, 2020
    ("day", re.compile(rf"{_YEAR}\. {_WORD} (?P<day>\d{{1,2}})\.?")),  # 2030. május 16.
    ("day", re.compile(rf"(?P<day>\d{{1,2}}) (?P<of>de) {_WORD} de {_YEAR}")),  # 27 de junio de 2023 (es, pt)
    ("month", re.compile(rf"{_WORD} {_YEAR}")),  # March 2024
    ("month", re.compile(rf"{_WORD} (?P<of>de) {_YEAR}")),  # junio de 2024
)
_MAX_LANGUAGES = 2  # the document's language and English, as compared


def _fold(word: str) -> str:
    """A word as dateparser's dictionary holds it: lowercase, no combining marks (NFKD)."""
    return "".join(c for c in unicodedata.normalize("NFKD", word.lower()) if unicodedata.category(c) != "Mn")


@lru_cache(maxsize=None)
def _locale(lang: str):
    """(locale, month of each month form (0: names two months), every word its dictionary
    knows, its weekday forms)."""
    from dateparser.conf import settings
    from dateparser.languages.loader import default_loader

    locale = default_loader.get_locale(lang)
    months: dict[str, int] = {}
    for number, key in enumerate(_MONTH_KEYS, start=1):
        for form in locale.info.get(key, []):
            folded = _fold(form)
            months[folded] = number if months.get(folded, number) == number else 0
    known = frozenset(_fold(word) for word in locale._get_dictionary(settings)._dictionary)
    weekdays = frozenset(_fold(w) for key in _WEEKDAY_KEYS for w in locale.info.get(key, []))
    skipped = frozenset(_fold(w) for key in ("skip", "pertain") for w in locale.info.get(key, []))
    return locale, months, known, weekdays, skipped


def _unchanged_by(locale, candidate: str) -> bool:
    """Whether dateparser's own rewriting (numerals, letter variants, simplifications such
    as "a" for "1") leaves the string as it is, but for its case."""
    from dateparser.conf import settings
    from dateparser.utils import normalize_unicode

    if locale._translates_letters:
        return False
    plain = normalize_unicode(locale._translate_numerals(candidate))
    return locale._simplify(plain, settings=settings) == plain.lower()


def month_name_date(candidate: str, precision: str, languages: tuple[str, ...]) -> dt.date | None:
    """The date dateparser reads in ``candidate`` with ``languages`` (as
    :func:`loaders.date_strings._from_dateparser` asks it), or None when it is not certain
    to be read the same way here: the caller then asks dateparser."""
    if len(languages) > _MAX_LANGUAGES:
        return None
    for shape_precision, shape in _SHAPES:
        m = shape.fullmatch(candidate) if shape_precision == precision else None
        if m is not None:
            try:
                return _read(m, candidate, precision, languages)
            except AttributeError:  # dateparser's locale internals moved (a new version): ask dateparser
                return None
    return None


def _read(m: re.Match[str], candidate: str, precision: str, languages: tuple[str, ...]) -> dt.date | None:
    word = _fold(m["word"])
    meanings: set[int] = set()
    for lang in languages:
        locale, months, known, weekdays, skipped = _locale(lang)
        if not _unchanged_by(locale, candidate):
            return None
        month = months.get(word)
        if month is None:
            if word in known:
                return None  # another meaning in this language
            continue  # a word this language does not know: dateparser skips the language
        if month == 0 or word in weekdays:
            return None
        if m.groupdict().get("of") and "de" not in skipped:
            return None  # "de" means nothing to skip in this language
        meanings.add(month)
    if len(meanings) != 1:
        return None
    try:
        return dt.date(int(m["year"]), meanings.pop(), int(m["day"]) if precision == "day" else 1)
    except ValueError:
        return None
