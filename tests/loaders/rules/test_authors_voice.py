"""An organisation speaking of itself in the lead of its own release, and the news
sentences that only report it."""

from __future__ import annotations

import pytest

from .helpers import facts


def _voiced(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.evidence.extractor == "authors.own_voice"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        ("en", "Lighthouse code launched\n\nThe Harbour Keepers Foundation is pleased to endorse the Lighthouse Code as an early supporter. "
               "The code was announced today in Lima.\n", "Harbour Keepers Foundation"),
        ("en", "NGOs demand safe harbours\n\n2031Harbour Keepers Foundation has joined nearly 40 other groups in calling on the ministers "
               "to keep the ports open.\n", "Harbour Keepers Foundation"),
        ("fr", "Code des phares\n\nLa Fondation des Gardiens de Phare est heureuse de soutenir le code des phares. "
               "Le code a été présenté aujourd'hui à Lima.\n", "Fondation des Gardiens de Phare"),
        ("de", "Leuchtturm-Kodex\n\nDie Stiftung Hafenwächter freut sich, den Leuchtturm-Kodex als erste Unterstützerin mitzutragen. "
               "Der Kodex wurde heute in Lima vorgestellt.\n", "Stiftung Hafenwächter"),
        ("es", "Código de faros\n\nLa Fundación Guardianes del Faro se complace en respaldar el código de faros. "
               "El código se presentó hoy en Lima.\n", "Fundación Guardianes del Faro"),
        ("it", "Codice dei fari\n\nLa Fondazione Guardiani del Faro è lieta di sostenere il codice dei fari. "
               "Il codice è stato presentato oggi a Lima.\n", "Fondazione Guardiani del Faro"),
    ],
)
def test_an_organisation_pleased_to_act_is_the_author(lang: str, text: str, name: str) -> None:
    assert _voiced(text, lang) == [name]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "European Federation of Journalists\n\nPorts: ministers show disregard for safety\n\n"
               "The European Federation of Journalists (EFJ) strongly rejects the ministers' position on port safety. "
               "The ministers agreed on it today.\n"),
        ("de", "Europäische Journalisten-Föderation\n\nHäfen: Minister missachten die Sicherheit\n\n"
               "Die Europäische Journalisten-Föderation lehnt die Position der Minister zur Hafensicherheit entschieden ab. "
               "Die Minister einigten sich heute.\n"),
        ("fr", "Fédération européenne des journalistes\n\nPorts : les ministres négligent la sécurité\n\n"
               "La Fédération européenne des journalistes rejette la position des ministres sur la sécurité des ports. "
               "Les ministres se sont accordés aujourd'hui.\n"),
        ("es", "Federación Europea de Periodistas\n\nPuertos: los ministros desprecian la seguridad\n\n"
               "La Federación Europea de Periodistas rechaza la posición de los ministros sobre la seguridad portuaria. "
               "Los ministros se pusieron de acuerdo hoy.\n"),
    ],
)
def test_a_stand_taken_under_its_own_letterhead_is_the_authors(lang: str, text: str) -> None:
    assert len(_voiced(text, lang)) == 1


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # news reports the same stand without the organisation's letterhead
        ("en", "Ports row\n\nThe European Federation of Journalists (EFJ) strongly rejects the ministers' position, "
               "its spokesperson told reporters on Tuesday.\n"),
        # reported speech and the past tense are how news names others
        ("en", "Lighthouse code\n\nThe Harbour Keepers Foundation said it was pleased to endorse the code. The code was launched in Lima.\n"),
        ("de", "Leuchtturm-Kodex\n\nDie Stiftung Hafenwächter erklärte, sie freue sich über den Kodex. Er wurde in Lima vorgestellt.\n"),
        # a state is no organisation, a person neither
        ("fr", "Code des phares\n\nLa France est heureuse de soutenir le code des phares. Il a été présenté à Lima.\n"),
        ("es", "Código\n\nMaría Pérez se complace en presentar el código. Se presentó en Lima.\n"),
    ],
)
def test_reports_of_a_stand_are_not_its_authors(lang: str, text: str) -> None:
    assert _voiced(text, lang) == []


_RELEASE = {
    "en": "Ports must stay open\n\nShipowners and port workers met in Lima today to discuss the new beacon rules. "
          "The rules take effect in May, and the ministers will review them in a year.\n\n",
    "fr": "Les ports doivent rester ouverts\n\nArmateurs et dockers se sont réunis à Lima pour discuter des nouvelles règles. "
          "Les règles entrent en vigueur en mai et seront revues dans un an.\n\n",
    "de": "Häfen müssen offen bleiben\n\nReeder und Hafenarbeiter trafen sich in Lima, um die neuen Regeln zu besprechen. "
          "Die Regeln gelten ab Mai und werden in einem Jahr überprüft.\n\n",
    "es": "Los puertos deben seguir abiertos\n\nArmadores y estibadores se reunieron en Lima para hablar de las nuevas normas. "
          "Las normas entran en vigor en mayo y se revisarán dentro de un año.\n\n",
    "it": "I porti devono restare aperti\n\nArmatori e portuali si sono riuniti a Lima per discutere le nuove regole. "
          "Le regole entrano in vigore a maggio e saranno riviste tra un anno.\n\n",
}


@pytest.mark.parametrize(
    ("lang", "footer", "name"),
    [
        ("en", "About Harbour Keepers Foundation\nThe foundation defends port workers in 40 countries.\n", "Harbour Keepers Foundation"),
        ("fr", "À propos de la Fondation des Gardiens de Phare : la fondation défend les dockers.\n", "Fondation des Gardiens de Phare"),
        ("de", "Über die Stiftung Hafenwächter\nDie Stiftung setzt sich für Hafenarbeiter ein.\n", "Stiftung Hafenwächter"),
        ("es", "Acerca de la Fundación Guardianes del Faro\nLa fundación defiende a los estibadores.\n", "Fundación Guardianes del Faro"),
        ("it", "Informazioni su Fondazione Guardiani del Faro\nLa fondazione difende i portuali.\n", "Fondazione Guardiani del Faro"),
    ],
)
def test_the_about_note_closing_a_release_names_its_issuer(lang: str, footer: str, name: str) -> None:
    f = facts(_RELEASE[lang] + footer, lang)
    assert [(a.actor.name, a.evidence.extractor) for a in f.authors] == [(name, "authors.about_footer")]


@pytest.mark.parametrize(
    ("lang", "footer"),
    [
        ("en", "About 300 port workers joined the protest.\n"),
        ("en", "About the author\nMaren Holtvik covers shipping.\n"),
        ("en", "About Estonia\nEstonia has 12 ports.\n"),
        ("de", "Über die Autorin\nMaren Holtvik schreibt über Häfen.\n"),
    ],
)
def test_notes_about_others_name_no_issuer(lang: str, footer: str) -> None:
    f = facts(_RELEASE[lang] + footer, lang)
    assert [a for a in f.authors if a.evidence.extractor == "authors.about_footer"] == []
