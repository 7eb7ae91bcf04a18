"""A sentence that a state joined makes a reported participation unless the state itself says so."""

from __future__ import annotations

import pytest

from loaders.participation_text import read_participation

NEWS = [
    ("en", "Last week Portugal joined the code on cyber intrusion tools, officials said.", "PT", "joined"),
    ("fr", "Selon la presse, la Belgique a rejoint le code de conduite sur les outils d'intrusion.", "BE", "joined"),
    ("de", "Nach Angaben der Zeitung ist Österreich dem Verhaltenskodex beigetreten.", "AT", "joined"),
    ("pl", "Jak podała agencja, Litwa przystąpiła do kodeksu w sprawie narzędzi szpiegujących.", "LT", "joined"),
    ("es", "Según el diario, Chile se ha unido al código sobre herramientas de intrusión.", "CL", "joined"),
    ("en", "Reporters learned that Ghana has withdrawn from the initiative on surveillance exports.", "GH", "withdrew"),
]


@pytest.mark.parametrize("lang, text, iso2, act", NEWS)
def test_a_news_item_saying_a_state_joined_is_a_report_never_a_signature(lang, text, iso2, act):
    reads = read_participation(text, lang)
    assert [(r.iso2, r.act, r.own) for r in reads] == [(iso2, act, False)]
    assert reads[0].fact_type == "REPORTED_AS_PARTY"
    assert text[reads[0].start:reads[0].end] in text


@pytest.mark.parametrize("lang, text, iso2, fact_type", [
    ("en", "Today Portugal joined the code of practice on intrusion tools.", "PT", "JOINED"),
    ("fr", "Aujourd'hui, la Belgique a adhéré au code de pratique.", "BE", "JOINED"),
    ("de", "Österreich hat sich heute aus der Initiative zurückgezogen.", "AT", "WITHDREW"),
    ("pl", "Litwa poparła dziś kodeks postępowania.", "LT", "ENDORSED"),
])
def test_the_partys_own_announcement_is_its_own_act(lang, text, iso2, fact_type):
    reads = read_participation(text, lang, speakers={iso2})
    assert [(r.iso2, r.own, r.fact_type) for r in reads] == [(iso2, True, fact_type)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Portugal has not joined the code on intrusion tools."),
    ("fr", "La Belgique n'a pas rejoint le code de conduite."),
    ("de", "Österreich ist dem Kodex nicht beigetreten."),
    ("pl", "Litwa nie przystąpiła do kodeksu."),
    ("es", "Chile no se ha unido al código."),
])
def test_a_negated_sentence_says_nothing(lang, text):
    assert read_participation(text, lang) == []


def test_two_kinds_of_act_in_one_sentence_say_nothing():
    text = "Portugal signed the code while Ghana withdrew from the initiative."
    assert read_participation(text, "en") == []


def test_another_states_announcement_about_a_third_state_is_a_report_on_that_state_only():
    text = "Portugal welcomes that Ghana joined the code of practice."
    reads = read_participation(text, "en", speakers={"PT"})
    assert [(r.iso2, r.own, r.fact_type) for r in reads] == [("GH", False, "REPORTED_AS_PARTY")]


@pytest.mark.parametrize("lang, text, states", [
    ("en", "Chile, Ghana and Portugal have joined the code.", {"CL", "GH", "PT"}),
    ("fr", "La Belgique et la France ont rejoint le code.", {"BE", "FR"}),
    ("de", "Österreich und Deutschland sind dem Kodex beigetreten.", {"AT", "DE"}),
])
def test_a_list_of_states_before_the_verb_is_its_subject(lang, text, states):
    assert {r.iso2 for r in read_participation(text, lang)} == states


def test_a_state_named_after_the_verb_is_not_its_subject():
    assert read_participation("The code was later joined by Romania.", "en") == []
