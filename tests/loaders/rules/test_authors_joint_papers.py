"""A joint paper of governments, named in its own title ("Joint non-paper of the Governments
of A, B and C on ...", « Non-paper des gouvernements de A, B et C sur ... », "Non-paper der
Regierungen von A, B und C zu ...", "Non-paper rządów A, B i C w sprawie ..."): the states
are its authors, never signatories, and the paper is a position paper. Traps: a headline
that goes on with a verb, a list of states that is the paper's subject."""

from __future__ import annotations

import pytest

from .helpers import facts

_PAPERS = [
    ("en", "Joint non-paper of the Governments of Austria, Denmark and Sweden on the future of fisheries\n\n"
           "The three governments consider that the proposal needs further work and ask for a longer phase-in period.\n"),
    ("fr", "Non-paper des gouvernements de l'Autriche, du Danemark et de la Suède sur l'avenir de la pêche\n\n"
           "Les trois gouvernements estiment que la proposition doit être améliorée.\n"),
    ("de", "Gemeinsames Non-Paper der Regierungen von Österreich, Dänemark und Schweden zur Zukunft der Fischerei\n\n"
           "Die drei Regierungen sind der Auffassung, dass der Vorschlag überarbeitet werden muss.\n"),
    ("it", "Non-paper dei governi di Austria, Danimarca e Svezia sul futuro della pesca\n\n"
           "I tre governi ritengono che la proposta debba essere migliorata.\n"),
    ("es", "Non-paper de los gobiernos de Austria, Dinamarca y Suecia sobre el futuro de la pesca\n\n"
           "Los tres gobiernos consideran que la propuesta debe mejorarse.\n"),
    ("pl", "Non-paper rządów Austrii, Danii i Szwecji w sprawie przyszłości rybołówstwa\n\n"
           "Trzy rządy uważają, że wniosek wymaga dalszych prac.\n"),
    ("nl", "Non-paper van de regeringen van Oostenrijk, Denemarken en Zweden over de toekomst van de visserij\n\n"
           "De drie regeringen vinden dat het voorstel verder moet worden uitgewerkt.\n"),
]


@pytest.mark.parametrize(("lang", "text"), _PAPERS)
def test_a_joint_paper_of_governments_names_its_states_as_authors(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert sorted(a.actor.iso2 for a in f.authors if a.actor.kind == "state") == ["AT", "DK", "SE"]
    assert all(a.evidence.extractor == "authors.paper_by" for a in f.authors)
    assert f.signatories == []
    assert f.kind == "position_paper"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Non-paper of the governments of Austria and Denmark calls for a delay\n\n"
               "The two governments want more time, officials said on Tuesday.\n"),
        ("fr", "Non-paper sur les gouvernements de l'Autriche et du Danemark\n\nLe document décrit leurs positions.\n"),
        ("de", "Non-Paper zu den Regierungen von Österreich und Dänemark\n\nDas Papier beschreibt ihre Haltung.\n"),
        ("it", "Non-paper sui governi di Austria e Danimarca\n\nIl documento descrive le loro posizioni.\n"),
    ],
)
def test_a_headline_or_a_subject_list_names_no_paper_authors(lang: str, text: str) -> None:
    assert [a for a in facts(text, lang).authors if a.actor.kind == "state"] == []


_AFTER = {
    "en": "\n\nThe four governments consider that the proposal needs further work.\n",
    "fr": "\n\nLes quatre gouvernements estiment que la proposition doit être améliorée.\n",
    "de": "\n\nDie vier Regierungen sind der Auffassung, dass der Vorschlag überarbeitet werden muss.\n",
    "it": "\n\nI quattro governi ritengono che la proposta debba essere migliorata.\n",
    "pl": "\n\nCztery rządy uważają, że wniosek wymaga dalszych prac.\n",
}


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        ("en", "Joint non-paper: Austria, Belgium, Denmark and Sweden on the future of fisheries"),
        ("fr", "Non-paper commun : Autriche, Belgique, Danemark et Suède"),
        ("de", "Gemeinsames Non-Paper – Österreich, Belgien, Dänemark und Schweden"),
        ("pl", "Non-paper: Austria, Belgia, Dania i Szwecja"),
        ("en", "Joint non-paper\nAustria, Belgium, Denmark and Sweden\nThe future of fisheries"),
        ("de", "Non-Paper\nÖsterreich, Belgien, Dänemark und Schweden"),
        ("en", "Non-paper from AT, BE, DK and SE on the future of fisheries"),
        ("fr", "Non-paper de AT, BE, DK et SE sur l'avenir de la pêche"),
        ("de", "Non-Paper von AT, BE, DK und SE zur Zukunft der Fischerei"),
        ("it", "Non-paper di AT, BE, DK e SE sul futuro della pesca"),
    ],
)
def test_a_paper_label_then_its_states_apart_or_by_code_names_the_authors(lang: str, title: str) -> None:
    f = facts(title + _AFTER[lang], lang)
    assert sorted(a.actor.iso2 for a in f.authors if a.actor.kind == "state") == ["AT", "BE", "DK", "SE"]
    assert [a for a in f.authors if a.actor.kind != "state"] == []
    assert f.signatories == []


@pytest.mark.parametrize(
    ("lang", "title"),
    [
        # a code that is no Council delegation's: no state, and never a company named "... SE"
        ("en", "Non-paper from AT, BE, DK and US on the future of fisheries"),
        ("de", "Non-Paper von AT, BE, DK und US zur Zukunft der Fischerei"),
        # after a colon, an organisation or a subject, not a list of states
        ("en", "Position paper: Europol's mandate"),
        ("fr", "Non-paper : Autriche et Belgique veulent un report"),
    ],
)
def test_no_paper_authors_from_a_foreign_code_a_subject_or_a_headline(lang: str, title: str) -> None:
    f = facts(title + _AFTER[lang], lang)
    assert [a for a in f.authors if a.evidence.extractor == "authors.paper_by"] == []
