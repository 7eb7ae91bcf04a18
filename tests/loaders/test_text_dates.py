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
        # Inflected month names, one language each (month table or dateparser, whichever knows them)
        ("Rīgā, 2024. gada 24. novembrī\n\nKopīgais paziņojums", ["lv"], dt.date(2024, 11, 24)),  # locative
        ("Rīga, 2024. gada 3. martā", ["lv"], dt.date(2024, 3, 3)),
        ("Warszawa, 24 listopada 2024 r.", ["pl"], dt.date(2024, 11, 24)),  # genitive
        ("Helsinki, 24. marraskuuta 2024", ["fi"], dt.date(2024, 11, 24)),  # partitive
        ("Budapest, 2024. november 24-én", ["hu"], dt.date(2024, 11, 24)),
        ("Vilnius, 2024 m. lapkričio 24 d.", ["lt"], dt.date(2024, 11, 24)),  # genitive
        ("Tallinn, 24. novembril 2024", ["et"], dt.date(2024, 11, 24)),  # adessive
        ("Ljubljana, 24. novembra 2024", ["sl"], dt.date(2024, 11, 24)),  # genitive
        ("Valletta, 24 ta' Novembru 2024", ["mt"], dt.date(2024, 11, 24)),
        ("Madrid, 24 de noviembre de 2024", ["es"], dt.date(2024, 11, 24)),
        ("Lisboa, 24 de novembro de 2024", ["pt"], dt.date(2024, 11, 24)),
        ("Bruxelles, le 1er mars 2024", ["fr"], dt.date(2024, 3, 1)),
        ("Praha 24. listopadu 2024", ["cs"], dt.date(2024, 11, 24)),
        ("Zagreb, 24. studenoga 2024.", ["hr"], dt.date(2024, 11, 24)),
        ("Washington, 11/24/2024", ["en"], dt.date(2024, 11, 24)),  # month first only when day first is impossible
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


@pytest.mark.parametrize(
    "text, languages, expected",
    [("Rīgā, 2024. gada novembrī", ["lv"], dt.date(2024, 11, 1)), ("Vilnius, 2024 m. lapkritį", ["lt"], dt.date(2024, 11, 1)),
     ("Ljubljana, novembra 2024", ["sl"], dt.date(2024, 11, 1)), ("Helsinki, marraskuussa 2024", ["fi"], dt.date(2024, 11, 1))],
)
def test_inflected_month_and_year_give_month_precision(text, languages, expected):
    found = date_near_top(text, languages)
    assert (found.date, found.precision) == (expected, "month")


def test_a_month_word_counts_only_in_the_documents_own_languages():
    assert date_near_top("Tallinn, 24. mail 2024", ["et"]).date == dt.date(2024, 5, 24)
    assert date_near_top("Sent by mail 2024 edition", ["en"]) is None
    assert date_near_top("Vilnius, 2024 m. lapkričio 24 d.", ["en"]) is None


def test_impossible_dates_are_not_dates():
    assert date_near_top("Berlin, 31.02.2024", ["de"]) is None
    assert date_near_top("Rīgā, 2024. gada 31. februārī", ["lv"]) is None


def test_a_date_inside_a_long_opening_sentence_is_not_the_documents_date():
    opening = ("We, the governments of Austria, Belgium and Chile, recalling the joint statement we made on "
               "18 March 2023 and its commitments, recognise the threat posed by commercial spyware.")
    assert date_near_top(f"Joint statement\n\n{opening}", ["en"]) is None
    dateline = "BRUSSELS, 24 November 2024 — " + opening
    assert date_near_top(dateline, ["en"]).date == dt.date(2024, 11, 24)


def test_the_month_table_is_well_formed():
    from loaders.textdates import month_forms

    table = month_forms()
    assert {"lv", "lt", "et", "sl", "mt"} <= set(table)
    for forms in table.values():
        assert set(forms.values()) == set(range(1, 13))
        assert all(form == form.lower() for form in forms)
    assert table["lv"]["novembrī"] == 11 and table["lt"]["lapkričio"] == 11


def test_a_latvian_dateline_becomes_the_documents_date(tmp_path):
    from loaders.pipeline import extract_bytes

    text = ("Rīgā, 2024. gada 24. novembrī\n\nKopīgais paziņojums par komerciālo spiegprogrammatūru\n\n"
            "Mēs, Igaunijas, Lietuvas un Polijas valdības, atzīstam draudus, ko rada komerciālās "
            "spiegprogrammatūras ļaunprātīga izmantošana, un apņemamies sadarboties.")
    doc = extract_bytes(text.encode(), source="lv.txt", metadata_dir=tmp_path / "none")
    assert doc.languages == ["lv"] and (doc.date, doc.date_precision) == (dt.date(2024, 11, 24), "day")
    (source,) = [s for s in doc.field_sources if s.field == "date"]
    assert source.origin == "text" and "2024. gada 24. novembrī" in source.detail
