"""An act adopted with a state's support (data/stance_possessed.yaml, passive adoptions):
"X was adopted with the support of Austria", "adopté avec le soutien de l'Autriche",
"aprobado con el apoyo de Austria", "przyjęte przy poparciu Austrii" back X; a delay or
a rejection with that support, an amendment adopted, "without the support", a holder that
is another noun, and a condition give nothing; a delay adopted with it is read as a backed
delay is everywhere (opposition).

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"

ADOPTED = [
    ("en", "Regulation (EU) 2031/77 was adopted with the support of Austria."),
    ("fr", "Le règlement (UE) 2031/77 a été adopté avec le soutien de l'Autriche."),
    ("es", "El Reglamento (UE) 2031/77 fue aprobado con el apoyo de Austria."),
    ("it", "Il regolamento (UE) 2031/77 è stato approvato con il sostegno dell'Austria."),
    ("pt", "O Regulamento (UE) 2031/77 foi aprovado com o apoio da Áustria."),
    ("nl", "Verordening (EU) 2031/77 werd aangenomen met de steun van Oostenrijk."),
    ("pl", "Rozporządzenie (UE) 2031/77 zostało przyjęte przy poparciu Austrii."),
]


@pytest.mark.parametrize(("lang", "text"), ADOPTED, ids=[f"{t[0]}-{i}" for i, t in enumerate(ADOPTED)])
def test_an_act_adopted_with_a_states_support_is_backed_by_it(lang: str, text: str) -> None:
    assert state_stances(text, lang) == {("AT", "support", R)}


TRAPS = [
    ("en", "Regulation (EU) 2031/77 was delayed with the support of Austria."),
    ("en", "Regulation (EU) 2031/77 was rejected with the support of Austria."),
    ("en", "An amendment to Regulation (EU) 2031/77 was adopted with the support of Austria."),
    ("en", "Regulation (EU) 2031/77 was adopted without the support of Austria."),
    ("en", "Regulation (EU) 2031/77 was adopted with the support of Austria's farmers."),
    ("en", "If Regulation (EU) 2031/77 was adopted with the support of Austria, it would pass."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_no_support_for_the_act_from_another_adoption_or_holder(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()


def test_a_delay_adopted_with_a_states_support_reads_as_the_lexicon_reads_a_backed_delay() -> None:
    # as "Austria supports the postponement of X" and "the postponement of X has the support of Austria"
    text = "El aplazamiento del Reglamento (UE) 2031/77 fue aprobado con el apoyo de Austria."
    assert state_stances(text, "es") == {("AT", "oppose", R)}
