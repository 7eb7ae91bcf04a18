"""A statement's title naming its parties by the offices that sign for them, and the
titles of the same shape that name no parties."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Statement by the President of the French Republic and the Prime Minister of the Republic of Estonia\n\n"
               "The two leaders met in Paris on 3 May 2031 and agreed to deepen their cooperation.\n", ["FR", "EE"]),
        ("fr", "Déclaration conjointe du Président de la République française et du Premier ministre de la République d'Estonie\n\n"
               "Les deux dirigeants se sont rencontrés à Paris le 3 mai 2031.\n", ["FR", "EE"]),
        ("de", "Gemeinsame Erklärung des Bundeskanzlers der Bundesrepublik Deutschland und des Premierministers der Republik Estland\n\n"
               "Die beiden Regierungschefs trafen sich am 3. Mai 2031 in Berlin.\n", ["DE", "EE"]),
        ("pl", "Wspólne oświadczenie Prezydenta Rzeczypospolitej Polskiej i Prezydenta Republiki Litewskiej\n\n"
               "Prezydenci spotkali się w Wilnie 3 maja 2031 r.\n", ["PL", "LT"]),
        ("it", "Dichiarazione congiunta del Presidente del Consiglio dei ministri della Repubblica italiana e del Primo ministro del Regno di Spagna\n\n"
               "I due capi di governo si sono incontrati a Roma il 3 maggio 2031.\n", ["IT", "ES"]),
        ("es", "Declaración conjunta del Presidente del Gobierno de España y del Primer Ministro de Portugal sobre Ucrania\n\n"
               "Los dos jefes de gobierno se reunieron en Madrid el 3 de mayo de 2031.\n", ["ES", "PT"]),
        ("fi", "Suomen presidentin ja Viron pääministerin yhteinen julkilausuma\n\nJohtajat tapasivat Helsingissä 3. toukokuuta 2031.\n", ["FI", "EE"]),
        ("en", "Joint Statement by President of Finland Aino Virtanen and Prime Minister of Estonia Mari Tamm\n\n"
               "The two leaders met in Tallinn on 3 May 2031.\n", ["FI", "EE"]),
        ("en", "Joint Statement by the Prime Minister of Estonia and the President of Finland on the visit of the President of Ukraine\n\n"
               "The two leaders met in Tallinn on 3 May 2031.\n", ["EE", "FI"]),
    ],
)
def test_a_title_naming_each_state_by_its_office(lang: str, text: str, expected: list[str]) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == expected
    assert {s.evidence.extractor for s in f.signatories} == {"signatories.title"}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # an office whose state is not named: not a title of states alone
        ("en", "Joint Statement by the President of the European Commission and the Prime Minister of Estonia\n\nThey met on 3 May 2031.\n"),
        # the states after the subject word are what the statement is about
        ("en", "Joint Statement by the Prime Minister of Estonia on the President of Ukraine and the President of Moldova\n\nHe met them on 3 May 2031.\n"),
        ("fr", "Déclaration du ministre des Affaires étrangères de l'Estonie sur le Président de l'Ukraine et le Président de la Moldavie\n\nIl les a reçus le 3 mai 2031.\n"),
        # a headline: the offices come before a verb, no statement title
        ("en", "President of France and Prime Minister of Estonia sign joint statement\n\nThe two met on Tuesday.\n"),
        ("de", "Präsident Frankreichs und Premierminister Estlands unterzeichnen gemeinsame Erklärung\n\nSie trafen sich am Dienstag.\n"),
    ],
)
def test_titles_with_offices_that_name_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


def test_a_news_page_under_such_a_title_reports_the_statement() -> None:
    text = ("Joint statement by the President of France and the Prime Minister of Estonia\n\n"
            "PARIS (AFP) - The President of France and the Prime Minister of Estonia adopted a joint statement on Tuesday, officials said.\n")
    f = facts(text, "en")
    assert f.signatories == []
