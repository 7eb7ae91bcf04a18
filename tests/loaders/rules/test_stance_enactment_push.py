"""Getting an act through (loaders/data/stance_predicate_classes.yaml, class
enactment_push): "force through X", "faire adopter X", "sacar adelante X",
"przeforsować X", "protlačit X", "tvinga igenom X" back X; pushing through changes, an
exception, or something that is no act, and a reflexive "prevail", back nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from loaders.rules.stance_cues import lang_cues

from .helpers import state_stances

R = "celex:32031R0077"

PUSHED = [
    ("en", "Austria forced through Regulation (EU) 2031/77 in the Council."),
    ("en", "Austria rammed through Regulation (EU) 2031/77 before the summer."),
    ("fr", "L'Autriche a fait adopter le règlement (UE) 2031/77 au Conseil."),
    ("fr", "L'Autriche veut faire voter le règlement (UE) 2031/77 avant l'été."),
    ("es", "Austria sacó adelante el Reglamento (UE) 2031/77 en el Consejo."),
    ("es", "Austria quiere hacer aprobar el Reglamento (UE) 2031/77."),
    ("it", "L'Austria ha fatto approvare il regolamento (UE) 2031/77 dal Consiglio."),
    ("pt", "A Áustria fez aprovar o Regulamento (UE) 2031/77 no Conselho."),
    ("pt", "A Áustria levou adiante o Regulamento (UE) 2031/77 no Conselho."),
    ("nl", "Oostenrijk wil Verordening (EU) 2031/77 doordrukken."),
    ("pl", "Austria przeforsowała rozporządzenie (UE) 2031/77 w Radzie."),
    ("cs", "Rakousko protlačilo nařízení (EU) 2031/77 v Radě."),
    ("cs", "Rakousko prosazuje nařízení (EU) 2031/77."),
    ("sk", "Rakúsko presadilo nariadenie (EÚ) 2031/77 v Rade."),
    ("sv", "Österrike tvingade igenom förordning (EU) 2031/77 i rådet."),
    ("da", "Østrig gennemtvang forordning (EU) 2031/77 i Rådet."),
]


@pytest.mark.parametrize(("lang", "text"), PUSHED, ids=[f"{t[0]}-{i}" for i, t in enumerate(PUSHED)])
def test_pushing_an_act_through_supports_it(lang: str, text: str) -> None:
    assert state_stances(text, lang) == {("AT", "support", R)}


TRAPS = [
    # changes to the act, not the act
    ("en", "Austria forced through changes to Regulation (EU) 2031/77."),
    ("pl", "Austria przeforsowała zmiany w rozporządzeniu (UE) 2031/77."),
    ("cs", "Rakousko prosadilo změny nařízení (EU) 2031/77."),
    # the object is no act; the act is named further on
    ("es", "Austria sacó adelante su economía pese al Reglamento (UE) 2031/77."),
    ("pt", "A Áustria levou adiante a sua economia apesar do Regulamento (UE) 2031/77."),
    # reflexive "prevail", no object
    ("sk", "Rakúsko sa presadilo v spore o nariadenie (EÚ) 2031/77."),
    # "faire passer" a message is no passage of the act
    ("fr", "L'Autriche a fait passer le message sur le règlement (UE) 2031/77."),
    # forcing a state through a debate: the state is the object
    ("en", "The Commission forced Austria through a long debate on Regulation (EU) 2031/77."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_pushing_through_no_act_gives_no_stance(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()


def test_an_exception_pushed_through_backs_no_act() -> None:
    # the exemption, not the act, is the object: no support of the act is read
    assert ("AT", "support", R) not in state_stances("Austria forced through an exemption from Regulation (EU) 2031/77.", "en")


def test_the_german_infinitive_is_a_support_cue() -> None:
    text = "Österreich wollte die Verordnung im Rat durchdrücken."
    found = lang_cues("de").polarity_at(text, 0, len(text))
    assert found is not None and found[0] == "support" and text[found[1].start() : found[1].end()] == "durchdrücken"
