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
    from loaders.date_strings import month_forms

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


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        # English ordinals, with and without commas
        ("Joint Statement\n\n30th March, 2023\n\nText.", ["en"], dt.date(2023, 3, 30)),
        ("Joint Statement, March 30th 2023", ["en"], dt.date(2023, 3, 30)),
        ("London, 1st of April 2024", ["en"], dt.date(2024, 4, 1)),
        ("Paris, le 1er avril 2024", ["fr"], dt.date(2024, 4, 1)),
        ("Berlin, 1. April 2024", ["de"], dt.date(2024, 4, 1)),
        ("Warszawa, 1 kwietnia 2024 r.", ["pl"], dt.date(2024, 4, 1)),
        ("Rīgā, 2024. gada 1. aprīlī", ["lv"], dt.date(2024, 4, 1)),
        ("Αθήνα, 1η Απριλίου 2024", ["el"], dt.date(2024, 4, 1)),  # Greek ordinal day, genitive month
        ("София, 1 април 2024 г.", ["bg"], dt.date(2024, 4, 1)),
        ("4 decembrie, 2023\nUn document", ["ro"], dt.date(2023, 12, 4)),
        # numeric shapes of web pages
        ("Aktuálně\n\n22. 5. 2016 19:13\n\nText", ["cs"], dt.date(2016, 5, 22)),
        ("Titel\n\n2018.11.02\n\nText", ["de"], dt.date(2018, 11, 2)),
        ("Pealkiri\n\n27.09.2023Eesti Liit teatas", ["et"], dt.date(2023, 9, 27)),  # glued to the next word
        ("Briefing 20-07-2021\n\nText", ["en"], dt.date(2021, 7, 20)),
        # the date closing a long title line, and the date an act gives itself after its number
        ("Déclaration commune des gouvernements sur la coopération numérique et la sécurité des réseaux (30 mars 2023)\n\nNous",
         ["fr"], dt.date(2023, 3, 30)),
        ("Commission Recommendation (EU) 2030/42 of 1 June 2030 on monitoring exports of surveillance items under "
         "Article 5 of the Regulation\n\nOJ L 2.6.2030", ["en"], dt.date(2030, 6, 1)),
    ],
)
def test_title_and_dateline_dates_in_many_shapes(text, languages, expected):
    found = date_near_top(text, languages)
    assert found is not None and (found.date, found.precision) == (expected, "day")
    assert text[found.start : found.end] == found.quote


def test_iso_year_and_month_gives_month_precision():
    found = date_near_top("date 2024-03 Suomi liittyy julistukseen.", ["fi"])
    assert (found.date, found.precision) == (dt.date(2024, 3, 1), "month")


@pytest.mark.parametrize(
    "text, languages",
    [("Brussels, 2018\n\nText", ["en"]), ("2018\n\nText", ["en"]), ("Den Haag, 2018\n\nTekst", ["nl"]),
     ("Wspólny apel organizacji (2018)\n\nTekst", ["pl"])],
)
def test_a_year_alone_keeps_year_precision(text, languages):
    found = date_near_top(text, languages)
    assert (found.date, found.precision) == (dt.date(2018, 1, 1), "year")


@pytest.mark.parametrize(
    "text, languages",
    [
        ("The ministers met in 2018 and agreed on a long list of things to do together.", ["en"]),
        ("Sent by mail 2024 edition", ["en"]),
        ("COM(2016) 616\n\nText", ["en"]),
        ("Report 2016-17\n\nText", ["en"]),
        ("On the 14th and 15th of March 2023 the ministers of both countries met in Lisbon for a long summit on many issues.", ["en"]),
        ("Nos dias 14 e 15 de março de 2023 realizou-se em Lisboa a cimeira dos dois governos, com muitos ministros e temas "
         "diversos em cima da mesa.", ["pt"]),
        ("Die gemeinsame Erklärung der Staaten vom 12. März 2024 wurde gestern von weiteren Staaten unterzeichnet.", ["de"]),
    ],
)
def test_years_and_dates_inside_sentences_are_not_the_documents_date(text, languages):
    assert date_near_top(text, languages) is None


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        ("A title here\n\nExtract from an article by Jane Doe, published on a news site on 21/06/2023 - read it there.", ["en"],
         dt.date(2023, 6, 21)),
        ("Un titre ici\n\nArticle de Marie Dupont, publié sur un site le 3 mars 2024, avec des commentaires de lecteurs.", ["fr"],
         dt.date(2024, 3, 3)),
        ("Ein Titel\n\nEin Beitrag von Hans Meier, zuerst veröffentlicht in einer Zeitung am 5. Mai 2024 mit Bildern.", ["de"],
         dt.date(2024, 5, 5)),
        ("Tytuł\n\nArtykuł Jana Kowalskiego w portalu informacyjnym, opublikowano 7 czerwca 2024 wraz z komentarzami.", ["pl"],
         dt.date(2024, 6, 7)),
    ],
)
def test_a_date_after_a_publication_label_in_a_sentence_is_the_pages_date(text, languages, expected):
    assert date_near_top(text, languages).date == expected


@pytest.mark.parametrize(
    "text, languages, expected",
    [("Un titre\n\n17/01/18 à 14:54 - Mise à jour à 14:55\n\nTexte", ["fr"], dt.date(2018, 1, 17)),
     ("Ein Titel\n\n05.02.24 10:30\n\nText", ["de"], dt.date(2024, 2, 5)),
     ("Un titolo\n\n5/2/24\n\nTesto", ["it"], dt.date(2024, 2, 5))],
)
def test_a_two_digit_year_only_as_a_pages_date_line(text, languages, expected):
    found = date_near_top(text, languages)
    assert (found.date, found.precision) == (expected, "day")


def test_a_two_digit_year_inside_a_sentence_is_no_date():
    assert date_near_top("Title\n\nThe ratio moved from 1/2/24 to a new level in the tests.", ["en"]) is None


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        ("Page header 31.7.2030\n\nDURCHFÜHRUNGSVERORDNUNG (EU) Nr. 809/2030 DER KOMMISSION vom 17. Juli 2030 mit Bestimmungen",
         ["de"], dt.date(2030, 7, 17)),
        ("Recommandation (UE) 2030/42 de la Commission du 11 octobre 2030 concernant des orientations\nLA COMMISSION EUROPÉENNE,",
         ["fr"], dt.date(2030, 10, 11)),
        ("ROZPORZĄDZENIE (UE) 2030/17 z dnia 2 maja 2030 r. w sprawie przepisów", ["pl"], dt.date(2030, 5, 2)),
        ("Regulation (EU) 2030/17 of 2 May 2030 on export rules\n\nOJ L 3.5.2030", ["en"], dt.date(2030, 5, 2)),
    ],
)
def test_an_acts_own_date_wins_over_the_page_date(text, languages, expected):
    assert date_near_top(text, languages).date == expected


def test_the_date_of_an_act_cited_in_the_citations_is_not_the_documents_date():
    text = ("Preamble\n\nTHE EUROPEAN COMMISSION,\n\nHaving regard to Regulation (EC) No 1234/2009 of the Council of "
            "30 November 2009 on trade, in particular Article 8 thereof,\n\nWhereas:")
    assert date_near_top(text, ["en"]) is None


def test_a_date_closing_the_subtitle_line():
    text = "Item 4: Coalition network\n\nItem 4: Joint Statement by the network in the general debate. Statement, 25 June 2030.\n\nText"
    assert date_near_top(text, ["en"]).date == dt.date(2030, 6, 25)


@pytest.mark.parametrize(
    "text, languages, expected",
    [
        ("Ministers meet\n\n1. The ministers of the three countries held a meeting today, 29 October 2030, in Nicosia.", ["en"],
         dt.date(2030, 10, 29)),
        ("Réunion\n\n1. Les ministres des trois pays se sont réunis aujourd'hui, 29 octobre 2030, à Nicosie.", ["fr"],
         dt.date(2030, 10, 29)),
        ("Treffen\n\n1. Die Minister der drei Länder trafen sich heute, am 29. Oktober 2030, in Nikosia.", ["de"],
         dt.date(2030, 10, 29)),
        ("Spotkanie\n\n1. Ministrowie trzech państw spotkali się dzisiaj, 29 października 2030 r., w Nikozji.", ["pl"],
         dt.date(2030, 10, 29)),
    ],
)
def test_a_date_right_after_today_is_the_day_of_writing(text, languages, expected):
    assert date_near_top(text, languages).date == expected


@pytest.mark.parametrize(
    "text, languages",
    [("Europaudvalget 2008-09\n\nRådsmøde om landbrug", ["da"]), ("Season 2019-10 report\n\nText", ["en"]),
     ("Annual review 2021-11 of the office and its many tasks\n\nText", ["en"])],
)
def test_a_year_and_month_without_a_label_is_no_date(text, languages):
    assert date_near_top(text, languages) is None


def test_a_cited_acts_date_deep_in_a_joined_paragraph_is_not_taken():
    text = ("Udvalget 2030-31 KOM (2030) 0305 Bilag 1 Offentligt " + "ord " * 60 +
            "jf. forordning (EU) 2030/2115 af 22. juni 2030 om strategiske planer og flere ord")
    assert date_near_top(text, ["da"]) is None
