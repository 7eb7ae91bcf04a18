"""A national parliament's chamber as the author of its own resolution or opinion, and
headlines that only name such an act."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("de", "Beschluss des Bundesrates\nVorschlag für eine Verordnung über Hafenbaken\n\n"
               "Der Bundesrat hat in seiner 999. Sitzung am 3. März 2031 die folgende Stellungnahme beschlossen:\n", "Bundesrat"),
        ("pl", "Uchwała Sejmu Rzeczypospolitej Polskiej z dnia 3 marca 2031 r.\n\nw sprawie rozporządzenia o latarniach portowych\n",
         "Sejm"),
        ("fr", "Avis motivé du Sénat\n\nsur la proposition de règlement relatif aux balises portuaires\n\nLe Sénat estime que la proposition...\n",
         "Sénat"),
        ("it", "Parere motivato del Senato della Repubblica\n\nsulla proposta di regolamento sui fari portuali\n", "Senato della Repubblica"),
        ("nl", "Met redenen omkleed advies van de Tweede Kamer der Staten-Generaal\n\nover het voorstel voor een verordening inzake bakens\n",
         "Tweede Kamer der Staten-Generaal"),
    ],
)
def test_a_chambers_own_act_is_its_own(lang: str, text: str, name: str) -> None:
    f = facts(text, lang)
    assert [(a.actor.name, a.evidence.extractor) for a in f.authors] == [(name, "authors.parliament_act")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("de", "Stellungnahme des Bundesrates sorgt für Kritik\n\nReeder kritisierten am Dienstag den Beschluss.\n"),
        ("fr", "Avis du Sénat : les armateurs protestent\n\nLes armateurs ont critiqué mardi l'avis.\n"),
        ("pl", "Opinia Sejmu krytykowana przez armatorów\n\nArmatorzy skrytykowali we wtorek uchwałę.\n"),
        ("it", "Parere del Senato della Repubblica, gli armatori protestano\n\nGli armatori hanno criticato il parere.\n"),
    ],
)
def test_a_headline_about_a_chambers_act_names_no_author(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.parliament_act"] == []


@pytest.mark.parametrize(
    ("lang", "text", "iso2"),
    [
        ("de", "Deutscher Bundestag Drucksache 31/123 31. Wahlperiode 03.03.2031\nAntwort der Bundesregierung auf die Kleine Anfrage "
               "der Abgeordneten A. Name zu Hafenbaken\n\nDie Bundesregierung hält die Baken für sicher.\n", "DE"),
        ("pl", "Sejm Rzeczypospolitej Polskiej\nDruk nr 123\n\nOdpowiedź Rady Ministrów na interpelację w sprawie latarni portowych\n\n"
               "Rząd uważa latarnie za bezpieczne.\n", "PL"),
        ("fr", "Assemblée nationale\nQuestion écrite n° 123\n\nRéponse du Gouvernement sur les balises portuaires\n\n"
               "Le Gouvernement estime que les balises sont sûres.\n", "FR"),
        ("nl", "Tweede Kamer der Staten-Generaal\nVergaderjaar 2030–2031\n\nAntwoord van de regering op vragen over havenbakens\n\n"
               "De regering acht de bakens veilig.\n", "NL"),
    ],
)
def test_a_government_answering_the_chamber_that_heads_the_paper(lang: str, text: str, iso2: str) -> None:
    f = facts(text, lang)
    assert [(a.actor.kind, a.actor.iso2, a.evidence.extractor) for a in f.authors] == [("state", iso2, "authors.government_answer")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # no chamber heads the paper: whose government is not said
        ("de", "Hafennachrichten\n\nAntwort der Bundesregierung auf die Kleine Anfrage zu Hafenbaken liegt vor.\n"),
        # a chamber whose state is not one (Germany's and Austria's Bundesrat)
        ("de", "Bundesrat Drucksache 123/31\n\nAntwort der Bundesregierung zu Hafenbaken\n"),
        # the chamber only named after the answer, in a news item
        ("fr", "Ports : la réponse du gouvernement critiquée\n\nRéponse du Gouvernement publiée mardi ; l'Assemblée nationale en débattra.\n"),
        ("pl", "Wiadomości\n\nOdpowiedź rządu na interpelację posłów opublikowano w piątek; Sejm zajmie się nią w maju.\n"),
    ],
)
def test_an_answer_without_a_chamber_heading_the_paper_names_no_state(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.evidence.extractor == "authors.government_answer"] == []
