"""A state's "no" to an act as a noun of opposition (stances.yaml structures, nominal):
"Österreichs Nein zur Verordnung", "le non de l'Autriche au règlement", "het nee van
Oostenrijk tegen de verordening", "Österrikes nej till förordningen" oppose it; the
interjection, a holder that is no actor, or a "no" with no link to the act give nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"

NO = [
    ("de", "Österreichs Nein zur Verordnung (EU) 2031/77 überraschte niemanden."),
    ("de", "Das Nein Österreichs zur Verordnung (EU) 2031/77 überraschte niemanden."),
    ("fr", "Le non de l'Autriche au règlement (UE) 2031/77 n'a surpris personne."),
    ("nl", "Het nee van Oostenrijk tegen Verordening (EU) 2031/77 was verwacht."),
    ("nl", "Oostenrijks nee tegen Verordening (EU) 2031/77 was verwacht."),
    ("sv", "Österrikes nej till förordning (EU) 2031/77 förvånade ingen."),
    ("da", "Østrigs nej til forordning (EU) 2031/77 overraskede ingen."),
]


@pytest.mark.parametrize(("lang", "text"), NO, ids=[f"{t[0]}-{i}" for i, t in enumerate(NO)])
def test_a_states_no_to_an_act_opposes_it(lang: str, text: str) -> None:
    assert state_stances(text, lang) == {("AT", "oppose", R)}


TRAPS = [
    # the interjection
    ("de", "Nein, Österreich hat über die Verordnung (EU) 2031/77 noch nicht entschieden."),
    ("nl", "Nee, Oostenrijk heeft over Verordening (EU) 2031/77 nog niet beslist."),
    # a holder that is no actor
    ("de", "Das Nein der Industrie zur Verordnung (EU) 2031/77 überraschte niemanden."),
    ("fr", "Le non des agriculteurs au règlement (UE) 2031/77 était attendu."),
    # "non" as a negation, no noun
    ("fr", "L'Autriche, non membre du groupe, a lu le règlement (UE) 2031/77."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_no_stance_from_a_no_that_is_no_states_answer(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()
