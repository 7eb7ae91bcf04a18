"""Wanting or trying to bring an act about (loaders/data/stance_predicate_classes.yaml,
class pursued_act): "wants to introduce X", "cherche à imposer X", "chce wprowadzić X",
"will X einführen" back X; an addressee ("wants Italy to introduce X"), a negation, a
condition, delaying or exempting, and changes to the act back nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"

PURSUED = [
    ("en", "Austria wants to introduce Regulation (EU) 2031/77 before the summer."),
    ("en", "Austria tried to push through Regulation (EU) 2031/77 in the Council."),
    ("en", "Austria is seeking to impose Regulation (EU) 2031/77 on the other members."),
    ("de", "Österreich will die Verordnung (EU) 2031/77 noch vor dem Sommer einführen."),
    ("de", "Österreich wollte die Verordnung (EU) 2031/77 im Rat durchsetzen."),
    ("de", "Österreich versucht, die Verordnung (EU) 2031/77 im Rat durchzusetzen."),
    ("de", "Österreich strebt an, die Verordnung (EU) 2031/77 einzuführen."),
    ("fr", "L'Autriche veut introduire le règlement (UE) 2031/77 avant l'été."),
    ("fr", "L'Autriche a tenté d'imposer le règlement (UE) 2031/77 au Conseil."),
    ("es", "Austria quiere implantar el Reglamento (UE) 2031/77 antes del verano."),
    ("es", "Austria intentó imponer el Reglamento (UE) 2031/77 en el Consejo."),
    ("it", "L'Austria vuole introdurre il regolamento (UE) 2031/77 entro l'estate."),
    ("it", "L'Austria ha cercato di imporre il regolamento (UE) 2031/77 al Consiglio."),
    ("pt", "A Áustria quer introduzir o Regulamento (UE) 2031/77 antes do verão."),
    ("nl", "Oostenrijk wil Verordening (EU) 2031/77 invoeren."),
    ("nl", "Oostenrijk probeerde de verordening (EU) 2031/77 door te voeren."),
    ("pl", "Austria chce wprowadzić rozporządzenie (UE) 2031/77 jeszcze przed latem."),
    ("pl", "Austria dąży do przyjęcia rozporządzenia (UE) 2031/77 w Radzie."),
    ("cs", "Rakousko se snaží zavést nařízení (EU) 2031/77 v Radě."),
    ("sk", "Rakúsko chce zaviesť nariadenie (EÚ) 2031/77 ešte pred letom."),
    ("sv", "Österrike vill införa förordning (EU) 2031/77 före sommaren."),
    ("da", "Østrig ønsker at indføre forordning (EU) 2031/77 før sommeren."),
    ("ro", "Austria vrea să introducă Regulamentul (UE) 2031/77 înainte de vară."),
]


@pytest.mark.parametrize(("lang", "text"), PURSUED, ids=[f"{t[0]}-{i}" for i, t in enumerate(PURSUED)])
def test_wanting_to_bring_an_act_about_supports_it(lang: str, text: str) -> None:
    assert state_stances(text, lang) == {("AT", "support", R)}


TRAPS = [
    # an addressee between the wanting verb and the infinitive takes no stance, nor does the caller here
    ("en", "The Commission wants Austria to introduce Regulation (EU) 2031/77 quickly."),
    ("en", "The Commission urged Austria to introduce Regulation (EU) 2031/77 quickly."),
    # a negation
    ("en", "Austria does not want to introduce Regulation (EU) 2031/77 this year."),
    ("fr", "L'Autriche ne veut pas introduire le règlement (UE) 2031/77 cette année."),
    ("de", "Österreich will die Verordnung (EU) 2031/77 nicht einführen."),
    ("de", "Österreich versucht nicht, die Verordnung (EU) 2031/77 einzuführen."),
    ("de", "Österreich versucht, die Kommission zu überzeugen, die Verordnung (EU) 2031/77 einzuführen."),
    ("pl", "Austria nie chce wprowadzić rozporządzenia (UE) 2031/77 w tym roku."),
    ("cs", "Rakousko nechce zavést nařízení (EU) 2031/77."),
    ("sv", "Österrike vill inte införa förordning (EU) 2031/77."),
    ("da", "Østrig ønsker ikke at indføre forordning (EU) 2031/77."),
    ("ro", "Austria nu vrea să introducă Regulamentul (UE) 2031/77."),
    # the one who is to act is another: a clause of its own
    ("sv", "Österrike vill att kommissionen inför förordning (EU) 2031/77."),
    ("ro", "Austria vrea ca Italia să introducă Regulamentul (UE) 2031/77."),
    ("de", "Österreich will, dass die Kommission die Verordnung (EU) 2031/77 einführt."),
    # a condition
    ("es", "Si Austria quiere imponer el Reglamento (UE) 2031/77, tendrá que negociar."),
    # delaying, exempting: not an introducing verb
    ("en", "Austria wants to delay Regulation (EU) 2031/77 by a year."),
    ("it", "L'Austria vuole rinviare il regolamento (UE) 2031/77 di un anno."),
    ("en", "Austria wants to exempt farmers from Regulation (EU) 2031/77."),
    # changes, exemptions: not the act
    ("en", "Austria wants to introduce changes to Regulation (EU) 2031/77."),
    ("fr", "L'Autriche a tenté d'imposer des modifications au règlement (UE) 2031/77."),
    ("de", "Österreich will Änderungen an der Verordnung (EU) 2031/77 durchsetzen."),
    ("de", "Österreich versucht, Änderungen an der Verordnung (EU) 2031/77 durchzusetzen."),
    ("es", "Austria quiere introducir excepciones al Reglamento (UE) 2031/77."),
    ("pl", "Austria chce wprowadzić zmiany do rozporządzenia (UE) 2031/77."),
    ("cs", "Rakousko chce zavést změny nařízení (EU) 2031/77."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_no_stance_without_the_actor_pursuing_the_act_itself(lang: str, text: str) -> None:
    assert {s for s in state_stances(text, lang) if s[0] == "AT" and s[1] == "support"} == set()
