"""Actors in the languages whose actor words were added for issue 15 (loaders/data/actors.yaml):
a state's organ with a demonym (sk sl hr bg; Estonian with the country's genitive stem), a
capital as the subject of a stance predicate, a minister's role before a name, and the EU
institutions named short in more languages. Sentences written for these tests. Traps: a
demonym names another state than the document's language ("Njemačka vlada" in Croatian is
Germany's government, not Croatia's), a capital as a place."""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import got

R = "celex:32021R0821"

ORGANS = [
    ("sk", "Nemecké ministerstvo podporuje nariadenie (EÚ) 2021/821.", {("DE", "support", R)}),
    ("sk", "Slovenská vláda odmieta nariadenie (EÚ) 2021/821.", {("SK", "oppose", R)}),
    ("hr", "Njemačka vlada podupire Uredbu (EU) 2021/821.", {("DE", "support", R)}),
    ("sl", "Francoska vlada podpira Uredbo (EU) 2021/821.", {("FR", "support", R)}),
    ("sl", "Nemški kancler podpira Uredbo (EU) 2021/821.", {("DE", "support", R)}),
    ("bg", "Германското правителство подкрепя Регламент (ЕС) 2021/821.", {("DE", "support", R)}),
    ("et", "Saksa valitsus toetab määrust (EL) 2021/821.", {("DE", "support", R)}),
    ("et", "Prantsuse minister toetab määrust (EL) 2021/821.", {("FR", "support", R)}),
    ("lt", "Vokietijos vyriausybė palaiko Reglamentą (ES) 2021/821.", {("DE", "support", R)}),
    # states joined in the genitive before one organ share it (languages without demonyms)
    ("lt", "Švedijos ir Suomijos vyriausybės palaiko Reglamentą (ES) 2021/821.", {("SE", "support", R), ("FI", "support", R)}),
    ("fi", "Ruotsin ja Suomen hallitukset tukevat asetusta (EU) 2021/821.", {("SE", "support", R), ("FI", "support", R)}),
    ("lv", "Zviedrijas un Somijas valdības atbalsta regulu (ES) 2021/821.", {("SE", "support", R), ("FI", "support", R)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ORGANS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ORGANS)])
def test_a_state_organ_named_with_its_demonym_is_that_state(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


CAPITALS = [
    ("sk", "Bratislava podporuje nariadenie (EÚ) 2021/821.", {("SK", "support", R)}),
    ("hr", "Zagreb podržava Uredbu (EU) 2021/821.", {("HR", "support", R)}),
    ("sl", "Berlin podpira Uredbo (EU) 2021/821.", {("DE", "support", R)}),
    ("bg", "Берлин подкрепя Регламент (ЕС) 2021/821.", {("DE", "support", R)}),
    # traps: the capital as a place, not the subject
    ("sk", "V Bratislave ministri podporili nariadenie (EÚ) 2021/821.", set()),
    ("hr", "Na sastanku u Zagrebu ministri podržavaju Uredbu (EU) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CAPITALS, ids=[f"{c[0]}-{i}" for i, c in enumerate(CAPITALS)])
def test_a_capital_stands_for_its_government_only_as_the_subject(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


def _people(text: str, lang: str) -> set[tuple[str, str]]:
    return {(actor, stance) for actor, stance, _ in got(text, lang)}


PEOPLE = [
    ("sk", "Minister zahraničných vecí Peter Novák podporuje nariadenie (EÚ) 2021/821.", {("peter-novak", "support")}),
    ("hr", "Ministar Ivan Horvat podržava Uredbu (EU) 2021/821.", {("ivan-horvat", "support")}),
    ("sl", "Ministrica Ana Novak podpira Uredbo (EU) 2021/821.", {("ana-novak", "support")}),
    ("lt", "Ministras Jonas Petraitis palaiko Reglamentą (ES) 2021/821.", {("jonas-petraitis", "support")}),
    ("et", "Välisminister Mart Tamm toetab määrust (EL) 2021/821.", {("mart-tamm", "support")}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PEOPLE, ids=[f"{c[0]}-{i}" for i, c in enumerate(PEOPLE)])
def test_a_minister_named_after_the_role_is_an_actor(lang: str, text: str, expected: set) -> None:
    assert _people(text, lang) == expected


INSTITUTIONS = [
    ("sk", "Komisia podporuje nariadenie (EÚ) 2021/821, ako uvádza EÚ.", {("european-commission", "support", R)}),
    ("pl", "Parlament Europejski poparł rozporządzenie (UE) 2021/821.", {("european-parliament", "support", R)}),
    ("hu", "Az Európai Parlament támogatja az (EU) 2021/821 rendeletet.", {("european-parliament", "support", R)}),
    ("bg", "Европейският парламент подкрепя Регламент (ЕС) 2021/821.", {("european-parliament", "support", R)}),
    ("lv", "Eiropas Parlaments atbalsta Regulu (ES) 2021/821.", {("european-parliament", "support", R)}),
    ("de", "Der EU-Rat unterstützt die Verordnung (EU) 2021/821.", {("council-of-the-eu", "support", R)}),
    ("sv", "Rådet stöder förordning (EU) 2021/821.", {("council-of-the-eu", "support", R)}),
]


@pytest.mark.parametrize(("lang", "text", "expected"), INSTITUTIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(INSTITUTIONS)])
def test_an_eu_institution_named_short_in_a_text_naming_the_eu(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected



ORGANISATIONS = [
    # a noun saying what the organisation is, then its name
    ("en", "The environmental group Mighty River opposes Regulation (EU) 2021/821.", {("org-mighty-river", "oppose", R)}),
    ("fr", "L'ONG Forêts Vivantes soutient le règlement (UE) 2021/821.", {("org-forets-vivantes", "support", R)}),
    ("pt", "A Ong Terra Viva criticou o Regulamento (UE) 2021/821.", {("org-terra-viva", "oppose", R)}),
    ("de", "Die Umweltorganisation Blauer Planet lehnt die Verordnung (EU) 2021/821 ab.", {("org-blauer-planet", "oppose", R)}),
    # an acronym in brackets after a name whose other words are lowercase, named again
    ("fr", "La Confédération européenne des métallurgistes (CEM) a publié un avis. La CEM soutient le règlement (UE) 2021/821.",
     {("org-confederation-europeenne-des-metallurgistes", "support", R)}),
    ("it", "La Federazione nazionale dei tipografi (FNT) ha diffuso una nota. La FNT sostiene il regolamento (UE) 2021/821.",
     {("org-federazione-nazionale-dei-tipografi", "support", R)}),
    ("es", "La Confederación europea de sindicatos (CES) emitió un comunicado. La CES apoya el Reglamento (UE) 2021/821.",
     {("org-confederacion-europea-de-sindicatos", "support", R)}),
    # traps: no capitalised name after the noun; an acronym whose bracketed name has no
    # association's head noun; a state after the noun stays a state
    ("en", "A group of firms such as Acme opposes Regulation (EU) 2021/821.", set()),
    ("fr", "La Commission européenne des droits (CED) a publié un avis. La CED soutient le règlement (UE) 2021/821.", set()),
    ("en", "The group of Germany and France opposes Regulation (EU) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), ORGANISATIONS, ids=[f"{c[0]}-{i}" for i, c in enumerate(ORGANISATIONS)])
def test_an_organisation_named_after_its_kind_or_spelled_out_before_its_acronym(lang: str, text: str, expected: set) -> None:
    assert got(text, lang) == expected


PORTFOLIOS = [
    ("it", "Il ministro per le Infrastrutture e i Trasporti Marco Bianchi critica il regolamento (UE) 2021/821.", {("marco-bianchi", "oppose")}),
    ("fr", "Le ministre de l'Agriculture et la Pêche Jean Martin soutient le règlement (UE) 2021/821.", {("jean-martin", "support")}),
    ("es", "El ministro de Agricultura y la Pesca Juan García apoya el Reglamento (UE) 2021/821.", {("juan-garcia", "support")}),
    ("pt", "O ministro da Agricultura e o Mar João Silva apoia o Regulamento (UE) 2021/821.", {("joao-silva", "support")}),
    # trap: the portfolio with no name after it
    ("it", "Il ministro dell'Interno e i Trasporti sostiene il regolamento (UE) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), PORTFOLIOS, ids=[f"{c[0]}-{i}" for i, c in enumerate(PORTFOLIOS)])
def test_a_portfolio_of_two_parts_joined_by_an_article_before_the_name(lang: str, text: str, expected: set) -> None:
    assert _people(text, lang) == expected
