"""Kind: guidance titled below a page's chrome, a page listing guidance, and a title split by
a dash that is no dateline; in several languages, every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


# --- guidance titled below a page's chrome ------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "European Board for Drone Safety and Privacy\nMenu\nGuidelines 3/2031 on the use of drones by public bodies\n"
               "Version 1.0\n1. Scope\nThese guidelines explain how the rules apply to public bodies that fly drones."),
        ("de", "Europäischer Ausschuss für Drohnen und Datenschutz in Europa\nSuche\nLeitlinien 3/2031 zum Einsatz von Drohnen durch Behörden\n"
               "Fassung 1.0\n1. Anwendungsbereich\nDiese Leitlinien erläutern, wie die Regeln für Behörden gelten."),
        ("fr", "Comité européen pour les drones et la vie privée\nRecherche\nLignes directrices 3/2031 sur l'usage des drones par les autorités\n"
               "Version 1.0\n1. Champ d'application\nCes lignes directrices précisent les règles applicables."),
        ("es", "Comité Europeo de drones y de protección de datos\nBuscar\nDirectrices 3/2031 sobre el uso de drones por las autoridades\n"
               "Versión 1.0\n1. Ámbito\nEstas directrices explican cómo se aplican las normas."),
        ("pl", "Europejska Rada do spraw dronów i ochrony danych\nSzukaj\nWytyczne 3/2031 w sprawie używania dronów przez organy publiczne\n"
               "Wersja 1.0\n1. Zakres\nNiniejsze wytyczne wyjaśniają stosowanie przepisów."),
    ],
)
def test_a_guidance_title_below_the_chrome_makes_a_guideline(lang: str, text: str) -> None:
    assert signals(text, [lang]).guideline_title
    assert k(text, lang) == "guideline"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Leitlinien des Europäischen Ausschusses für Drohnen und Datenschutz\nHier finden Sie die Leitlinien, die der Ausschuss angenommen hat.\n2031\n"
               "Leitlinien 4/2031 zur Videoüberwachung\nLeitlinien 3/2031 zum Einsatz von Drohnen\n"
               "Leitlinien 2/2031 zur Speicherdauer\nLeitlinien 1/2031 zu Auskunftsrechten"),
        ("en", "Guidelines of the European Board for Drone Safety\nBelow are the guidelines the Board has adopted.\n2031\n"
               "Guidelines 4/2031 on video surveillance\nGuidelines 3/2031 on drones\n"
               "Guidelines 2/2031 on storage periods\nGuidelines 1/2031 on access rights"),
    ],
)
def test_a_page_listing_guidance_is_no_guideline(lang: str, text: str) -> None:
    assert not signals(text, [lang]).guideline_title
    assert k(text, lang) != "guideline"


def test_guidance_the_commission_publishes_on_eurlex_is_a_guideline() -> None:
    text = ("This document is an excerpt from the EUR-Lex website\nDocument 52031XC0512(01)\n"
            "COMMUNICATION FROM THE COMMISSION\nGuidelines on the notion of a public drone operator\n"
            "1. Introduction\nThese guidelines set out how the Commission reads the notion.")
    assert k(text, "en") == "guideline"


def test_a_sentence_with_a_guidance_word_under_a_title_is_no_guidance_title() -> None:
    # Greek "σύσταση" is a recommendation and also the setting up of a body
    text = ("Διακήρυξη για τη συνεργασία στους ποταμούς\n\nΟι Πρωθυπουργοί των δύο χωρών,\n\n"
            "Αποφάσισαν τη σύσταση μόνιμης επιτροπής.")
    assert not signals(text, ["el"]).guideline_title


def test_news_about_new_guidance_stays_news() -> None:
    text = ("Regulator issues drone guidance\n\nBRUSSELS, 3 May 2031 (Reuters) - The regulator on Tuesday published "
            "guidelines on drones, officials said.\n\n\"This is overdue,\" one lawyer said.")
    assert k(text, "en") == "news"


# --- a title split by a dash is no dateline -------------------------------------------------------

@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "DRONES - Rules for public bodies\nThe ministry explains which rules apply to public bodies that fly drones."),
        ("pl", "DRONY - Przepisy dla organów publicznych\nMinisterstwo wyjaśnia, jakie przepisy obowiązują organy publiczne."),
        ("de", "DROHNEN – Regeln für Behörden\nDas Ministerium erklärt, welche Regeln für Behörden gelten."),
        ("it", "DRONI - Norme per le autorità\nIl ministero spiega quali norme si applicano alle autorità pubbliche."),
    ],
)
def test_a_title_split_by_a_dash_is_no_dateline(lang: str, text: str) -> None:
    assert not signals(text, [lang]).dateline


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Drone rules agreed\nLISBON - Ministers agreed on Tuesday to tighten the rules for public drones, officials said."),
        ("pl", "Porozumienie w sprawie dronów\nWARSZAWA - Ministrowie uzgodnili we wtorek ostrzejsze przepisy dla dronów."),
        ("de", "Einigung über Drohnen\nWIEN – Die Minister einigten sich am Dienstag auf strengere Regeln für Drohnen."),
    ],
)
def test_a_place_in_capitals_opening_the_lead_is_a_dateline(lang: str, text: str) -> None:
    assert signals(text, [lang]).dateline
    assert k(text, lang) == "news"
