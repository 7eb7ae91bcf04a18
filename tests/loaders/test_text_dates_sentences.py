"""A document's own date against dates its sentences talk about, and a page's date printed
alone on its line under a long header; every text written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.date_places import in_a_sentence, only_a_date_on_its_line
from loaders.textdates import date_near_top


def found(text: str, lang: str) -> dt.date | None:
    r = date_near_top(text, [lang])
    return r.date if r else None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On 12 March 2030 the ministers met in Brussels to discuss the regulation."),
        ("en", "On 12 March 2030, the ministers met in Brussels and agreed to meet again."),
        ("de", "Am 12.03.2030 hat die Kommission ihr Arbeitsprogramm vorgestellt."),
        ("fr", "Le 12 mars 2030, les ministres se sont réunis à Bruxelles."),
        ("es", "El 12 de marzo de 2030 los ministros se reunieron en Bruselas."),
        ("it", "Il 12 marzo 2030 il governo ha approvato il testo."),
        ("en", "The Commission has on 12 March 2030 its guidelines on the act published:"),
        ("en", "Ministers reject plan\nThe minister said the regulation goes too far. It was proposed on 11 May 2030."),
    ],
)
def test_a_date_inside_a_sentence_is_not_the_documents(lang: str, text: str) -> None:
    assert found(text, lang) is None


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        ("en", "Brussels, 12 March 2030, the ministers met", dt.date(2030, 3, 12)),
        ("en", "Council conclusions of 12 March 2030 on media freedom\nThe Council adopted", dt.date(2030, 3, 12)),
        ("en", "Joint statement on cyber security (12 March 2030)\nWe, the ministers", dt.date(2030, 3, 12)),
        ("it", "12 marzo 2030 alle ore 10:15\nIl governo ha approvato", dt.date(2030, 3, 12)),
        ("de", "12. März 2030 um 10:15 Uhr\nDie Ministerin", dt.date(2030, 3, 12)),
        ("en", "Posted on 12 March 2030 by the editors\nThe minister", dt.date(2030, 3, 12)),
        ("fr", "Paris, le 12 mars 2030 – Le gouvernement a annoncé", dt.date(2030, 3, 12)),
    ],
)
def test_datelines_titles_and_labels_keep_their_date(lang: str, text: str, date: dt.date) -> None:
    assert found(text, lang) == date


def test_in_a_sentence_reads_the_clause_after_and_the_sentence_around() -> None:
    text = "On 12 March 2030 the ministers met."
    assert in_a_sentence(text, 3, 16)
    text = "Vienna, 12 March 2030 the ministers met."
    assert not in_a_sentence(text, 8, 21)  # a place before it opens a dateline


HEADER = "\n".join(f"Section {n} of the site menu" for n in range(1, 20)) + "\n"  # longer than the top read


@pytest.mark.parametrize(
    ("lang", "line", "date"),
    [
        ("en", "Tuesday, 12 March 2030", dt.date(2030, 3, 12)),
        ("de", "12.03.2030 | 10:15 Uhr", dt.date(2030, 3, 12)),
        ("fr", "mardi 12 mars 2030", dt.date(2030, 3, 12)),
        ("pl", "12 marca 2030", dt.date(2030, 3, 12)),
        ("hu", "2030. március 12., kedd", dt.date(2030, 3, 12)),
        ("nl", "12 maart 2030 10:15", dt.date(2030, 3, 12)),
    ],
)
def test_a_date_alone_on_its_line_under_a_long_header(lang: str, line: str, date: dt.date) -> None:
    text = HEADER + "Title of the page\n" + line + "\nThe text of the page begins here and goes on."
    assert len(HEADER) > 400
    assert found(text, lang) == date


def test_a_date_in_a_line_with_more_words_under_a_long_header_is_not_taken() -> None:
    text = HEADER + "The ministers will meet again on 12 March 2030 in Vienna\nMore text."
    assert found(text, "en") is None
    line = "The ministers will meet on 12 March 2030"
    assert not only_a_date_on_its_line(line, line.index("12"), len(line))


@pytest.mark.parametrize("text", ["2030 spalio 12 d.\nVyriausybė", "Vilnius, 2030 m. spalio 12 d.\nVyriausybė"])
def test_lithuanian_dates_with_or_without_the_year_abbreviation(text: str) -> None:
    assert found(text, "lt") == dt.date(2030, 10, 12)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ministry of Foreign Affairs of Utopia Press release 12 March 2030 The minister met his counterparts in "
               "Vienna and discussed the situation in the region at length with all of them."),
        ("de", "Bundesministerium für Dinge Pressemitteilung vom 12. März 2030 Die Ministerin hat heute in Berlin die "
               "neue Strategie vorgestellt und ausführlich erläutert."),
        ("fr", "Ministère des Choses Communiqué de presse du 12 mars 2030 La ministre a présenté aujourd'hui à Paris la "
               "nouvelle stratégie et l'a longuement commentée."),
        ("pl", "Ministerstwo Spraw Różnych Komunikat prasowy 12 marca 2030 Minister przedstawił dziś w Warszawie nową "
               "strategię i omówił ją szczegółowo z dziennikarzami."),
    ],
)
def test_a_press_release_header_dates_a_text_whose_lines_were_joined(lang: str, text: str) -> None:
    assert found(text, lang) == dt.date(2030, 3, 12)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("es", "Referencia 45/2030 | Fecha: 12/03/2030 | Página 1 de 4"),
        ("pl", "Sygnatura 45/2030 | Data: 12.03.2030 | Strona 1 z 4"),
        ("fi", "Diaarinumero 45/2030 | Päivämäärä: 12.3.2030 | Sivu 1/4"),
        ("hu", "Ügyszám 45/2030 | Dátum: 2030.03.12. | Oldal 1/4"),
    ],
)
def test_a_date_field_in_a_table_row_under_a_long_header(lang: str, line: str) -> None:
    text = HEADER + "Title of the document\n" + line + "\nThe text of the document begins here."
    assert found(text, lang) == dt.date(2030, 3, 12)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Export rules for surveillance tools\nLast modified: 12 March 2030\nThe page explains the rules."),
        ("fr", "Règles d'exportation\nModifié le 12 mars 2030\nCette page explique les règles."),
        ("de", "Ausfuhrregeln\nErstellt am 12.03.2030\nDiese Seite erklärt die Regeln."),
        ("nl", "Exportregels\nLaatst gewijzigd op 12 maart 2030\nDeze pagina legt de regels uit."),
    ],
)
def test_a_pages_modified_label_dates_it(lang: str, text: str) -> None:
    assert found(text, lang) == dt.date(2030, 3, 12)
