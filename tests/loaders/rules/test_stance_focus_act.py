"""The act in discourse focus: an act noun in a document that names several acts.

Texts written for these tests. Each names one act in a first paragraph and another in
the sentence before "the proposal" / "der Vorschlag" / "la proposition" / "la propuesta" /
"wniosek": the noun stands for the act named last. Traps: two acts in that sentence, the
act named only in an earlier paragraph, or three sentences back; then nothing.
"""

from __future__ import annotations

import pytest

from loaders.lang import LanguageBlock
from loaders.rules.context import make_context
from loaders.rules.references import references
from loaders.rules.stance_targets import document_act, focus_act

NRL = "celex:52022PC0304"  # the Nature Restoration Law (metadata/act_descriptions.yaml)
R821 = "celex:32021R0821"
R679 = "celex:32016R0679"


def _focus(text: str, lang: str, word: str):
    ctx = make_context(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])
    return document_act(ctx, references(ctx), text.index(word))


FOCUSED = [
    ("en", "Regulation (EU) 2016/679 has applied since 2018.\n\nIn 2022 the Commission tabled the Nature Restoration Law. "
           "Austria opposes the proposal.", "Austria", NRL),
    ("de", "Die Verordnung (EU) 2016/679 gilt seit 2018.\n\nDie Kommission legte 2022 das Renaturierungsgesetz vor. "
           "Österreich lehnt den Vorschlag ab.", "Österreich", NRL),
    ("fr", "Le règlement (UE) 2016/679 s'applique depuis 2018.\n\nLa Commission a présenté la loi sur la restauration de la "
           "nature en 2022. L'Autriche rejette la proposition.", "L'Autriche", NRL),
    ("es", "El Reglamento (UE) 2016/679 se aplica desde 2018.\n\nLa Comisión presentó la ley de restauración de la "
           "naturaleza en 2022. Austria rechaza la propuesta.", "Austria rechaza", NRL),
    ("pl", "Rozporządzenie (UE) 2016/679 obowiązuje od 2018 roku.\n\nKomisja przedstawiła rozporządzenie (UE) 2021/821. "
           "Rząd jest w trakcie analizy. Polska odrzuca wniosek.", "Polska odrzuca", R821),
]


@pytest.mark.parametrize(("lang", "text", "word", "act"), FOCUSED, ids=[c[0] for c in FOCUSED])
def test_an_act_noun_stands_for_the_act_named_last_in_its_paragraph(lang: str, text: str, word: str, act: str) -> None:
    found = _focus(text, lang, word)
    assert found is not None and found.target.ref == act and found.how == "focus_act"


NOT_FOCUSED = [
    # two acts in the sentence before: either could be meant
    ("en", "Regulation (EU) 2016/679 and Regulation (EU) 2021/821 were discussed. Austria opposes the proposal.", "Austria"),
    ("de", "Die Verordnungen (EU) 2016/679 und (EU) 2021/821 wurden beraten. Österreich lehnt den Vorschlag ab.", "Österreich"),
    # the acts were named in an earlier paragraph only
    ("fr", "Le règlement (UE) 2016/679 et le règlement (UE) 2021/821 sont en vigueur.\n\nL'Autriche rejette la proposition.",
     "L'Autriche"),
    ("es", "El Reglamento (UE) 2016/679 se aplica desde 2018.\n\nEl Reglamento (UE) 2021/821 se aplica desde 2021.\n\n"
           "Austria rechaza la propuesta.", "Austria"),
    # named three sentences back: out of focus
    ("en", "Regulation (EU) 2016/679 applies.\n\nRegulation (EU) 2021/821 was adopted in May. Ministers met. Talks went on. "
           "Austria opposes the proposal.", "Austria"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NOT_FOCUSED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NOT_FOCUSED)])
def test_no_act_in_focus_gives_nothing(lang: str, text: str, word: str) -> None:
    assert _focus(text, lang, word) is None


def test_a_document_naming_one_act_keeps_its_act_without_focus() -> None:
    text = "Regulation (EU) 2021/821 was adopted.\n\nMinisters met. Talks went on. Austria opposes the proposal."
    found = _focus(text, "en", "Austria")
    assert found is not None and found.target.ref == R821 and found.how != "focus_act"


def test_focus_is_asked_only_where_the_document_names_several_acts() -> None:
    text = "Talks went on.\n\nAustria opposes the proposal."
    ctx = make_context(text, [LanguageBlock(lang="en", start=0, end=len(text), confidence=1.0)])
    assert document_act(ctx, references(ctx), text.index("Austria")) is None
    assert focus_act(ctx, references(ctx), text.index("Austria")) is None


# A document that cites and describes no act: the one act its title and lead name in words
# (act_names.py) stands for an act noun; an act named so only further on, or two in the
# lead, give nothing.
NAMED_LEAD = [
    ("en", "Ministers clash over the Soil Monitoring Law\n\nTalks went on all day. Austria opposes the proposal.",
     "Austria", "named-act:en:soil-monitoring-law"),
    ("de", "Streit um das Bodenüberwachungsgesetz\n\nDie Gespräche dauerten an. Österreich lehnt den Entwurf ab.",
     "Österreich", "named-act:de:bodenuberwachungsgesetz"),
    ("fr", "Bras de fer sur la directive sur la surveillance des sols\n\nLes discussions continuent. "
           "L'Autriche rejette la proposition.", "L'Autriche", "named-act:fr:directive-sur-la-surveillance-des-sols"),
    ("it", "Scontro sul regolamento sulle batterie\n\nI negoziati continuano. L'Austria respinge la proposta.",
     "L'Austria", "named-act:it:regolamento-sulle-batterie"),
]


@pytest.mark.parametrize(("lang", "text", "word", "key"), NAMED_LEAD, ids=[c[0] for c in NAMED_LEAD])
def test_an_act_noun_stands_for_the_one_act_the_lead_names_in_words(lang: str, text: str, word: str, key: str) -> None:
    found = _focus(text, lang, word)
    assert found is not None and found.target.ref == key and found.how == "lead_named_document_act"


NAMED_NOT_LEAD = [
    # named only after the lead (400 characters and the end of that sentence)
    ("en", "Ministers met in the capital on Tuesday. " * 12 + "\n\nA national Soil Monitoring Law applies since 2020. "
           "Austria opposes the proposal.", "Austria"),
    # two acts named in the lead
    ("de", "Streit um das Bodenüberwachungsgesetz und das Lieferkettengesetz\n\nÖsterreich lehnt den Entwurf ab.",
     "Österreich"),
    ("it", "Scontro sul regolamento sulla deforestazione e sulla legge sul clima\n\nL'Austria respinge la proposta.",
     "L'Austria"),
]


@pytest.mark.parametrize(("lang", "text", "word"), NAMED_NOT_LEAD, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED_NOT_LEAD)])
def test_an_act_named_in_words_outside_the_lead_or_beside_another_stands_for_nothing(lang: str, text: str, word: str) -> None:
    assert _focus(text, lang, word) is None


def test_a_curated_act_in_the_document_wins_over_an_act_named_in_words() -> None:
    text = "Ministers clash over the Soil Monitoring Law\n\nThe Nature Restoration Law was adopted. Austria opposes the proposal."
    found = _focus(text, "en", "Austria")
    assert found is not None and found.target.ref == NRL
