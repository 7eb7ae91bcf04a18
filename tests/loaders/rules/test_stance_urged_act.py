"""Calling on someone else to act on an act (loaders/data/stance_predicate_classes.yaml,
class urged_act): "A urged the Commission to withdraw X" opposes X, "A asked the Council
to adopt X" supports it, in en fr es it pt pl cs sk sv da ro. The addressee is never a holder;
a call not to act, a call to do something else, or an act that is not the infinitive's
object gives nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"

CALLS = [
    ("en", "Austria urged the Commission to withdraw Regulation (EU) 2031/77.", "oppose"),
    ("en", "Austria urged Germany to reject Regulation (EU) 2031/77.", "oppose"),
    ("en", "Austria has called upon the member states to swiftly adopt Regulation (EU) 2031/77.", "support"),
    ("en", "Austria asked the Council to adopt Regulation (EU) 2031/77 before the summer.", "support"),
    ("fr", "L'Autriche demande à la Commission de retirer le règlement (UE) 2031/77.", "oppose"),
    ("fr", "L'Autriche appelle le Conseil à rejeter le règlement (UE) 2031/77.", "oppose"),
    ("es", "Austria pidió a la Comisión que retire el Reglamento (UE) 2031/77.", "oppose"),
    ("es", "Austria insta al Consejo a rechazar el Reglamento (UE) 2031/77.", "oppose"),
    ("it", "L'Austria chiede alla Commissione di ritirare il regolamento (UE) 2031/77.", "oppose"),
    ("pt", "A Áustria pede à Comissão que retire o Regulamento (UE) 2031/77.", "oppose"),
    ("pl", "Austria wzywa Komisję do wycofania rozporządzenia (UE) 2031/77.", "oppose"),
    ("cs", "Rakousko vyzvalo Komisi, aby stáhla nařízení (EU) 2031/77.", "oppose"),
    ("cs", "Rakousko vyzvalo Komisi, aby schválila nařízení (EU) 2031/77.", "support"),
    ("cs", "Rakousko vyzývá Radu k odmítnutí nařízení (EU) 2031/77.", "oppose"),
    ("sv", "Österrike uppmanar kommissionen att dra tillbaka förordning (EU) 2031/77.", "oppose"),
    ("da", "Østrig opfordrer Rådet til at forkaste forordning (EU) 2031/77.", "oppose"),
    ("sk", "Rakúsko vyzvalo Komisiu, aby stiahla nariadenie (EÚ) 2031/77.", "oppose"),
    ("sk", "Rakúsko vyzýva Radu na odmietnutie nariadenia (EÚ) 2031/77.", "oppose"),
    ("ro", "Austria cere Comisiei să retragă Regulamentul (UE) 2031/77.", "oppose"),
    ("ro", "Austria a îndemnat Consiliul să adopte Regulamentul (UE) 2031/77.", "support"),
]


@pytest.mark.parametrize(("lang", "text", "kind"), CALLS, ids=[f"{t[0]}-{i}" for i, t in enumerate(CALLS)])
def test_calling_on_someone_to_act_on_an_act_is_the_caller_s_stance(lang: str, text: str, kind: str) -> None:
    assert state_stances(text, lang) == {("AT", kind, R)}


def test_every_coordinated_caller_holds_the_stance() -> None:
    text = "Austria and Ireland call upon the ministers to reconsider Regulation (EU) 2031/77."
    assert state_stances(text, "en") == {("AT", "oppose", R), ("IE", "oppose", R)}


TRAPS = [
    # a call not to act
    ("en", "Austria urged the Commission not to withdraw Regulation (EU) 2031/77."),
    ("fr", "L'Autriche demande à la Commission de ne pas retirer le règlement (UE) 2031/77."),
    ("es", "Austria pidió a la Comisión que no retire el Reglamento (UE) 2031/77."),
    ("ro", "Austria cere Comisiei să nu retragă Regulamentul (UE) 2031/77."),
    # the infinitive's object is another thing (a veto), the act only its complement
    ("en", "Austria urged Poland to withdraw its veto of Regulation (EU) 2031/77."),
    # a call to do something else with the act
    ("en", "Austria urged the Commission to explain Regulation (EU) 2031/77."),
    # the state is the addressee, not the caller
    ("en", "The Commission urged Austria to adopt Regulation (EU) 2031/77."),
    ("ro", "Comisia cere Austriei să adopte Regulamentul (UE) 2031/77."),
    ("sk", "Komisia vyzvala Rakúsko, aby schválilo nariadenie (EÚ) 2031/77."),
    ("en", "Austria, which the Commission urged to adopt Regulation (EU) 2031/77, did not reply."),
    ("en", "Austria said the Commission had asked it to withdraw Regulation (EU) 2031/77."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_calls_not_to_act_or_on_the_state_give_no_state_stance(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()
