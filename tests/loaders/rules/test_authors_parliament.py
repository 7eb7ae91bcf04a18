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
