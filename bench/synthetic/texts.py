"""The texts per language (``T``), and how a language joins names and writes a date."""

from __future__ import annotations

import datetime as dt
import random

from bench.synthetic.layouts import LANGS, NEWS_LANGS
from bench.synthetic.texts_news_languages import NEWS_TEXTS
from bench.synthetic.texts_statement_languages import STATEMENT_TEXTS

# One dict of texts per language, in the order of LANGS (placeholders: texts_news_languages.py).
T: dict[str, dict] = {**NEWS_TEXTS, **STATEMENT_TEXTS}
assert set(T) == set(LANGS)
assert all("stances" in T[lang] for lang in NEWS_LANGS)


def join_names(lang: str, names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + T[lang]["and_"] + names[-1]


def date_text(lang: str, day: dt.date, rng: random.Random) -> str:
    """A date in one of the shapes the language writes (CLDR month names via babel)."""
    from babel.dates import get_month_names

    month = get_month_names("wide", context="format", locale=lang)[day.month]
    shapes = {
        "en": [f"{day.day} {month} {day.year}", f"{month} {day.day}, {day.year}", f"{day.day}{_ordinal(day.day)} {month}, {day.year}", day.isoformat()],
        "fr": [f"le {day.day if day.day > 1 else '1er'} {month} {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"],
        "de": [f"{day.day}. {month} {day.year}", f"{day.day:02d}.{day.month:02d}.{day.year}"],
        "es": [f"{day.day} de {month} de {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"],
        "it": [f"{day.day} {month} {day.year}", f"{day.day:02d}/{day.month:02d}/{day.year}"],
        "pl": [f"{day.day} {month} {day.year} r.", f"{day.day:02d}.{day.month:02d}.{day.year}"],
        "nl": [f"{day.day} {month} {day.year}", f"{day.day:02d}-{day.month:02d}-{day.year}"],
        "sv": [f"den {day.day} {month} {day.year}", day.isoformat()],
        "lv": [f"{day.year}. gada {day.day}. {month}", f"{day.day:02d}.{day.month:02d}.{day.year}."],
        "lt": [f"{day.year} m. {month} {day.day} d.", day.isoformat()],
        "hu": [f"{day.year}. {month} {day.day}.", f"{day.year}.{day.month:02d}.{day.day:02d}."],
    }.get(lang, [f"{day.day}. {month} {day.year}" if lang in ("cs", "fi") else f"{day.day} {month} {day.year}",
                 f"{day.day:02d}.{day.month:02d}.{day.year}"])
    return rng.choice(shapes)


def _ordinal(n: int) -> str:
    return "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
