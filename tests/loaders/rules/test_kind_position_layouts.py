"""Kind: a government's position paper as web pages and joined PDFs print it (a ministry's
masthead and navigation above the title, a title run into its text, numbered points in
which the signatories speak of themselves, "according to" in a paper's prose), and news
about such a paper; in several languages, every text written for these tests."""

from __future__ import annotations

import pytest

from loaders.rules.kind import kind, signals


def k(text: str, lang: str) -> str:
    return kind(text, [], [], [lang])[0]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Ministry of Foreign Affairs of the Republic of Ruritania\nHome\nNews\nPublications\n"
               "The Netherlands' position on the proposed drone regulation\nThe Netherlands supports the aim of the "
               "proposal. According to the government, the scope should be limited. Published 3 May 2031"),
        ("fr", "Ministère de l'Europe et des Affaires étrangères de la République\nAccueil\nPolitique étrangère\n"
               "Position de la France sur la proposition de règlement relatif aux drones\nLa France soutient "
               "l'objectif de la proposition. Selon le gouvernement, le champ doit être limité."),
        ("pl", "Ministerstwo Infrastruktury Rzeczypospolitej Polskiej\nStrona główna\nAktualności\n"
               "Stanowisko Rządu RP w sprawie projektu rozporządzenia o dronach\nRząd popiera cel projektu. "
               "Zdaniem rządu przepisy powinny obejmować wyłącznie organy publiczne."),
    ],
)
def test_a_position_titled_below_a_ministrys_masthead_is_a_position_paper(lang: str, text: str) -> None:
    assert signals(text, [lang]).position_heading
    assert k(text, lang) == "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("cs", "Úřad vlády České republiky\nRámcová pozice k návrhu nařízení o bezpilotních letadlech Datum projednání "
               "ve výboru: 3. 5. 2031 1. Základní informace Komise předložila návrh. 2. Stanovisko vlády Vláda návrh "
               "podporuje, požaduje však delší přechodné období pro orgány veřejné moci."),
        ("sk", "Úrad vlády Slovenskej republiky\nRámcová pozícia k návrhu nariadenia o dronoch Dátum prerokovania: "
               "3. 5. 2031 1. Základné informácie Komisia predložila návrh. 2. Stanovisko vlády Vláda návrh podporuje, "
               "žiada však dlhšie prechodné obdobie pre orgány verejnej moci."),
    ],
)
def test_a_position_heading_run_into_its_text_is_read(lang: str, text: str) -> None:
    assert signals(text, [lang]).position_heading
    assert k(text, lang) == "position_paper"


def test_a_joint_position_paper_citing_its_sources_is_a_position_paper() -> None:
    # "according to" and a declaration named in the prose are a paper's as much as news's
    text = ("Joint position paper of Denmark, Finland and Sweden on the proposed drone regulation\n\n"
            "Denmark, Finland and Sweden welcome the proposal. According to the impact assessment, costs will be "
            "limited. The declaration of the ministers in May supports this. The three countries support a "
            "risk-based approach and ask for a review clause.")
    assert k(text, "en") == "position_paper"


def test_a_non_paper_with_numbered_points_is_no_communique() -> None:
    text = ("Non-paper of Austria, Czechia and Slovakia on the drone regulation\n\n"
            "1. The three Governments consider that the scope should be limited to public bodies.\n\n"
            "2. The Parties call for a transition period of three years.\n\n"
            "3. Both the Council and the Parliament should review the rules after five years.")
    assert k(text, "en") == "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Germany's non-paper on drone rules leaks\nBRUSSELS, 3 May (Reuters) - Germany wants looser drone rules, "
               "according to a non-paper seen by Reuters, officials said on Tuesday."),
        ("de", "Berlin legt Positionspapier zu Drohnen vor\nDie Bundesregierung hat am Dienstag ein Positionspapier zur "
               "Drohnenverordnung vorgelegt, sagte ein Sprecher. \"Wir wollen Klarheit\", erklärte der Minister."),
    ],
)
def test_news_about_a_position_paper_stays_news(lang: str, text: str) -> None:
    assert k(text, lang) == "news"
