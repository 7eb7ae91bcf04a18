"""A statement issued in one organisation's name, the state that reads it out, and the
coalition whose undersigned members sign it; with titles and lines that only look so."""

from __future__ import annotations

import pytest

from .helpers import facts


def _authors(text: str, lang: str) -> list[tuple[str, str, str]]:
    return [(a.actor.kind, a.actor.name, a.evidence.extractor) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Item 4: Joint Statement by the Harbour Safety Coalition in the General Debate\n\nAs delivered by Estonia\n\n"
               "Thank you, Mr President. We are concerned about port closures.\n", "Harbour Safety Coalition"),
        ("fr", "Déclaration conjointe de la Coalition pour la Sécurité des Ports lors du débat général\n\nPrononcée par l'Estonie\n\n"
               "Merci, Monsieur le Président. Nous sommes préoccupés par la fermeture des ports.\n", "Coalition pour la Sécurité des Ports"),
        ("de", "Gemeinsame Erklärung der Koalition für Hafensicherheit in der Generaldebatte\n\nVorgetragen von Estland\n\n"
               "Vielen Dank, Herr Präsident. Wir sind besorgt über Hafenschließungen.\n", "Koalition für Hafensicherheit"),
        ("es", "Declaración conjunta de la Coalición por la Seguridad Portuaria en el debate general\n\nPronunciada por Estonia\n\n"
               "Gracias, señor Presidente. Nos preocupa el cierre de puertos.\n", "Coalición por la Seguridad Portuaria"),
    ],
)
def test_a_statement_by_an_organisation_read_out_by_a_state(lang: str, text: str, org: str) -> None:
    assert _authors(text, lang) == [("state", "Estonia", "authors.delivered_by"),
                                    ("organization", org, "authors.statement_by")]


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        ("en", "Statement on port closures\n\nUndersigned Harbour Safety Coalition Members express deep concern about port closures.\n",
         "Harbour Safety Coalition"),
        ("en", "Statement on port closures\n\nThe undersigned members of the Harbour Safety Coalition call on all states to reopen ports.\n",
         "Harbour Safety Coalition"),
        ("fr", "Déclaration sur les ports\n\nLes membres soussignés de la Coalition pour la Sécurité des Ports expriment leur inquiétude.\n",
         "Coalition pour la Sécurité des Ports"),
        ("de", "Erklärung zu Häfen\n\nDie unterzeichnenden Mitglieder der Koalition für Hafensicherheit fordern die Öffnung der Häfen.\n",
         "Koalition für Hafensicherheit"),
    ],
)
def test_the_undersigned_members_of_a_coalition_issue_its_statement(lang: str, text: str, org: str) -> None:
    assert _authors(text, lang) == [("organization", org, "authors.undersigned_members")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # a headline about a statement, not its title
        ("en", "Ministers criticise joint statement by the Harbour Safety Coalition\n\nThe ministers said on Tuesday it went too far.\n"),
        # a statement by a state is a signing party's, not an organisation's
        ("en", "Joint Statement by Estonia on port closures\n\nAs delivered by Estonia\n\nWe are concerned.\n"),
        # "delivered by" with no statement title: a parcel, not a speech
        ("de", "Hafennachrichten\n\nVorgetragen von Estland wurde nichts; die Lieferung kam aus Ghana.\n"),
        # the undersigned are people, the coalition is only named
        ("fr", "Lettre ouverte\n\nNous, soussignés, citoyens, saluons le travail de la Coalition pour la Sécurité des Ports.\n"),
    ],
)
def test_shapes_that_only_look_like_an_organisations_statement(lang: str, text: str) -> None:
    got = [x for x in _authors(text, lang) if x[2] in ("authors.statement_by", "authors.delivered_by", "authors.undersigned_members")]
    assert got == []
