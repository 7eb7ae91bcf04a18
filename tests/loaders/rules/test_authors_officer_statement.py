"""An organisation's statement page: its officer introduced in the lead with a colon and
quoted for the rest of the page ("XYZ Secretary General A. Name said:", "erklärt
XYZ-Präsident A. Name:", « A. Name, président de la XYZ, a déclaré : »). Traps: news that
quotes an officer between its own sentences, a state's minister, a lead with no colon."""

from __future__ import annotations

import pytest

from .helpers import facts


def _orgs(text: str, lang: str) -> list[str]:
    return [a.actor.name for a in facts(text, lang).authors if a.actor.kind == "organization"]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Ports deal must not wait\n\nThe Council today failed to agree on the reform of fishing ports.\n\n"
               "Reacting to the news, EFPW General Secretary Mara Exampleton said:\n\n"
               "“Dock workers have waited for these rules for three years and cannot wait any longer.\n\n"
               "“We will keep working with the member states that back the deal to finish the job next year.”\n",
         "EFPW"),
        ("de", "Zur geplanten Reform der Fischereihäfen erklärt FHV-Präsident Dr. Hans Beispielmann: „Wir begrüßen, dass die Regierung "
               "die Probleme der Häfen erkannt hat. Eine Verschiebung um sechs Monate reicht aber nicht aus, wir brauchen zwei Jahre.“\n",
         "FHV"),
        ("fr", "Réforme des ports : la décision tombe\n\nMarie Exemple, présidente de la FNPP, a déclaré : "
               "« Cette réforme arrive trop tard pour nos adhérents. Nous demandons au Conseil de revoir sa copie sans attendre "
               "et de consulter enfin les professionnels du secteur. »\n",
         "FNPP"),
        ("es", "La reforma portuaria, en el aire\n\nLa presidenta de la FEPP, Lucía Ejemplo, ha declarado: “Esta reforma llega tarde "
               "para el sector y pedimos al Consejo que la revise cuanto antes, escuchando por fin a los profesionales del mar”.\n",
         "FEPP"),
    ],
)
def test_the_quoted_officers_organisation_issues_the_page(lang: str, text: str, org: str) -> None:
    assert _orgs(text, lang) == [org]


def test_a_name_in_lower_case_after_the_role_is_no_officer() -> None:
    text = ("Réforme des ports\n\nLa présidente de la Fédération des ports de pêche a déclaré : « Cette réforme arrive "
            "trop tard pour nos adhérents et nous demandons au Conseil de revoir sa copie sans attendre. »\n")
    assert _orgs(text, "fr") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # news: the reporter's own sentences between the quotes
        ("en", "Ports deal delayed again\n\nThe Council failed on Tuesday to agree on the reform of fishing ports, diplomats said. "
               "EFPW General Secretary Mara Exampleton said: “This is a bad day.” The reform has been debated for three years "
               "and several governments want to reopen the text, according to officials who asked not to be named. "
               "A vote is now expected in the spring, when a new presidency takes over and may table a compromise.\n"),
        # a state's minister is not an organisation's officer
        ("de", "Zur Reform der Fischereihäfen erklärt Bundesministerin Hanna Beispielmann: „Wir brauchen mehr Zeit für die Häfen "
               "und für die Betriebe, die dort arbeiten.“\n"),
        # no colon: a reported statement, not an introduced quotation
        ("en", "EFPW General Secretary Mara Exampleton said the reform came too late. “We need it now,” she added, "
               "“and the member states must deliver.”\n"),
    ],
)
def test_no_issuer_from_a_quote_that_does_not_make_the_page(lang: str, text: str) -> None:
    assert _orgs(text, lang) == []
