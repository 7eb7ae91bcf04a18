"""Participles carrying a manner phrase ("welcomed with satisfaction by", "accolta con
favore da", "acogida con satisfacción por") and verbs of condemnation, read with their
agent by the passive rule (data/stance_participles.yaml merged into the structures), and
the Greek passive with "από" that the same file holds whole.
Traps: a negated participle, the participle right after its subject's auxiliary (the
subject is what is condemned), an agent that is another noun. Every text is written for
these tests.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_structure import got

AI = "celex:32024R1689"

CASES = [
    ("en", "The AI Act was welcomed with satisfaction by Spain.", {("ES", "support", AI)}),
    ("en", "The AI Act was denounced by Hungary.", {("HU", "oppose", AI)}),
    ("fr", "L'AI Act a été accueilli favorablement par la France.", {("FR", "support", AI)}),
    ("es", "La Ley de Inteligencia Artificial fue acogida con satisfacción por España.", {("ES", "support", AI)}),
    ("it", "Il Consiglio ha firmato la legge sull'intelligenza artificiale, un testo accolto con favore dal governo italiano.",
     {("IT", "support", AI)}),
    ("de", "Die KI-Verordnung wurde von Polen angeprangert.", {("PL", "oppose", AI)}),
    ("pt", "O regulamento da inteligência artificial foi acolhido com satisfação por Portugal.", {("PT", "support", AI)}),
    # Greek: a whole passive from the same file ("από" + the agent)
    ("el", "Ο κανονισμός (ΕΕ) 2024/1689 απορρίφθηκε από τη Γερμανία και την Πολωνία.", {("DE", "oppose", AI), ("PL", "oppose", AI)}),
    ("el", "Ο κανονισμός (ΕΕ) 2024/1689 υποστηρίζεται από την Ισπανία.", {("ES", "support", AI)}),
    ("el", "Ο κανονισμός (ΕΕ) 2024/1689 υποστηρίζεται από επιχειρήσεις της Ισπανίας.", set()),
    ("el", "Η Γερμανία επικρίθηκε για τον κανονισμό (ΕΕ) 2024/1689.", set()),
    # traps
    ("en", "The AI Act was not welcomed with satisfaction by Spain.", set()),
    ("en", "Hungary was denounced over the AI Act.", set()),
    ("en", "The AI Act was denounced by Hungary's farmers.", set()),
    ("es", "España fue denunciada por la Ley de Inteligencia Artificial.", set()),
]


@pytest.mark.parametrize("lang,text,expected", CASES)
def test_a_participle_with_its_manner_reads_its_agent(lang, text, expected):
    assert {x for x in got(text, lang) if len(x[0]) == 2 and x[0].isupper()} == expected
