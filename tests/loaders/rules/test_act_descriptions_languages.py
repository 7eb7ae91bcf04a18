"""Curated acts named in the languages added for issue 15 (metadata/act_descriptions.yaml):
the CSA regulation by its EUR-Lex title and its nickname ("chat control") in national
forms, the EUDR, the Platform Work Directive and the EU-Mercosur agreement in the
languages that had no name for them. Sentences written for these tests; traps: the EU
Centre or the topic without the act, a nickname as a description in a text about
something else, the trade bloc without an agreement."""

from __future__ import annotations

import pytest

from loaders.rules.act_descriptions import find_description, topical_acts

CSAR, EUDR, PWD, MERCOSUR = "celex:52022PC0209", "celex:32023R1115", "celex:52021PC0762", "agreement:eu-mercosur"


def _named(text: str, lang: str) -> str | None:
    found = find_description(text, lang, 0, len(text), topical_acts(text, lang))
    return found.act if found else None


NAMED = [
    ("en", "Privacy groups campaign against ChatControl.", CSAR),
    ("de", "Die Verordnung zur Festlegung von Vorschriften zur Prävention und Bekämpfung des sexuellen Missbrauchs von Kindern bleibt umstritten.", CSAR),
    ("de", "Die Chatkontrolle-Verordnung wird im Rat verhandelt.", CSAR),
    ("pl", "Rząd krytykuje rozporządzenie CSAM.", CSAR),
    ("sv", "Regeringen stöder CSAM-förordningen.", CSAR),
    ("cs", "Vláda odmítá kontrolu chatů.", CSAR),
    ("hu", "A kormány támogatja a chatkontrollt.", CSAR),
    ("fr", "Les associations de protection de l'enfance et les défenseurs de la vie privée s'opposent sur les abus sexuels sur enfants : "
           "le contrôle des conversations privées divise.", CSAR),
    ("it", "Il controllo delle chat divide gli Stati sulla lotta agli abusi sessuali sui minori.", CSAR),
    ("sk", "Vláda podporuje nariadenie o odlesňovaní.", EUDR),
    ("hr", "Vlada kritizira uredbu o krčenju šuma.", EUDR),
    ("lt", "Vyriausybė remia miškų naikinimo reglamentą.", EUDR),
    ("hu", "A kormány bírálja az erdőirtási rendeletet.", EUDR),
    ("hu", "A platformmunkáról szóló irányelv elfogadása késik.", PWD),
    ("lv", "Valdība atbalsta platformu darba direktīvu.", PWD),
    ("sl", "Vlada nasprotuje sporazumu EU-Mercosur.", MERCOSUR),
    ("fi", "Hallitus tukee Mercosur-sopimusta.", MERCOSUR),
    ("ro", "Guvernul respinge Mercosur, dar acordul avansează.", MERCOSUR),
]


@pytest.mark.parametrize(("lang", "text", "act"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_a_curated_act_is_named_in_that_language(lang: str, text: str, act: str) -> None:
    assert _named(text, lang) == act


TRAPS = [
    ("sk", "Centrum EÚ na predchádzanie sexuálnemu zneužívaniu detí začne fungovať."),   # the EU Centre, not the regulation
    ("fr", "Le contrôle des conversations privées par les employeurs est encadré."),        # the nickname's words, no child abuse
    ("it", "Il controllo delle chat aziendali è vietato dal garante."),
    ("ro", "Mercosur a crescut exporturile de carne."),                                    # the bloc, no agreement in the text
    ("hr", "Krčenje šuma u Amazoni se nastavlja."),                                          # the topic, no act
]


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_the_same_words_without_the_act_name_nothing(lang: str, text: str) -> None:
    assert _named(text, lang) is None
