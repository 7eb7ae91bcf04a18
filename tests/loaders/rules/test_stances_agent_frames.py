"""Agents named by a frame around a clause (stance_agent_frames.py): "at the request of",
"with the support of" (the agent takes the clause's stance: support for an act adopted),
"despite opposition from" (the agent opposes an act adopted), before or after the clause,
in several languages. Traps: a negated clause, a genitive agent that is another noun's
("Germany's farmers"), a frame of resisting with a stance verb (nothing sure), a later
relative clause with its own holder, a state that is the verb's object. Every text is
written for these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import got

AI = "celex:32024R1689"

FRAMES = [
    ("en", "At the request of Germany and Austria, the Council adopted the AI Act.", {("DE", "support", AI), ("AT", "support", AI)}),
    ("en", "With the support of France, the Council approved the AI Act.", {("FR", "support", AI)}),
    ("en", "Despite opposition from Poland, the Council adopted the AI Act.", {("PL", "oppose", AI)}),
    ("en", "The Council adopted the AI Act despite opposition from Poland and Hungary.", {("PL", "oppose", AI), ("HU", "oppose", AI)}),
    ("en", "The Council adopted the AI Act at the request of Germany.", {("DE", "support", AI)}),
    ("es", "Con el apoyo de Francia, el Consejo aprobó la Ley de Inteligencia Artificial.", {("FR", "support", AI)}),
    ("es", "A instancias de Suecia y Finlandia, muy críticas con la Ley de Inteligencia Artificial, el Consejo añadió una revisión.",
     {("SE", "oppose", AI), ("FI", "oppose", AI)}),
    ("fr", "Malgré l'opposition de la Hongrie, le Conseil a adopté l'AI Act.", {("HU", "oppose", AI)}),
    ("fr", "À la demande de la France, le Conseil a adopté l'AI Act.", {("FR", "support", AI)}),
    ("de", "Auf Drängen Deutschlands verabschiedete der Rat die KI-Verordnung.", {("DE", "support", AI)}),
    ("de", "Der Rat verabschiedete die KI-Verordnung auf Drängen von Frankreich.", {("FR", "support", AI)}),
    ("de", "Auf Wunsch Frankreichs wurde die KI-Verordnung angenommen.", {("FR", "support", AI)}),
    ("it", "Su richiesta della Francia, il Consiglio ha approvato la legge sull'intelligenza artificiale.", {("FR", "support", AI)}),
    ("nl", "Ondanks het verzet van Hongarije heeft de Raad de AI-verordening goedgekeurd.", {("HU", "oppose", AI)}),
    ("nl", "Op verzoek van Nederland heeft de Raad de AI-verordening goedgekeurd.", {("NL", "support", AI)}),
    ("pt", "A pedido da França, o Conselho aprovou o regulamento da inteligência artificial.", {("FR", "support", AI)}),
    ("sv", "På begäran av Sverige antog rådet AI-förordningen.", {("SE", "support", AI)}),
    # traps
    ("en", "At the request of Germany, the Council did not adopt the AI Act.", set()),
    ("en", "At the request of Germany's farmers, the Council adopted the AI Act.", set()),
    ("en", "Despite opposition from Poland, the Commission criticised the AI Act.", set()),
    ("en", "If, at the request of Germany, the Council adopted the AI Act, talks would end.", set()),
    ("fr", "À la demande de la France, le Conseil a critiqué l'Italie pour l'AI Act.", set()),
]


@pytest.mark.parametrize("lang,text,expected", FRAMES)
def test_a_frames_agent_takes_the_clauses_stance(lang, text, expected):
    assert {x for x in got(text, lang) if len(x[0]) == 2 and x[0].isupper()} == expected


def test_a_later_relative_clause_keeps_its_own_holder():
    found = got("At the request of Germany, the Council adopted the AI Act, which Poland criticised.", "en")
    assert ("DE", "support", AI) in found and ("PL", "support", AI) not in found
