"""A page dated by its closing note ("This item was broadcast on ..."), in several languages;
and the dates near a page's end that are not its own. Every text written for these tests."""

from __future__ import annotations

import datetime as dt

import pytest

from loaders.textdates import date_near_top

# a report with no date at its top: the lighthouse story, told in the body, below a first
# paragraph long enough to put the closing lines past the top's first 400 characters
PAD = ("Keepers, harbour masters and engineers from the whole coast have asked for years for a common "
       "register of inspections, for shared training and for a fund for the smallest towers, "
       "and the question came back at every meeting of the regional councils in the last decade, "
       "without any answer from the capitals so far, until the most recent round of talks.\n\n")
BODY = {
    "de": ("Küstenländer einigen sich auf Regeln für Leuchttürme\n\nDie Küstenländer wollen ihre Leuchttürme künftig "
           "gemeinsam prüfen lassen. Ein Sprecher sagte, die Kosten würden geteilt.\n"),
    "en": ("Coastal states agree on lighthouse rules\n\nThe coastal states want to inspect their lighthouses together "
           "from now on. A spokesperson said the costs would be shared.\n"),
    "fr": ("Les États côtiers s'accordent sur les phares\n\nLes États côtiers veulent désormais contrôler leurs phares "
           "ensemble. Un porte-parole a indiqué que les coûts seraient partagés.\n"),
    "nl": ("Kuststaten eens over regels voor vuurtorens\n\nDe kuststaten willen hun vuurtorens voortaan samen laten "
           "keuren. Een woordvoerder zei dat de kosten worden gedeeld.\n"),
    "it": ("Gli Stati costieri d'accordo sui fari\n\nGli Stati costieri vogliono d'ora in poi controllare insieme i "
           "loro fari. Un portavoce ha detto che i costi saranno condivisi.\n"),
    "pl": ("Państwa nadbrzeżne porozumiały się w sprawie latarni\n\nPaństwa nadbrzeżne chcą odtąd wspólnie "
           "kontrolować swoje latarnie. Rzecznik powiedział, że koszty zostaną podzielone.\n"),
}


@pytest.mark.parametrize(
    "lang, note, expected",
    [
        ("de", "Diese Meldung wurde am 14.03.2029 im Programm gesendet.", dt.date(2029, 3, 14)),
        ("en", "This story was first published on 12 November 2029.", dt.date(2029, 11, 12)),
        ("fr", "Article paru le 3 mars 2029 dans notre édition du soir.", dt.date(2029, 3, 3)),
        ("nl", "Dit artikel verscheen eerder, gepubliceerd op 5 oktober 2029.", dt.date(2029, 10, 5)),
        ("it", "Articolo pubblicato il 21 giugno 2029.", dt.date(2029, 6, 21)),
        ("pl", "Tekst opublikowany 7 maja 2029 r.", dt.date(2029, 5, 7)),
    ],
)
def test_a_closing_note_dates_the_page(lang: str, note: str, expected: dt.date) -> None:
    found = date_near_top(PAD + BODY[lang] + "\n" + note, [lang])
    assert found is not None and found.date == expected


def test_the_note_must_close_the_page() -> None:
    # the same note followed by three more paragraphs is something the report tells
    text = (PAD + BODY["en"] + "\nThe earlier report was first published on 12 November 2029.\n"
            "Officials will meet again in spring.\nThe budget is not yet settled.\nSmall harbours want help.\n")
    assert date_near_top(text, ["en"]) is None


def test_a_closing_sentence_without_a_publication_word_is_no_note() -> None:
    text = PAD + BODY["de"] + "\nDie Minister treffen sich wieder am 14.03.2029 in Kiel."
    assert date_near_top(text, ["de"]) is None


def test_a_note_on_another_document_is_not_the_pages() -> None:
    text = PAD + BODY["en"] + "\nThe study published on 4 May 2029 found cleaner rivers."
    assert date_near_top(text, ["en"]) is None


def test_today_closing_a_report_is_no_page_label() -> None:
    # "today" is a page's date field at its top; in a closing sentence it dates an event
    text = PAD + BODY["en"] + "\nThe ministers said today that the talks resume on 14 March 2029 after the vote."
    assert date_near_top(text, ["en"]) is None


def test_a_long_closing_paragraph_is_no_note() -> None:
    text = PAD + BODY["fr"] + ("\nLe rapport de la commission des transports publié le 3 mars 2029 après de longs mois de "
                         "travail et de nombreuses auditions des gardiens, des maires et des exploitants des petits ports, "
                         "recommande un contrôle tous les deux ans et un fonds commun pour les travaux.")
    assert date_near_top(text, ["fr"]) is None


# a page whose menu pushes its title and date past the top's first 400 characters
NAV = "Home\nNews\nPolicies\nAbout us\nContact\nSearch\n" + "A menu entry with a longer label for the site\n" * 8


@pytest.mark.parametrize(
    "lang, strip",
    [
        ("nl", "Nieuwsbericht | 14-03-2029 | 10:15"),
        ("en", "Press release · 14 March 2029"),
        ("de", "Pressemitteilung | 14.03.2029"),
        ("fr", "Actualité | 14 mars 2029 | Transports"),
        ("pl", "Aktualności · 14.03.2029"),
    ],
)
def test_a_date_in_a_strip_of_short_fields_is_the_pages(lang: str, strip: str) -> None:
    found = date_near_top(NAV + "Lighthouse rules\n" + strip + "\nThe Council agreed on the rules.", [lang])
    assert found is not None and found.date == dt.date(2029, 3, 14)


@pytest.mark.parametrize(
    "strip",
    ["Menu | 14 March 2029 the ministers met and agreed", "The vote | was held on 14 March 2029 in the chamber",
     "News | 14 March 2029 | Report 12 | Transport | Ports"],
)
def test_a_date_in_a_sentence_or_a_long_strip_is_not(strip: str) -> None:
    assert date_near_top(NAV + "Lighthouse rules\n" + strip + "\nThe Council agreed on the rules.", ["en"]) is None



@pytest.mark.parametrize("house", ["de l'Assemblée nationale", "du Sénat"])
def test_a_french_parliamentary_paper_is_dated_by_its_registration(house: str) -> None:
    text = ("N° 1234\nASSEMBLÉE NATIONALE\n" + PAD + f"Enregistré à la Présidence {house} le 14 mars 2029.\n"
            "PROPOSITION DE RÉSOLUTION EUROPÉENNE\nsur la directive relative aux phares\n")
    found = date_near_top(text, ["fr"])
    assert found is not None and found.date == dt.date(2029, 3, 14)
