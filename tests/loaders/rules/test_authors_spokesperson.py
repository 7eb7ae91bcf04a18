"""A statement's title naming the body its spokesperson speaks for ("Statement by the
Spokesperson of the Ministry of Foreign Affairs of X on ...", « Déclaration du porte-parole
du ministère ... », "Erklärung der Sprecherin der Bundesregierung zu ...", "Declaración del
portavoz del Ministerio ... sobre ..."): that body, or the one state of "the Government of
X". Traps: a headline about a spokesperson, a subject naming states after the body. Also
byline shapes: a middle dot between the name and the date, a role after the comma, a
surname in capitals after a label (never capitals that are an acronym or the whole name)."""

from __future__ import annotations

import pytest

from .helpers import facts

_BODY = {
    "en": "The ministry is concerned by the latest developments and calls on all sides to show restraint. Dialogue remains the only way.\n\n",
    "fr": "Le ministère est préoccupé par les derniers développements et appelle toutes les parties à la retenue. Le dialogue reste la seule voie.\n\n",
    "de": "Das Ministerium ist besorgt über die jüngsten Entwicklungen und ruft alle Seiten zur Zurückhaltung auf. Der Dialog bleibt der einzige Weg.\n\n",
    "es": "El ministerio está preocupado por los últimos acontecimientos y pide moderación a todas las partes. El diálogo es el único camino.\n\n",
    "it": "Il ministero è preoccupato per gli ultimi sviluppi e invita tutte le parti alla moderazione. Il dialogo resta l'unica via.\n\n",
}


def _authors(text: str, lang: str) -> list[tuple[str, str | None, str]]:
    return [(a.actor.name, a.actor.iso2, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "title", "author"),
    [
        ("en", "Statement by the Spokesperson of the Ministry of Foreign Affairs of Latvia on the latest developments",
         ("Ministry of Foreign Affairs of Latvia", "LV")),
        ("en", "Statement by the Spokesperson of the Government of Estonia on the elections", ("Estonia", "EE")),
        ("fr", "Déclaration du porte-parole du ministère de l'Agriculture sur les élections", ("ministère de l'Agriculture", None)),
        ("de", "Erklärung der Sprecherin der Bundesregierung zu den Wahlen", ("Bundesregierung", None)),
        ("es", "Declaración del portavoz del Ministerio de Asuntos Exteriores sobre las elecciones", ("Ministerio de Asuntos Exteriores", None)),
        ("it", "Dichiarazione del portavoce del Ministero degli Affari Esteri sulle elezioni", ("Ministero degli Affari Esteri", None)),
    ],
)
def test_a_spokesperson_s_statement_is_the_body_s(lang: str, title: str, author: tuple[str, str | None]) -> None:
    assert _authors(title + "\n\n" + _BODY[lang] * 3, lang) == [(*author, "authors.spokesperson")]


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Spokesperson of the Ministry of Foreign Affairs criticised over statement"),
        ("en", "The Spokesperson of the Ministry of Foreign Affairs said on Tuesday"),
        ("fr", "Le porte-parole du ministère de l'Agriculture a démissionné"),
        ("de", "Sprecherin der Bundesregierung tritt zurück"),
    ],
)
def test_a_headline_about_a_spokesperson_gives_nothing(lang: str, title: str) -> None:
    assert _authors(title + "\n\n" + _BODY[lang] * 3, lang) == []


def test_states_in_the_subject_are_not_the_body() -> None:
    title = "Statement by the Spokesperson of the Ministry of Foreign Affairs on Estonia and Latvia"
    assert _authors(title + "\n\n" + _BODY["en"] * 3, "en") == [("Ministry of Foreign Affairs", None, "authors.spokesperson")]


@pytest.mark.parametrize(
    ("lang", "byline", "person"),
    [
        ("en", "Jane Doe · 12 May 2031 · 4 min read", "Jane Doe"),
        ("fr", "Par Jean Martin, envoyé spécial à Lima", "Jean Martin"),
        ("es", "Por Juana García, corresponsal en Bruselas", "Juana García"),
        ("it", "di Marco Rossi, inviato a Bruxelles", "Marco Rossi"),
    ],
)
def test_a_byline_with_a_middle_dot_or_a_role_after_the_comma(lang: str, byline: str, person: str) -> None:
    body = {"en": _BODY["en"], "fr": _BODY["fr"], "es": _BODY["es"], "it": _BODY["it"]}[lang]
    assert _authors("Quotas\n\n" + byline + "\n\n" + body * 3, lang) == [(person, None, "authors.byline")]


@pytest.mark.parametrize(
    ("lang", "byline", "person"),
    [
        ("fr", "Par Jean MARTIN", "Jean Martin"),
        ("it", "di Marco ROSSI", "Marco Rossi"),
        ("es", "Por Juana GARCÍA", "Juana García"),
        ("en", "By Jean-Paul DUPONT-MARTIN", "Jean-Paul Dupont-Martin"),
    ],
)
def test_a_labelled_byline_may_print_the_surname_in_capitals(lang: str, byline: str, person: str) -> None:
    assert _authors("Quotas\n\n" + byline + "\n\n" + _BODY[lang] * 3, lang) == [(person, None, "authors.byline")]


@pytest.mark.parametrize("byline", ["By JANE DOE", "By EU Staff", "By Press Office EEAS", "By Press Office UK"])
def test_capitals_that_are_no_surname_after_a_given_name_give_no_person(byline: str) -> None:
    assert [a for a in _authors("Quotas\n\n" + byline + "\n\n" + _BODY["en"] * 3, "en") if a[2] == "authors.byline"] == []
