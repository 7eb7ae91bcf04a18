"""An agreement's opening clause naming its parties for the rest of the text ("The
Government of A and the Government of B (hereinafter "the Participants"),"), and clauses
where "hereinafter" names something else."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Declaration of Intent\n\nThe Government of the Republic of Estonia and the Government of the Republic of Finland "
               "(hereinafter referred to as \"the Participants\"),\n\nRecognising the importance of energy security,\n\n"
               "Have reached the following understanding:\n", ["EE", "FI"]),
        ("en", "Memorandum of Understanding on Energy Cooperation\n\nThe Ministry of Economic Affairs of the Republic of Estonia and "
               "the Ministry of Economic Affairs of the Republic of Finland, hereinafter referred to as the Sides,\n\nhave agreed as follows:\n", ["EE", "FI"]),
        ("fr", "Déclaration d'intention\n\nLe Gouvernement de la République française et le Gouvernement de la République d'Estonie "
               "(ci-après dénommés « les Participants »),\n\nSont convenus de ce qui suit :\n", ["FR", "EE"]),
        ("de", "Gemeinsame Absichtserklärung\n\nDie Regierung der Bundesrepublik Deutschland und die Regierung der Republik Estland "
               "(im Folgenden „die Teilnehmer“) –\n\nhaben Folgendes vereinbart:\n", ["DE", "EE"]),
        ("es", "Memorando de entendimiento\n\nEl Gobierno del Reino de España y el Gobierno de la República Portuguesa, en adelante "
               "denominados «los Participantes»,\n\nhan llegado al siguiente entendimiento:\n", ["ES", "PT"]),
        ("pl", "Porozumienie o współpracy\n\nRząd Rzeczypospolitej Polskiej i Rząd Republiki Litewskiej, zwane dalej „Stronami”,\n\n"
               "uzgodniły, co następuje:\n", ["PL", "LT"]),
    ],
)
def test_the_parties_named_for_the_rest_of_the_text(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Memorandum\n\nThe Government of the Republic of Estonia (hereinafter \"Estonia\") will cooperate with Finland and Latvia.\n"),
        ("en", "Agreement\n\nThe cooperation between Estonia and Finland on energy (hereinafter the Cooperation) covers grids.\n"),
        ("fr", "Accord\n\nLa coopération entre l'Estonie et la Finlande dans l'énergie (ci-après « la Coopération ») couvre les réseaux.\n"),
        ("de", "Abkommen\n\nDie Zusammenarbeit zwischen Estland und Finnland im Energiebereich (im Folgenden „die Zusammenarbeit“) umfasst die Netze.\n"),
    ],
)
def test_hereinafter_naming_something_else(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
