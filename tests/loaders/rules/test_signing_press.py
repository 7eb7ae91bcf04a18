"""Authors of a press release's lead, and what is not authorship (news wording, states)."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Brussels, 4 June 2025 – Statewatch, Bits of Freedom and the Northwind Foundation said today that export rules must hold.\n"),
        ("en", "Statewatch, Bits of Freedom and the Northwind Foundation warned in a joint statement that export rules must hold.\n"),
        ("fr", "Bruxelles, 4 juin 2025 – Statewatch, Bits of Freedom et la Northwind Foundation ont averti aujourd'hui que les règles doivent tenir.\n"),
        ("de", "Brüssel, 4. Juni 2025 – Statewatch, Bits of Freedom und die Northwind Foundation forderten heute strengere Regeln.\n"),
        ("pl", "Bruksela, 4 czerwca 2025 – Statewatch, Bits of Freedom i Northwind Foundation zaapelowały dziś o surowsze przepisy.\n"),
        ("es", "Bruselas, 4 de junio de 2025 – Statewatch, Bits of Freedom y la Northwind Foundation pidieron hoy normas más estrictas.\n"),
        ("it", "Bruxelles, 4 giugno 2025 – Statewatch, Bits of Freedom e la Northwind Foundation hanno chiesto oggi regole più severe.\n"),
    ],
)
def test_organisations_of_the_lead_are_authors(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [a.actor.key for a in f.authors] == ["statewatch", "bits-of-freedom", "northwind-foundation"]
    assert {a.evidence.extractor for a in f.authors} == {"authors.press_release"}
    assert f.signatories == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Statewatch and Bits of Freedom said on Tuesday that export rules must hold.\n"),
        ("fr", "Statewatch et Bits of Freedom ont déclaré mardi que les règles doivent tenir.\n"),
        ("de", "Statewatch und Bits of Freedom erklärten am Dienstag, die Regeln müssten halten.\n"),
        ("pl", "Statewatch i Bits of Freedom oświadczyły we wtorek, że przepisy muszą obowiązywać.\n"),
    ],
)
def test_news_wording_with_a_weekday_is_not_authorship(lang: str, text: str) -> None:
    assert facts(text, lang).authors == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "France and Germany said today that export rules must hold.\n"),
        ("fr", "La France et l'Allemagne ont déclaré aujourd'hui que les règles doivent tenir.\n"),
        ("de", "Frankreich und Deutschland erklärten heute, die Regeln müssten halten.\n"),
        ("es", "Francia y Alemania declararon hoy que las normas deben mantenerse.\n"),
    ],
)
def test_states_saying_something_are_not_press_release_authors(lang: str, text: str) -> None:
    assert facts(text, lang).authors == []


def test_an_unknown_name_breaks_the_chain_of_authors() -> None:
    f = facts("Rights groups Statewatch and Bits of Freedom said today that rules must hold.\n", "en")
    assert [a.actor.key for a in f.authors] == ["statewatch", "bits-of-freedom"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Our letter to ministers\n\nToday, 3 June, Statewatch, with 40 other groups, calls on ministers to drop the plan.\n"),
        ("de", "Unser Brief an die Minister\n\nStatewatch und Bits of Freedom fordern die Minister auf, den Plan aufzugeben.\n"),
        ("fr", "Notre lettre aux ministres\n\nStatewatch et Bits of Freedom exhortent les ministres à renoncer au projet.\n"),
        ("pl", "Nasz list do ministrów\n\nStatewatch i Bits of Freedom wzywają ministrów do porzucenia planu.\n"),
    ],
)
def test_organisations_opening_the_lead_with_a_call_are_authors(lang: str, text: str) -> None:
    keys = [a.actor.key for a in facts(text, lang).authors]
    assert keys in (["statewatch"], ["statewatch", "bits-of-freedom"])
    assert keys[0] == "statewatch"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ministers under pressure\n\nStatewatch called on ministers on Monday to drop the plan.\n"),
        ("en", "Ministers under pressure\n\nThe European Commission calls on ministers to adopt the plan.\n"),
        ("de", "Minister unter Druck\n\nDie Europäische Kommission fordert die Minister auf, den Plan anzunehmen.\n"),
        ("es", "Ministros bajo presión\n\nFrancia y Alemania piden a los ministros que adopten el plan.\n"),
    ],
)
def test_past_calls_institutions_and_states_are_not_press_release_authors(lang: str, text: str) -> None:
    assert facts(text, lang).authors == []


@pytest.mark.parametrize(
    "text",
    [
        "Brussels, 4 June 2031 — Statewatch, with Bits of Freedom and other groups, is calling out the Council for weak export rules.\n",
        "Statewatch and Bits of Freedom call for a ban on harbour spyware.\n",
    ],
)
def test_an_english_call_out_or_call_for_opens_the_lead(text: str) -> None:
    keys = [a.actor.key for a in facts(text, "en").authors]
    assert keys and keys[0] == "statewatch"


def test_a_report_calling_for_rules_names_no_author() -> None:
    assert facts("The annual report calls for stricter harbour rules.\n", "en").authors == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "PRESS RELEASE Vienna, March 3, 2025 Harbour Watch Foundation and ARTICLE 19 said today that the registry must open.\n"),
        ("de", "PRESSEMITTEILUNG Wien, 03.03.2025 Harbour Watch Foundation und ARTICLE 19 erklärten heute, das Register müsse offen sein.\n"),
        ("fr", "COMMUNIQUÉ Vienne, 3.3.2025 Harbour Watch Foundation et ARTICLE 19 ont déclaré aujourd'hui que le registre doit être ouvert.\n"),
    ],
)
def test_a_date_line_run_into_the_lead_is_no_part_of_an_organisations_name(lang: str, text: str) -> None:
    names = {a.actor.name for a in facts(text, lang).authors}
    assert "ARTICLE 19" in names
    assert not any(n[:1].isdigit() for n in names)
