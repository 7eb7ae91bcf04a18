"""'<State> rejects the proposal': a noun for the act (act_nouns in stances.yaml) stands
for the one act the document names, in the languages that had only core verbs (fi et lv
lt cs sk sl hr hu bg el; Danish left out: its government memos say "the proposal" of a
new proposal while citing the act it amends), inflected as each language's object takes it (Finnish
partitive, Slavic and Baltic accusative or dative, Hungarian accusative).

Texts written for these tests, with traps: a document naming two acts, a negated verb,
another state's law, a question.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, got

LEADS = {
    "fi": "Asetus (EU) 2021/821 on esillä.",
    "et": "Määrus (EL) 2021/821 on arutlusel.",
    "lv": "Regula (ES) 2021/821 tiek apspriesta.",
    "lt": "Reglamentas (ES) 2021/821 svarstomas.",
    "cs": "Nařízení (EU) 2021/821 se projednává.",
    "sk": "Nariadenie (EÚ) 2021/821 sa prerokúva.",
    "sl": "Uredba (EU) 2021/821 je v obravnavi.",
    "hr": "Uredba (EU) 2021/821 je na dnevnom redu.",
    "hu": "Az (EU) 2021/821 rendelet napirenden van.",
    "bg": "Регламент (ЕС) 2021/821 се обсъжда.",
    "el": "Ο κανονισμός (ΕΕ) 2021/821 συζητείται.",
}

FOUND = [
    ("fi", "Suomi vastustaa ehdotusta.", ("FI", "oppose")),
    ("fi", "Ruotsi tukee asetusta.", ("SE", "support")),
    ("et", "Eesti vastustab ettepanekut.", ("EE", "oppose")),
    ("et", "Soome toetab määrust.", ("FI", "support")),
    ("lv", "Latvija noraida priekšlikumu.", ("LV", "oppose")),
    ("lv", "Lietuva atbalsta regulu.", ("LT", "support")),
    ("lt", "Lietuva atmetė pasiūlymą.", ("LT", "oppose")),
    ("lt", "Latvija palaiko reglamentą.", ("LV", "support")),
    ("cs", "Česko odmítá návrh.", ("CZ", "oppose")),
    ("cs", "Slovensko podporuje nařízení.", ("SK", "support")),
    ("sk", "Slovensko odmieta návrh.", ("SK", "oppose")),
    ("sk", "Česko podporuje nariadenie.", ("CZ", "support")),
    ("sl", "Slovenija nasprotuje predlogu.", ("SI", "oppose")),
    ("sl", "Hrvaška podpira uredbo.", ("HR", "support")),
    ("hr", "Hrvatska odbacuje prijedlog.", ("HR", "oppose")),
    ("hr", "Slovenija podržava uredbu.", ("SI", "support")),
    ("hu", "Magyarország elutasítja a javaslatot.", ("HU", "oppose")),
    ("hu", "Ausztria támogatja a rendeletet.", ("AT", "support")),
    ("bg", "България отхвърля предложението.", ("BG", "oppose")),
    ("bg", "Румъния подкрепя регламента.", ("RO", "support")),
    ("el", "Η Ελλάδα απορρίπτει την πρόταση.", ("GR", "oppose")),
    ("el", "Η Κύπρος στηρίζει τον κανονισμό.", ("CY", "support")),
]

TRAPS = [
    # two acts named: "the proposal" could be either
    ("cs", "Nařízení (EU) 2021/821 a nařízení (EU) 2016/679 se projednávají.\n\nČesko odmítá návrh."),
    ("fi", "Asetus (EU) 2021/821 ja asetus (EU) 2016/679 ovat esillä.\n\nSuomi vastustaa ehdotusta."),
    # negated verbs
    ("cs", LEADS["cs"] + "\n\nČesko neodmítá návrh."),
    ("fi", LEADS["fi"] + "\n\nSuomi ei vastusta ehdotusta."),
    ("hu", LEADS["hu"] + "\n\nMagyarország nem utasítja el a javaslatot."),
    ("sl", LEADS["sl"] + "\n\nSlovenija ne nasprotuje predlogu."),
    # a question
    ("hr", LEADS["hr"] + "\n\nOdbacuje li Hrvatska prijedlog?"),
]


@pytest.mark.parametrize(("lang", "sentence", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_a_noun_for_the_act_after_the_predicate_is_the_documents_act(lang: str, sentence: str, expected: tuple) -> None:
    assert got(LEADS[lang] + "\n\n" + sentence, lang) == {(expected[0], expected[1], R821)}


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_when_the_act_is_ambiguous_or_the_verb_negated(lang: str, text: str) -> None:
    assert got(text, lang) == set()
