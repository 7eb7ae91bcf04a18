"""Classes of stance predicates beyond one verb (loaders/data/stance_predicate_classes.yaml,
loaders/rules/stance_classes.py): voicing concern, welcoming with satisfaction, a side's
camp, raising one's voice or an alliance against, taking one's distance, a vote with an
adverb, an adjective in apposition to a clause's first phrase, each in several languages, with the traps that must give nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from loaders.names.resources import load_yaml
from loaders.rules.stance_classes import apposition_bound, class_patterns, with_classes
from loaders.rules.stance_cues import lang_cues

from .helpers import state_stances

R = "celex:32031R0077"


_stances = state_stances


CONCERN = [
    ("en", "Austria expressed deep concern about Regulation (EU) 2031/77 on Monday.", "AT"),
    ("en", "Ireland is deeply concerned about Regulation (EU) 2031/77.", "IE"),
    ("en", "Austria and Ireland express their opposition to Regulation (EU) 2031/77.", "AT+IE"),
    ("de", "Österreich äußerte große Sorge über die Verordnung (EU) 2031/77.", "AT"),
    ("fr", "L'Autriche a exprimé sa vive préoccupation concernant le règlement (UE) 2031/77.", "AT"),
    ("es", "Austria expresó su profunda preocupación por el Reglamento (UE) 2031/77.", "AT"),
    ("it", "L'Austria ha espresso forte preoccupazione per il regolamento (UE) 2031/77.", "AT"),
    ("pt", "A Áustria manifestou preocupação com o Regulamento (UE) 2031/77.", "AT"),
    ("nl", "Oostenrijk uitte zijn zorgen over Verordening (EU) 2031/77.", "AT"),
    ("sv", "Österrike uttryckte oro över förordning (EU) 2031/77.", "AT"),
    ("da", "Østrig udtrykte bekymring over forordning (EU) 2031/77.", "AT"),
    ("cs", "Rakousko vyjádřilo vážné obavy z nařízení (EU) 2031/77.", "AT"),
    ("ro", "Austria și-a exprimat îngrijorarea față de Regulamentul (UE) 2031/77.", "AT"),
    ("hu", "Ausztria aggodalmát fejezte ki az (EU) 2031/77 rendelet miatt.", "AT"),
    ("fi", "Itävalta ilmaisi huolensa asetuksesta (EU) 2031/77.", "AT"),
    ("el", "Η Αυστρία εξέφρασε την ανησυχία της για τον κανονισμό (ΕΕ) 2031/77.", "AT"),
]

WELCOME = [
    ("it", "Il governo austriaco ha accolto con soddisfazione il regolamento (UE) 2031/77.", "AT"),
    ("fr", "L'Autriche a accueilli avec satisfaction le règlement (UE) 2031/77.", "AT"),
    ("es", "Austria acogió con agrado el Reglamento (UE) 2031/77.", "AT"),
    ("pt", "A Áustria acolheu com satisfação o Regulamento (UE) 2031/77.", "AT"),
]

CAMP = [
    ("de", "Österreich bleibt im Nein-Lager zur Verordnung (EU) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike står på nej-sidan om förordning (EU) 2031/77.", "AT", "oppose"),
]

VOICE_ALLIANCE = [
    ("en", "Austria has forged an alliance against Regulation (EU) 2031/77.", "AT"),
    ("de", "Österreich hat mit Irland eine Allianz gegen die Verordnung (EU) 2031/77 geschmiedet.", "AT"),
    ("de", "Österreich hat mit Irland und einer Reihe kleinerer Staaten eine Sperrminorität gegen die Verordnung (EU) 2031/77 gebildet.", "AT"),
    ("fr", "Au Conseil, l'Autriche donne de la voix contre le règlement (UE) 2031/77.", "AT"),
    ("it", "L'Austria ha alzato la voce contro il regolamento (UE) 2031/77.", "AT"),
]

DISTANCE = [
    ("en", "Austria took issue with Regulation (EU) 2031/77 at the Council.", "AT"),
    ("de", "Österreich distanziert sich deutlich von der Verordnung (EU) 2031/77.", "AT"),
    ("fr", "L'Autriche a émis des réserves sur le règlement (UE) 2031/77.", "AT"),
    ("es", "Austria se desmarcó del Reglamento (UE) 2031/77.", "AT"),
    ("it", "L'Austria ha preso le distanze dal regolamento (UE) 2031/77.", "AT"),
    ("pt", "A Áustria posicionou-se contra o Regulamento (UE) 2031/77.", "AT"),
    ("nl", "Oostenrijk neemt afstand van Verordening (EU) 2031/77.", "AT"),
    ("pl", "Austria ma poważne zastrzeżenia do rozporządzenia (UE) 2031/77.", "AT"),
    ("sv", "Österrike tar avstånd från förordning (EU) 2031/77.", "AT"),
    ("da", "Østrig har indvendinger mod forordning (EU) 2031/77.", "AT"),
    ("cs", "Rakousko se distancovalo od nařízení (EU) 2031/77.", "AT"),
    ("sk", "Rakúsko sa dištancuje od nariadenia (EÚ) 2031/77.", "AT"),
]

APPOSITION = [
    ("en", "Austria and Ireland, both highly critical of Regulation (EU) 2031/77, asked for a review.", {"AT", "IE"}),
    ("es", "Austria e Irlanda, muy críticas con el Reglamento (UE) 2031/77, pidieron una revisión.", {"AT", "IE"}),
    ("nl", "Oostenrijk, zeer kritisch over Verordening (EU) 2031/77, vroeg om uitstel.", {"AT"}),
    ("pl", "Austria, bardzo krytyczna wobec rozporządzenia (UE) 2031/77, poprosiła o przegląd.", {"AT"}),
]

ADVERBED = [
    ("en", "Austria lobbied hard against Regulation (EU) 2031/77.", "AT", "oppose"),
    ("en", "Ireland voted overwhelmingly for Regulation (EU) 2031/77.", "IE", "support"),
    ("de", "Österreich votierte gegen die Verordnung (EU) 2031/77.", "AT", "oppose"),
    # lemmas added to stance_lemmas.yaml
    ("fr", "L'Autriche résiste au règlement (UE) 2031/77.", "AT", "oppose"),
    ("de", "Österreich bremst bei der Verordnung (EU) 2031/77.", "AT", "oppose"),
    ("sv", "Österrike avstyrker förordning (EU) 2031/77.", "AT", "oppose"),
    ("sv", "Irland tillstyrker förordning (EU) 2031/77.", "IE", "support"),
    ("nl", "Oostenrijk ontraadt Verordening (EU) 2031/77.", "AT", "oppose"),
    ("da", "Østrig tilbageviste forordning (EU) 2031/77.", "AT", "oppose"),
]


@pytest.mark.parametrize(("lang", "text", "state"), CONCERN, ids=[f"{t[0]}-{i}" for i, t in enumerate(CONCERN)])
def test_voicing_concern_about_an_act_opposes_it(lang: str, text: str, state: str) -> None:
    assert _stances(text, lang) == {(s, "oppose", R) for s in state.split("+")}


@pytest.mark.parametrize(("lang", "text", "state"), WELCOME, ids=[f"{t[0]}-{i}" for i, t in enumerate(WELCOME)])
def test_receiving_an_act_with_satisfaction_supports_it(lang: str, text: str, state: str) -> None:
    assert _stances(text, lang) == {(state, "support", R)}


@pytest.mark.parametrize(("lang", "text", "state", "kind"), CAMP, ids=[f"{t[0]}-{i}" for i, t in enumerate(CAMP)])
def test_a_side_s_camp_is_its_stance(lang: str, text: str, state: str, kind: str) -> None:
    assert _stances(text, lang) == {(state, kind, R)}


@pytest.mark.parametrize(("lang", "text", "state"), VOICE_ALLIANCE, ids=[f"{t[0]}-{i}" for i, t in enumerate(VOICE_ALLIANCE)])
def test_raising_a_voice_or_an_alliance_against_an_act_opposes_it(lang: str, text: str, state: str) -> None:
    # "mit Irland": the partner in a prepositional phrase is not a subject
    assert _stances(text, lang) == {(state, "oppose", R)}


@pytest.mark.parametrize(("lang", "text", "state"), DISTANCE, ids=[f"{t[0]}-{i}" for i, t in enumerate(DISTANCE)])
def test_taking_one_s_distance_or_issue_with_an_act_opposes_it(lang: str, text: str, state: str) -> None:
    assert _stances(text, lang) == {(state, "oppose", R)}


@pytest.mark.parametrize(("lang", "text", "state", "kind"), ADVERBED, ids=[f"{t[0]}-{i}" for i, t in enumerate(ADVERBED)])
def test_votes_with_an_adverb_and_added_lemmas_are_predicates(lang: str, text: str, state: str, kind: str) -> None:
    assert _stances(text, lang) == {(state, kind, R)}


@pytest.mark.parametrize(("lang", "text", "states"), APPOSITION, ids=[f"{t[0]}-{i}" for i, t in enumerate(APPOSITION)])
def test_an_adjective_apposed_to_the_clause_s_first_phrase_is_its_stance(lang: str, text: str, states: set) -> None:
    assert _stances(text, lang) == {(s, "oppose", R) for s in states}


def test_an_apposition_binds_only_to_a_holder_opening_its_clause() -> None:
    cues = lang_cues("en")
    assert apposition_bound(cues, ",", "")
    assert apposition_bound(cues, ",", "“")
    assert not apposition_bound(cues, ",", "The Commission met ")
    assert apposition_bound(cues, " ", "The Commission met ")  # not an apposition: the rule does not ask


TRAPS = [
    # a fear is a clause of what may happen, never a stance on the act
    ("en", "Austria fears that Regulation (EU) 2031/77 will come too late."),
    # an adjective apposed to an object may be the subject's: not read (apposition_bound)
    ("en", "The Commission met Austria, highly critical of Regulation (EU) 2031/77, on Monday."),
    # a distance from a person, who defends the act
    ("en", "Austria distanced itself from the Commission's spokesman, who defended Regulation (EU) 2031/77."),
    # an alliance against something else; the act is named in another clause
    ("de", "Die Verordnung (EU) 2031/77 gilt seit Montag, und Österreich sprach über Kinderschutz."),
    # concern about a third party, not about the act
    ("fr", "Le règlement (UE) 2031/77 est entré en vigueur ; la Commission a exprimé sa vive préoccupation concernant la Pologne."),
    # abstaining is neither side
    ("pl", "Austria wstrzymała się od głosu w sprawie rozporządzenia (UE) 2031/77."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_traps_give_no_state_stance(lang: str, text: str) -> None:
    assert _stances(text, lang) == set()


def test_the_fronted_vote_is_a_cue_in_polish_czech_and_slovak() -> None:
    for lang, text in (("pl", "W Radzie przeciw głosowała Austria."),
                       ("cs", "Kromě Rakouska proti hlasovalo Irsko."),
                       ("sk", "Okrem Rakúska proti hlasovalo Írsko.")):
        cues = lang_cues(lang)
        found = cues.polarity_at(text, 0, len(text))
        assert found is not None and found[0] == "oppose", (lang, found)


def test_every_class_pattern_has_a_literal_anchor_and_a_known_kind() -> None:
    classes = load_yaml("stance_predicate_classes.yaml")["classes"]
    langs = {lang for by_lang in classes.values() for lang in by_lang}
    assert {"en", "de", "fr", "es", "it", "pt", "nl", "pl", "sv", "da"} <= langs
    for lang in langs:
        patterns = class_patterns(lang)  # raises on a pattern without an anchor
        assert any(patterns.values()), lang
        assert lang_cues(lang).anchors is not None, lang  # the cheap scan stays on


def test_with_classes_appends_and_leaves_the_yaml_spec_unchanged() -> None:
    spec = {"oppose": ["x"], "support": []}
    merged = with_classes("de", spec)
    assert merged["oppose"][0] == "x" and len(merged["oppose"]) > 1
    assert spec == {"oppose": ["x"], "support": []}
    assert with_classes("de", {}) == {}
