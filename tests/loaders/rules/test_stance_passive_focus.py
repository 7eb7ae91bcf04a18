"""A focus adverb between a passive participle and its agent (data/stance_focus.yaml):
"X, pushed in particular by Austria", "rejeté surtout par l'Autriche", "respaldado sobre
todo por Austria" name Austria as the agent; a negated participle with a focus ("not
backed in particular by Austria": Austria is only not the main backer), an agent that is
another noun ("by Austria's farmers") or another agent give nothing.

Every sentence is written for these tests.
"""

from __future__ import annotations

import pytest

from .helpers import state_stances

R = "celex:32031R0077"

FOCUSED = [
    ("en", "Regulation (EU) 2031/77, pushed in particular by Austria, was adopted.", "support"),
    ("en", "Regulation (EU) 2031/77 was backed above all by Austria.", "support"),
    ("fr", "Le règlement (UE) 2031/77 a été rejeté surtout par l'Autriche.", "oppose"),
    ("es", "El Reglamento (UE) 2031/77 fue respaldado sobre todo por Austria.", "support"),
    ("pt", "O Regulamento (UE) 2031/77 foi rejeitado sobretudo pela Áustria.", "oppose"),
    ("pl", "Rozporządzenie (UE) 2031/77 zostało odrzucone zwłaszcza przez Austrię.", "oppose"),
    ("sv", "Förordning (EU) 2031/77 stöddes främst av Österrike.", "support"),
]


@pytest.mark.parametrize(("lang", "text", "polarity"), FOCUSED, ids=[f"{t[0]}-{i}" for i, t in enumerate(FOCUSED)])
def test_a_focus_adverb_before_the_agent_keeps_the_agent(lang: str, text: str, polarity: str) -> None:
    assert state_stances(text, lang) == {("AT", polarity, R)}


TRAPS = [
    ("en", "Regulation (EU) 2031/77 was not backed in particular by Austria."),
    ("fr", "Le règlement (UE) 2031/77 n'a pas été rejeté surtout par l'Autriche."),
    ("en", "Regulation (EU) 2031/77 was opposed in particular by Austria's farmers."),
    ("en", "Regulation (EU) 2031/77 was backed above all by the Council, not by Austria."),
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{t[0]}-{i}" for i, t in enumerate(TRAPS)])
def test_no_agent_through_a_focus_when_negated_or_another_noun(lang: str, text: str) -> None:
    assert state_stances(text, lang) == set()
