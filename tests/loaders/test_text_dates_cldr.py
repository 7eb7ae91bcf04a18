"""A dateline in every EU language and every month, as CLDR (babel) writes a date in its long
and full forms ("24 Meán Fómhair 2031", "2031. gada 24. septembris", "pühapäev, 24. august
2031"): each one is read as the document's date."""

from __future__ import annotations

import datetime as dt

import pytest
from babel.dates import format_date

from core.membership import EU_LANGUAGES
from loaders.textdates import date_near_top

_DAYS = [dt.date(2031, month, day) for month, day in zip(range(1, 13), (3, 14, 25, 6, 17, 28, 9, 20, 1, 12, 23, 4))]


@pytest.mark.parametrize("lang", sorted(EU_LANGUAGES))
@pytest.mark.parametrize("form", ["long", "full"])
def test_a_cldr_dateline_is_read_in_every_month(lang: str, form: str) -> None:
    for day in _DAYS:
        written = format_date(day, format=form, locale=lang)
        text = f"Bruxelles, {written}\n\nDeclaration\n\nThe text follows."
        found = date_near_top(text, [lang])
        assert found is not None and found.date == day, (lang, form, written, found)
