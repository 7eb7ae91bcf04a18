"""A paper labelled as a position paper whose body has one organisation take a stand in the
present tense is that organisation's ("POSITION PAPER ... The XYZ Association supports",
"STELLUNGNAHME ... Der BDI unterstützt", « NOTE DE POSITION ... La Quadrature du Net
soutient »). Traps: the label in running text, two organisations taking stands, an EU
institution taking one."""

from __future__ import annotations

import pytest

from .helpers import facts


def _orgs(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "organization"]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("de", "Hafenreform: Der Vorschlag der Kommission STELLUNGNAHME Die Kommission hat im Mai einen Vorschlag zur Reform der "
               "Fischereihäfen vorgelegt. Die Regeln gehen zu weit. Klare Listen statt offener Klauseln Der BDI unterstützt strengere "
               "Regeln für Häfen, die Fischerei gefährden. Offene Klauseln schaffen aber keine Rechtssicherheit.\n",
         "Bundesverband der Deutschen Industrie (BDI)"),
        ("en", "POSITION PAPER\nReform of fishing ports\n\nThe Commission proposed new rules for fishing ports in May. "
               "The Fishing Ports Association supports clear lists of ports instead of open clauses. Open clauses create uncertainty.\n",
         "Fishing Ports Association"),
        ("fr", "NOTE DE POSITION\nRéforme des ports de pêche\n\nLa Commission a proposé en mai de nouvelles règles. "
               "La Quadrature du Net soutient des listes claires plutôt que des clauses ouvertes. Les clauses ouvertes créent de l'incertitude.\n",
         "La Quadrature du Net"),
        ("en", "Position paper\nReform of fishing ports\n\nThe Commission proposed new rules for fishing ports in May. "
               "BusinessEurope supports clear lists of ports instead of open clauses, which create uncertainty for companies.\n",
         "BusinessEurope"),
    ],
)
def test_the_one_organisation_taking_a_stand_in_a_labelled_paper(lang: str, text: str, org: str) -> None:
    assert _orgs(text, lang) == [org]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # the label in running text: a news item about someone's position paper
        ("en", "Ports reform divides industry\n\nIn a position paper published on Tuesday, the ministers set out their view. "
               "BusinessEurope supports clear lists of ports instead of open clauses, an official said.\n"),
        # two organisations take stands: whose paper it is is unsure
        ("en", "POSITION PAPER\nReform of fishing ports\n\nBusinessEurope supports clear lists of ports. "
               "The European Consumer Organisation supports open clauses instead.\n"),
        # an EU institution takes a stand in it too
        ("de", "STELLUNGNAHME Die Europäische Kommission unterstützt offene Klauseln. Der BDI unterstützt klare Listen für Häfen.\n"),
    ],
)
def test_no_author_without_a_label_or_with_more_than_one_stand_taker(lang: str, text: str) -> None:
    assert _orgs(text, lang) == []


def _authors(text: str, lang: str) -> list[tuple[str, str | None]]:
    return [(a.actor.name, a.actor.iso2) for a in facts(text, lang).authors if a.actor.kind == "organization"]


@pytest.mark.parametrize(
    ("lang", "text", "author"),
    [
        ("da", "Folketingets Europaudvalg\nGRUNDNOTAT TIL FOLKETINGETS EUROPAUDVALG\nom Kommissionens forslag om fiskerihavne\n\n"
               "Kommissionen har fremsat forslag om nye regler for fiskerihavne. Regeringen støtter forslagets formål, "
               "men finder at fristerne er for korte.\n",
         ("Regeringen", "DK")),
        ("de", "Deutscher Bundestag\nSTELLUNGNAHME\nVorschlag für eine Verordnung über Fischereihäfen\n\nDie Kommission hat im Mai einen Vorschlag vorgelegt. "
               "Die Bundesregierung unterstützt das Ziel des Vorschlags, hält die Fristen aber für zu kurz.\n",
         ("Bundesregierung", "DE")),
    ],
)
def test_a_governments_memo_on_a_proposal_is_that_governments(lang: str, text: str, author: tuple[str, str]) -> None:
    assert _authors(text, lang) == [author]


def test_a_government_body_whose_state_is_unknown_is_not_kept() -> None:
    text = ("GRUNDNOTAT\nom Kommissionens forslag om fiskerihavne\n\nKommissionen har fremsat forslag om nye regler. "
            "Regeringen støtter forslagets formål, men finder at fristerne er for korte.\n")
    assert _authors(text, "da") == []
