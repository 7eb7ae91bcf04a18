"""An organisation no registry holds as the author of its own release (its voice in the lead
on a page with its label or letterhead, or its closing "About" note), and the news layouts
that only report it."""

from __future__ import annotations

import pytest

from core.model import LanguageBlock
from loaders.rules.authors_unregistered import unregistered_about, unregistered_voice
from loaders.rules.context import DocContext, make_context


def _ctx(text: str, lang: str) -> DocContext:
    return make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])


@pytest.mark.parametrize(
    ("lang", "text", "name", "kind"),
    [
        ("en", "Press release\n\nHarbour lights must stay on\n\nThe Lantern Keepers Network (LKN) welcomes the decision of the "
               "harbour board to keep every light on through the winter.\n", "Lantern Keepers Network", "ngo"),
        ("de", "Pressemitteilung\n\nHafenlichter bleiben an\n\nBERLIN – Die Laternen-Stiftung fordert von der Hafenbehörde, "
               "alle Lichter auch im Winter brennen zu lassen.\n", "Laternen-Stiftung", "ngo"),
        ("fr", "Fédération des Gardiens de Lanterne\n\nLes phares doivent rester allumés\n\nLa Fédération des Gardiens de Lanterne "
               "salue la décision du conseil portuaire de garder tous les feux allumés cet hiver.\n",
         "Fédération des Gardiens de Lanterne", "ngo"),
    ],
)
def test_an_unregistered_organisation_speaking_in_its_own_release_is_its_author(lang: str, text: str, name: str, kind: str) -> None:
    found = unregistered_voice(_ctx(text, lang))
    assert [(a.actor.name, a.actor.org_kind, a.actor.kind) for a in found] == [(name, kind, "organization")]
    a = found[0]
    assert a.evidence.extractor == "authors.unregistered_voice"
    assert a.evidence.start is not None and text[a.evidence.start : a.evidence.end] == name


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # news: no release label, no letterhead
        ("en", "Harbour lights must stay on\n\nThe Lantern Keepers Network (LKN) welcomes the decision of the harbour board "
               "to keep every light on through the winter.\n"),
        # a release whose lead reports the organisation in the past tense
        ("en", "Press release\n\nHarbour lights\n\nThe Lantern Keepers Network welcomed the decision of the harbour board "
               "to keep every light on through the winter.\n"),
        # a state body opening the lead
        ("de", "Pressemitteilung\n\nHafenlichter\n\nDas Bundesamt für Laternen fordert von der Hafenbehörde, alle Lichter "
               "auch im Winter brennen zu lassen.\n"),
    ],
)
def test_news_past_tense_and_state_bodies_give_no_unregistered_author(lang: str, text: str) -> None:
    assert unregistered_voice(_ctx(text, lang)) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Lights on\n\nThe harbour board voted to keep the lights on.\nMore text follows here.\n\nAbout Lantern Keepers Network\n"
               "The Lantern Keepers Network is a group of 40 harbour clubs.\n", "Lantern Keepers Network"),
        ("es", "Faros\n\nLa junta del puerto votó mantener los faros.\nMás texto aquí.\n\nAcerca de Fundación Faro Abierto\n"
               "La Fundación Faro Abierto reúne a 40 clubes de puerto.\n", "Fundación Faro Abierto"),
        ("it", "Fari\n\nIl consiglio del porto ha votato.\nAltro testo.\n\nInformazioni su Associazione Lanterne Libere: "
               "l'Associazione Lanterne Libere riunisce 40 club portuali.\n", "Associazione Lanterne Libere"),
    ],
)
def test_a_closing_about_note_naming_the_organisation_gives_its_author(lang: str, text: str, name: str) -> None:
    assert [a.actor.name for a in unregistered_about(_ctx(text, lang))] == [name]


def test_an_about_heading_whose_note_names_someone_else_is_not_enough() -> None:
    text = ("Lights on\n\nThe harbour board voted.\nMore text.\n\nAbout Lantern Keepers Network\n"
            "This page was written by a visiting reporter.\n")
    assert unregistered_about(_ctx(text, "en")) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Lights on\n\nThe harbour board voted to keep the lights on.\nMore text follows here.\n\nAbout LKN\n"
               "The Lantern Keepers Network (LKN) is a group of 40 harbour clubs.\n", "Lantern Keepers Network"),
        ("pl", "Latarnie\n\nZarząd portu zagłosował.\nWięcej tekstu.\n\nO Fundacji Wolna Latarnia\n"
               "Fundacja Wolna Latarnia zrzesza 40 klubów portowych.\n", "Fundacja Wolna Latarnia"),
    ],
)
def test_an_acronym_heading_spelled_out_by_its_note_and_a_slavic_heading_with_its_locative(lang: str, text: str, name: str) -> None:
    assert [a.actor.name for a in unregistered_about(_ctx(text, lang))] == [name]


def test_an_acronym_heading_whose_note_spells_out_another_acronym_is_not_enough() -> None:
    text = ("Lights on\n\nThe harbour board voted.\nMore text.\n\nAbout LKN\n"
            "The Harbour Clubs Federation (HCF) is a group of 40 harbour clubs.\n")
    assert unregistered_about(_ctx(text, "en")) == []


def test_o_opens_no_about_note_in_portuguese() -> None:
    text = ("Faróis\n\nO conselho do porto votou.\nMais texto.\n\nO Instituto Farol Aberto\n"
            "O Instituto Farol Aberto reúne 40 clubes.\n")
    assert unregistered_about(_ctx(text, "pt")) == []


def test_a_lead_that_goes_on_as_we_makes_the_page_the_organisation_s_own() -> None:
    text = ("Harbour lights must stay on\n\nThe Lantern Keepers Institute (LKI) welcomes the decision of the harbour board "
            "to keep every light on through the winter. We have asked for this since the storms of last year.\n")
    assert [a.actor.name for a in unregistered_voice(_ctx(text, "en"))] == ["Lantern Keepers Institute"]


def test_a_we_inside_quotation_marks_is_news_quoting_the_organisation() -> None:
    text = ("Harbour lights must stay on\n\nThe Lantern Keepers Institute (LKI) welcomes the decision of the harbour board "
            "to keep every light on through the winter. \"We have asked for this for years\", its director told reporters.\n")
    assert unregistered_voice(_ctx(text, "en")) == []


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Lantern Keepers Institute | News | Contact\n\nHarbour lights must stay on\n\nThe Lantern Keepers Institute welcomes the "
               "decision of the harbour board to keep every light on through the winter.\n", "Lantern Keepers Institute"),
        ("nl", "Havenlichten blijven aan\n\nStichting Open Lantaarn verwelkomt het besluit van het havenbestuur om alle lichten "
               "de hele winter aan te laten.\n\nMeer nieuws\n© 2031 Stichting Open Lantaarn\n", "Stichting Open Lantaarn"),
    ],
)
def test_a_site_header_part_or_a_copyright_line_naming_the_organisation_makes_the_page_its_own(lang: str, text: str, name: str) -> None:
    assert [a.actor.name for a in unregistered_voice(_ctx(text, lang))] == [name]


def test_a_copyright_line_of_another_owner_is_a_news_site() -> None:
    text = ("Havenlichten blijven aan\n\nStichting Open Lantaarn verwelkomt het besluit van het havenbestuur om alle lichten "
            "de hele winter aan te laten.\n\nMeer nieuws\n© 2031 Havenkrant Media\n")
    assert unregistered_voice(_ctx(text, "nl")) == []
