"""Month names looked up directly give dateparser's own answer, or no answer (strings
written here from dateparser's month names, in the shapes the lookup reads)."""

from __future__ import annotations

import datetime as dt

import pytest

from core.membership import EU_LANGUAGES
from loaders.date_month_names import _MONTH_KEYS, month_name_date
from loaders.date_strings import _dateparser_languages, _from_dateparser, parse_date

_SHAPES = ("{d} {w} {y}", "{d}. {w} {y}", "{w} {d}, {y}", "{w} {d} {y}", "{y}. {w} {d}.", "{y}. {w} {d}", "{d} {w}, {y}",
           "{d} de {w} de {y}")


def _languages() -> list[str]:
    return [lang for lang in EU_LANGUAGES if lang in _dateparser_languages()]


def _forms(lang: str) -> list[tuple[int, str]]:
    """Each month's longest name and one more (its genitive where there is one): every
    name of every language is compared once, offline, when the lookup changes."""
    from dateparser.languages.loader import default_loader

    info = default_loader.get_locale(lang).info
    out = []
    for n, key in enumerate(_MONTH_KEYS, start=1):
        names = sorted(info.get(key, []), key=len, reverse=True)[:2]
        out += [(n, name) for name in names]
    return out


@pytest.mark.parametrize("lang", _languages())
def test_every_month_name_reads_as_dateparser_reads_it(lang: str) -> None:
    languages = ("en",) if lang == "en" else (lang, "en")
    read = 0
    for i, (_, form) in enumerate(_forms(lang)):
        word = form.capitalize() if i % 2 else form.lower()
        day = 1 + (7 * i) % 31
        candidate = _SHAPES[i % len(_SHAPES)].format(d=day, w=word, y=2000 + i % 30)
        fast = month_name_date(candidate, "day", languages)
        if fast is not None:
            read += 1
            assert fast == _from_dateparser(candidate, "day", list(languages)), candidate
        written = f"{word} de 2024" if i % 3 == 0 else f"{word} 2024"
        month = month_name_date(written, "month", languages)
        if month is not None:
            assert month == _from_dateparser(written, "month", list(languages)).replace(day=1), written
    assert read > 0  # most names are read here, not left to dateparser


@pytest.mark.parametrize(
    ("candidate", "languages", "expected"),
    [
        ("6 aprile 2024", ("it", "en"), dt.date(2024, 4, 6)),
        ("November 11, 2020", ("en",), dt.date(2020, 11, 11)),
        ("2030. május 16.", ("hu", "en"), dt.date(2030, 5, 16)),
        ("18. Dezember 2021", ("de", "en"), dt.date(2021, 12, 18)),
        ("22 Ιουλίου 2022", ("el", "en"), dt.date(2022, 7, 22)),
        ("27 de junio de 2023", ("es", "en"), dt.date(2023, 6, 27)),
        ("6 de junho de 2024", ("pt", "en"), dt.date(2024, 6, 6)),
        ("17 June, 2023", ("en",), dt.date(2023, 6, 17)),
    ],
)
def test_plain_dates_are_read(candidate: str, languages: tuple[str, ...], expected: dt.date) -> None:
    assert month_name_date(candidate, "day", languages) == expected


@pytest.mark.parametrize(
    ("candidate", "languages"),
    [
        ("15 mar 2024", ("es", "en")),  # Spanish "mar": March or Tuesday
        ("31 February 2024", ("en",)),  # no such day: dateparser decides
        ("6 aprile 2024", ("it", "fr", "en")),  # three languages: not compared
        ("6 del junio de 2023", ("es", "en")),  # a word besides the month and "de": not a plain shape
        ("6  aprile 2024", ("it", "en")),  # two spaces: not a plain shape
        ("6 Mittwoch 2024", ("de", "en")),  # a weekday, not a month
    ],
)
def test_uncertain_readings_are_left_to_dateparser(candidate: str, languages: tuple[str, ...]) -> None:
    assert month_name_date(candidate, "day", languages) is None


def test_parse_date_gives_the_same_date_either_way() -> None:
    assert parse_date("6 aprile 2024", "day", ["it"]) == _from_dateparser("6 aprile 2024", "day", ["it"])
    assert parse_date("6 de junio de 2023", "day", ["es"]) == _from_dateparser("6 de junio de 2023", "day", ["es"])
    assert parse_date("6 del junio de 2023", "day", ["es"]) == _from_dateparser("6 del junio de 2023", "day", ["es"])


def test_a_dateparser_without_the_locale_internals_leaves_every_date_to_its_parser(monkeypatch) -> None:
    import loaders.date_month_names as names

    def moved(lang: str):
        raise AttributeError("'Locale' object has no attribute '_get_dictionary'")

    monkeypatch.setattr(names, "_locale", moved)
    assert month_name_date("6 aprile 2024", "day", ("it", "en")) is None
    assert parse_date("6 aprile 2024", "day", ["it"]) == dt.date(2024, 4, 6)
