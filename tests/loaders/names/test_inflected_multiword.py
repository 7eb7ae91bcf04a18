"""Multi-word state names declined as a whole (adjective and noun agreeing), in the case
languages; every sentence written for these tests."""

from __future__ import annotations

import pytest

from loaders.names import find_states
from loaders.names.inflect import declensions, word_forms
from loaders.names.morphology import morphology
from loaders.names.tokens import fold


def found(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(m.surface, m.iso2) for m in find_states(text, lang) if not m.weak]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("el", "Οι πρέσβεις της Νέας Ζηλανδίας, των Ηνωμένων Πολιτειών και της Τσεχικής Δημοκρατίας συναντήθηκαν.",
         [("Νέας Ζηλανδίας", "NZ"), ("Ηνωμένων Πολιτειών", "US"), ("Τσεχικής Δημοκρατίας", "CZ")]),
        ("el", "Η θέση των Κάτω Χωρών και της Δημοκρατίας της Κορέας δεν άλλαξε.",
         [("Κάτω Χωρών", "NL"), ("Δημοκρατίας της Κορέας", "KR")]),
        ("lt", "Jungtinių Amerikos Valstijų, Naujosios Zelandijos ir Kosta Rikos ministrai susitiko.",
         [("Jungtinių Amerikos Valstijų", "US"), ("Naujosios Zelandijos", "NZ"), ("Kosta Rikos", "CR")]),
        ("lt", "Susitikimas vyko Naujojoje Zelandijoje, o sutartis pasirašyta su Jungtinėmis Amerikos Valstijomis.",
         [("Naujojoje Zelandijoje", "NZ"), ("Jungtinėmis Amerikos Valstijomis", "US")]),
        ("cs", "Zástupci Spojených států, Nového Zélandu a Korejské republiky jednali s Českou republikou.",
         [("Spojených států", "US"), ("Nového Zélandu", "NZ"), ("Korejské republiky", "KR"), ("Českou republikou", "CZ")]),
        ("cs", "Dohoda se Spojeným královstvím byla podepsána v České republice.",
         [("Spojeným královstvím", "GB"), ("České republice", "CZ")]),
        ("sk", "Ministri Spojeného kráľovstva a Kórejskej republiky rokovali o Novom Zélande.",
         [("Spojeného kráľovstva", "GB"), ("Kórejskej republiky", "KR"), ("Novom Zélande", "NZ")]),
        ("pl", "Rozmowy ze Stanami Zjednoczonymi i Nową Zelandią toczyły się w Zjednoczonym Królestwie.",
         [("Stanami Zjednoczonymi", "US"), ("Nową Zelandią", "NZ"), ("Zjednoczonym Królestwie", "GB")]),
        ("lv", "Līgums ar Amerikas Savienotajām Valstīm un Apvienoto Karalisti stājās spēkā.",
         [("Amerikas Savienotajām Valstīm", "US"), ("Apvienoto Karalisti", "GB")]),
        ("fi", "Kokous pidettiin Uudessa-Seelannissa ja Yhdistyneessä kuningaskunnassa.",
         [("Uudessa-Seelannissa", "NZ"), ("Yhdistyneessä kuningaskunnassa", "GB")]),
        ("sl", "Predstavniki Združenih držav, Nove Zelandije in Združenega kraljestva so se sestali.",
         [("Združenih držav", "US"), ("Nove Zelandije", "NZ"), ("Združenega kraljestva", "GB")]),
        ("hr", "Ministri Novog Zelanda, Sjedinjenih Američkih Država i Ujedinjene Kraljevine sastali su se.",
         [("Novog Zelanda", "NZ"), ("Sjedinjenih Američkih Država", "US"), ("Ujedinjene Kraljevine", "GB")]),
        ("et", "Korea Vabariigi, Tšehhi Vabariigi ja Madalmaade esindajad kohtusid.",
         [("Korea Vabariigi", "KR"), ("Tšehhi Vabariigi", "CZ"), ("Madalmaade", "NL")]),
        ("ro", "Miniștrii Statelor Unite, Noii Zeelande și Regatului Unit s-au întâlnit.",
         [("Statelor Unite", "US"), ("Noii Zeelande", "NZ"), ("Regatului Unit", "GB")]),
    ],
)
def test_declined_multiword_names(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("el", "Ο πρόεδρος της Νέας Δημοκρατίας μίλησε."),  # a party, not a state
        ("lt", "Jungtinių Tautų asamblėja posėdžiavo."),  # the United Nations
        ("cs", "Valné shromáždění Spojených národů zasedalo."),
        ("pl", "Posiedzenie Narodów Zjednoczonych trwało długo."),
        ("sl", "Nove države članice so se pridružile."),  # "new member states": no name
    ],
)
def test_declined_words_of_other_proper_nouns_are_no_state(lang: str, text: str) -> None:
    assert found(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [("el", "της Νέας Ζηλανδίας"), ("cs", "Korejské republiky"), ("lt", "Naujosios Zelandijos"), ("pl", "Nową Zelandią")],
)
def test_a_declined_name_is_never_reported_as_the_nominative(lang: str, text: str) -> None:
    # the stance rule reads "exact" as nominative (a possible subject); a genitive is not one
    (m,) = find_states(text, lang)
    assert m.method != "exact" and m.resolved


@pytest.mark.parametrize(
    ("lang", "text", "iso2"),
    [("el", "Νέα Ζηλανδία", "NZ"), ("cs", "Korejská republika", "KR"), ("lt", "Naujoji Zelandija", "NZ"), ("pl", "Nowa Zelandia", "NZ")],
)
def test_the_nominative_still_matches_exactly(lang: str, text: str, iso2: str) -> None:
    (m,) = find_states(text, lang)
    assert (m.iso2, m.method) == (iso2, "exact")


def test_word_forms_decline_each_part_of_a_hyphenated_word() -> None:
    fi = morphology("fi")
    genitive = fi.cases[0]
    assert word_forms("uusi-seelanti", genitive) == ("uuden-seelannin",)
    assert word_forms("xyz", genitive) == ()


def test_declensions_leave_articles_and_one_word_names_alone() -> None:
    el = morphology("el")
    forms = declensions(tuple(fold(w, True) for w in ("Δημοκρατία", "της", "Κορέας")), el)
    assert fold("Δημοκρατίας", True) in forms
    assert all(stems[1] == frozenset({fold("της")}) for stems in forms.values())
    assert declensions((fold("Ελλάδα", True),), el) == {}
    assert declensions(("new", "zealand"), morphology("en")) == {}  # English has no cases table


@pytest.mark.parametrize(
    ("text", "iso2"),
    [("των Φιλιππίνων", "PH"), ("των Μαλδίβων", "MV"), ("των Σεϋχελλών", "SC"), ("των Ηνωμένων Αραβικών Εμιράτων", "AE")],
)
def test_greek_plural_names_in_the_genitive(text: str, iso2: str) -> None:
    # the nominative plural ending "-ες" must be folded like the words ("ς" -> "σ") to be cut off
    (m,) = find_states(text, "el")
    assert (m.iso2, m.method != "exact") == (iso2, True)


def test_endings_are_folded_like_the_words() -> None:
    el = morphology("el")
    assert fold("ες", True) in el.stem_endings and fold("ων", True) in el.suffixes
