"""State names in running text, inflected, in many languages; texts written for these tests."""

from __future__ import annotations

import pytest

from loaders.names import find_states, resolve_state


def codes(text: str, lang: str, *, strong_only: bool = True) -> list[str | None]:
    return [m.iso2 for m in find_states(text, lang) if not (strong_only and m.weak)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("pl", "Delegacje Niemiec, Stanów Zjednoczonych, Nowej Zelandii, Republiki Korei i Wielkiej Brytanii spotkały się.", ["DE", "US", "NZ", "KR", "GB"]),
        ("pl", "Rozmowy odbyły się w Szwecji, a potem w Czechach.", ["SE", "CZ"]),
        ("lv", "Apvienotās Karalistes, Amerikas Savienoto Valstu, Somijas, Zviedrijas un Šveices pārstāvji.", ["GB", "US", "FI", "SE", "CH"]),
        ("fi", "Ruotsin, Suomen ja Saksan ministerit sekä Ranskassa pidetty kokous.", ["SE", "FI", "DE", "FR"]),
        ("hu", "Svédország és Németországgal kötött megállapodás, valamint Ausztriával.", ["SE", "DE", "AT"]),
        ("el", "Οι υπουργοί της Γαλλίας, της Σουηδίας και του Ηνωμένου Βασιλείου.", ["FR", "SE", "GB"]),
        ("lt", "Švedijos, Vokietijos ir Jungtinės Karalystės atstovai.", ["SE", "DE", "GB"]),
        ("fr", "Les ministres de l'Australie, des Pays-Bas et du Royaume-Uni.", ["AU", "NL", "GB"]),
        ("de", "Die Haltung Deutschlands, der Niederlande und des Vereinigten Königreichs.", ["DE", "NL", "GB"]),
        ("es", "Los gobiernos de España, Italia y los Estados Unidos.", ["ES", "IT", "US"]),
        ("it", "I governi della Francia, della Germania e del Regno Unito.", ["FR", "DE", "GB"]),
        ("cs", "Zástupci Německa, Francie a Spojených států.", ["DE", "FR", "US"]),
        ("en", "Officials from the Republic of Korea, the UK and the Netherlands.", ["KR", "GB", "NL"]),
    ],
)
def test_inflected_names(lang: str, text: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected


def test_korea_alone_is_ambiguous_not_a_state() -> None:
    ms = find_states("The delegation visited Korea last week.", "en")
    assert [(m.iso2, set(m.candidates)) for m in ms] == [(None, {"KR", "KP"})]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with North Korea stalled.", ["KP"]),
        ("The DPRK and South Korea met.", ["KP", "KR"]),
        ("Korea, Republic of signed.", ["KR"]),
        ("Exports to Papua New Guinea and Equatorial Guinea rose.", ["PG", "GQ"]),
        ("Both Niger and Nigeria replied.", ["NE", "NG"]),
        ("The Dominican Republic and Dominica abstained.", ["DO", "DM"]),
    ],
)
def test_longest_name_wins(text: str, expected: list[str]) -> None:
    assert codes(text, "en") == expected


def test_names_that_are_also_people_or_places_are_weak_outside_lists() -> None:
    assert codes("Chad Smith met officials in Atlanta, Georgia.", "en") == []
    assert codes("Observers from Chad, Niger and Mali arrived.", "en") == ["TD", "NE", "ML"]


def test_polish_adjective_is_not_poland_but_list_item_is() -> None:
    assert codes("Polski rząd przedstawił nowy projekt.", "pl") == []
    assert codes("Przedstawiciele Czech, Polski i Słowacji.", "pl") == ["CZ", "PL", "SK"]


def test_lowercase_common_noun_never_matches() -> None:
    assert codes("We ate turkey and drank china tea.", "en") == []


def test_offsets_point_into_text() -> None:
    text = "Intro. Rządy Szwecji i Finlandii."
    for m in find_states(text, "pl", start=7):
        assert text[m.start : m.end] == m.surface


@pytest.mark.parametrize(
    ("name", "lang", "iso2"),
    [
        ("Republic of Korea", None, "KR"),
        ("Korea", None, None),
        ("North Korea", None, "KP"),
        ("Niemiec", "pl", "DE"),
        ("Németországgal", "hu", "DE"),
        ("της Γαλλίας", "el", "FR"),
        ("Ruotsin", "fi", "SE"),
        ("des Pays-Bas", "fr", "NL"),
        ("der Niederlande", "de", "NL"),
        ("Atlantis", None, None),
    ],
)
def test_resolve_state(name: str, lang: str | None, iso2: str | None) -> None:
    ref = resolve_state(name, lang)
    assert (ref.iso2 if ref else None) == iso2


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # pycountry's Slovak catalogue gives "Slovenská republika" to the Gambia as well
        ("sk", "Vlády Slovenskej republiky a Českej republiky sa zišli v Bratislave.", ["SK", "CZ"]),
        ("sk", "Slovenská republika a Gambia podpísali dohodu.", ["SK", "GM"]),
        # and its Irish one "Poblacht Dhaonlathach an Chongó" to Algeria as well
        ("ga", "Tháinig airí ó Phoblacht Dhaonlathach an Chongó.", ["CD"]),
    ],
)
def test_a_translation_two_states_share_stays_with_the_state_it_names(lang: str, text: str, expected: list[str]) -> None:
    assert codes(text, lang) == expected
