"""Dates written at the top of a document, in several languages; dates deeper in are ignored."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.textdates import date_near_top


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        ("Sunday, November 24, 2024\n\nNews", ["en"], dt.date(2024, 11, 24)),
        ("Bruksela, 24 listopada 2024\n\nTreść", ["pl"], dt.date(2024, 11, 24)),
        ("Berlin, 24. November 2024", ["de"], dt.date(2024, 11, 24)),
        ("Budapest, 2024. november 24.", ["hu"], dt.date(2024, 11, 24)),
        ("Αθήνα, 24 Νοεμβρίου 2024", ["el"], dt.date(2024, 11, 24)),
        ("Helsinki 24.11.2024", ["fi"], dt.date(2024, 11, 24)),
    ],
)
def test_a_dateline_at_the_top_is_read(text, languages, expected):
    found = date_near_top(text, languages)
    assert found is not None and found.date == expected and found.precision == "day"
    assert text[found.start : found.end] == found.quote


def test_month_and_year_give_month_precision():
    found = date_near_top("Report, March 2023\n\nBody.", ["en"])
    assert (found.date, found.precision) == (dt.date(2023, 3, 1), "month")


def test_dates_deep_in_the_text_are_ignored():
    text = "A title\n\n" + "Filler sentence without any dates at all. " * 20 + "Signed on 24 November 2024."
    assert date_near_top(text, ["en"]) is None


def test_act_numbers_are_not_dates():
    assert date_near_top("Regulation (EU) 2021/821 and COM(2016) 616", ["en"]) is None
