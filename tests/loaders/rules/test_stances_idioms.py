"""Verbs of criticising, vetoing, promoting and defending in the languages that had only the
core verbs (da fi et lv lt cs sk sl hr hu bg el): with a state as subject and an act as
object they are stances; criticising someone who is not an act says nothing.

Czech and Slovak past tenses take the neuter "-lo" of state names such as Rakousko.

Texts written for these tests, with traps: the object is an institution, a negated verb.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, got

FOUND = [
    ("da", "Danmark kritiserede forordning (EU) 2021/821.", ("DK", "oppose")),
    ("da", "Sverige anbefaler forordning (EU) 2021/821.", ("SE", "support")),
    ("fi", "Suomi arvosteli asetusta (EU) 2021/821.", ("FI", "oppose")),
    ("fi", "Ruotsi puolustaa asetusta (EU) 2021/821.", ("SE", "support")),
    ("et", "Eesti kritiseeris määrust (EL) 2021/821.", ("EE", "oppose")),
    ("et", "Soome kritiseerib määrust (EL) 2021/821.", ("FI", "oppose")),
    ("lv", "Latvija kritizēja regulu (ES) 2021/821.", ("LV", "oppose")),
    ("lv", "Lietuva aizstāv regulu (ES) 2021/821.", ("LT", "support")),
    ("lt", "Lietuva kritikavo reglamentą (ES) 2021/821.", ("LT", "oppose")),
    ("lt", "Latvija vetavo reglamentą (ES) 2021/821.", ("LV", "oppose")),
    ("cs", "Česko kritizuje nařízení (EU) 2021/821.", ("CZ", "oppose")),
    ("cs", "Slovensko prosazuje nařízení (EU) 2021/821.", ("SK", "support")),
    ("sk", "Slovensko kritizovalo nariadenie (EÚ) 2021/821.", ("SK", "oppose")),
    ("sk", "Česko presadzuje nariadenie (EÚ) 2021/821.", ("CZ", "support")),
    ("sl", "Slovenija kritizira Uredbo (EU) 2021/821.", ("SI", "oppose")),
    ("sl", "Hrvaška zagovarja Uredbo (EU) 2021/821.", ("HR", "support")),
    ("hr", "Hrvatska kritizira Uredbu (EU) 2021/821.", ("HR", "oppose")),
    ("hr", "Slovenija zagovara Uredbu (EU) 2021/821.", ("SI", "support")),
    ("hu", "Magyarország bírálta az (EU) 2021/821 rendeletet.", ("HU", "oppose")),
    ("hu", "Ausztria szorgalmazza az (EU) 2021/821 rendeletet.", ("AT", "support")),
    ("bg", "България критикува Регламент (ЕС) 2021/821.", ("BG", "oppose")),
    ("bg", "Румъния настоява за Регламент (ЕС) 2021/821.", ("RO", "support")),
    ("el", "Η Ελλάδα επέκρινε τον κανονισμό (ΕΕ) 2021/821.", ("GR", "oppose")),
    ("el", "Η Κύπρος προωθεί τον κανονισμό (ΕΕ) 2021/821.", ("CY", "support")),
]

TRAPS = [
    # the object is an institution, not an act
    ("cs", "Česko kritizuje Evropskou komisi."),
    ("hu", "Magyarország bírálta az Európai Bizottságot."),
    ("fi", "Suomi arvosteli Euroopan komissiota."),
    # negated verbs
    ("cs", "Česko nekritizuje nařízení (EU) 2021/821."),
    ("fi", "Suomi ei arvostellut asetusta (EU) 2021/821."),
    ("hu", "Magyarország nem bírálta az (EU) 2021/821 rendeletet."),
    ("bg", "България не критикува Регламент (ЕС) 2021/821."),
    ("el", "Η Ελλάδα δεν επέκρινε τον κανονισμό (ΕΕ) 2021/821."),
]


@pytest.mark.parametrize(("lang", "text", "expected"), FOUND, ids=[f"{c[0]}-{i}" for i, c in enumerate(FOUND)])
def test_criticising_vetoing_promoting_or_defending_an_act(lang: str, text: str, expected: tuple) -> None:
    assert got(text, lang) == {(expected[0], expected[1], R821)}


@pytest.mark.parametrize(("lang", "text"), TRAPS, ids=[f"{c[0]}-{i}" for i, c in enumerate(TRAPS)])
def test_no_stance_without_an_act_or_with_a_negation(lang: str, text: str) -> None:
    assert got(text, lang) == set()


NEUTER = [
    ("cs", "Rakousko odmítlo nařízení (EU) 2021/821.", {("AT", "oppose", R821)}),
    ("cs", "Německo podpořilo nařízení (EU) 2021/821.", {("DE", "support", R821)}),
    ("cs", "Rakousko hlasovalo proti nařízení (EU) 2021/821.", {("AT", "oppose", R821)}),
    ("sk", "Nemecko podporilo nariadenie (EÚ) 2021/821.", {("DE", "support", R821)}),
    ("sk", "Rakúsko odmietlo nariadenie (EÚ) 2021/821.", {("AT", "oppose", R821)}),
    ("cs", "Německo nepodpořilo nařízení (EU) 2021/821.", set()),
    ("sk", "Rakúsko neodmietlo nariadenie (EÚ) 2021/821.", set()),
]


@pytest.mark.parametrize(("lang", "text", "expected"), NEUTER, ids=[f"{c[0]}-{i}" for i, c in enumerate(NEUTER)])
def test_czech_and_slovak_neuter_state_names_take_the_past_in_lo(lang: str, text: str, expected: set) -> None:
    # Rakousko, Německo, Nemecko, Rakúsko are neuter: "odmítlo", "podporilo"
    assert got(text, lang) == expected


STATE_AS_OBJECT = [
    ("en", "The European Commission criticised Germany over Regulation (EU) 2021/821."),
    ("en", "Amnesty International condemned Hungary for Regulation (EU) 2021/821."),
    ("de", "Die Kommission kritisiert Deutschland wegen der Verordnung (EU) 2021/821."),
    ("fr", "La Commission a critiqué la Hongrie pour le règlement (UE) 2021/821."),
]


@pytest.mark.parametrize(("lang", "text"), STATE_AS_OBJECT, ids=[f"{c[0]}-{i}" for i, c in enumerate(STATE_AS_OBJECT)])
def test_criticising_a_state_over_an_act_is_no_stance_on_the_act(lang: str, text: str) -> None:
    # the state is the verb's object; the act is only the reason
    assert got(text, lang) == set()


def test_criticising_the_act_itself_still_opposes_it() -> None:
    assert got("Germany criticised Regulation (EU) 2021/821.", "en") == {("DE", "oppose", R821)}
