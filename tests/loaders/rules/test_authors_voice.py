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
