"""A statement title's list of parties ends where its subject starts ("... of A and B on
C"), and a list that comes after a subject word is what the statement is about."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement of Estonia, Latvia and Lithuania on Ukraine\n\nThe three governments met in Riga on 3 May 2031.\n"),
        ("de", "Gemeinsame Erklärung Estlands, Lettlands und Litauens zur Ukraine\n\nDie Regierungen trafen sich am 3. Mai 2031.\n"),
        ("fr", "Déclaration conjointe de l'Estonie, de la Lettonie et de la Lituanie sur l'Ukraine\n\nLes gouvernements se sont réunis le 3 mai 2031.\n"),
        ("pl", "Wspólne oświadczenie Estonii, Łotwy i Litwy w sprawie Ukrainy\n\nRządy spotkały się 3 maja 2031 r.\n"),
        ("es", "Declaración conjunta de Estonia, Letonia y Lituania sobre Ucrania\n\nLos gobiernos se reunieron el 3 de mayo de 2031.\n"),
    ],
)
def test_the_list_ends_where_the_subject_starts(lang: str, text: str) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == ["EE", "LV", "LT"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement on Estonia, Latvia and Lithuania\n\nWe are concerned about recent developments in the region.\n"),
        ("fr", "Déclaration conjointe sur l'Estonie, la Lettonie et la Lituanie\n\nNous sommes préoccupés par les développements récents.\n"),
        ("de", "Gemeinsame Erklärung zu Estland, Lettland und Litauen\n\nWir sind besorgt über die jüngsten Entwicklungen.\n"),
        ("pl", "Wspólne oświadczenie w sprawie Estonii, Łotwy i Litwy\n\nJesteśmy zaniepokojeni ostatnimi wydarzeniami.\n"),
        ("it", "Dichiarazione congiunta sulla Estonia, la Lettonia e la Lituania\n\nSiamo preoccupati per gli sviluppi recenti.\n"),
    ],
)
def test_states_after_a_subject_word_are_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


def test_on_behalf_of_names_the_parties() -> None:
    text = "Joint Statement on behalf of Estonia, Latvia and Lithuania\n\nWe reaffirm our support for the rules-based order.\n"
    assert [s.iso2 for s in facts(text, "en").signatories] == ["EE", "LV", "LT"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Australia-India Joint Statement on Critical Minerals\n\nThe two sides met on 3 May 2031.\n", ["AU", "IN"]),
        ("en", "Estonia – Ghana Joint Declaration\n\nThe two sides met on 3 May 2031.\n", ["EE", "GH"]),
        ("en", "Estonia-Latvia-Lithuania Joint Communiqué: energy\n\nThe three sides met on 3 May 2031.\n", ["EE", "LV", "LT"]),
        ("de", "Estland-Ghana Gemeinsame Erklärung\n\nBeide Seiten trafen sich am 3. Mai 2031.\n", ["EE", "GH"]),
    ],
)
def test_states_joined_by_dashes_before_the_statement_word(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Estonia-Latvia joint statement calls for more sanctions\n\nThe ministers met on 3 May 2031.\n"),
        ("en", "Estonia–Latvia Joint Statement criticised by Russia\n\nThe ministers met on 3 May 2031.\n"),
        ("en", "Franco-German declaration sparks debate\n\nThe ministers met on 3 May 2031.\n"),
        ("de", "Estland-Lettland Erklärung stößt auf Kritik\n\nDie Minister trafen sich am 3. Mai 2031.\n"),
    ],
)
def test_a_headline_after_the_statement_word_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Declaration of Intent between Germany and Estonia\n\nThe ministers met on 3 May 2031.\n", ["DE", "EE"]),
        ("fr", "Déclaration d'intention entre la France et l'Estonie\n\nLes ministres se sont réunis le 3 mai 2031.\n", ["FR", "EE"]),
        ("es", "Declaración de intenciones entre España y Estonia\n\nLos ministros se reunieron el 3 de mayo de 2031.\n", ["ES", "EE"]),
        ("it", "Dichiarazione d'intenti tra Italia e Estonia\n\nI ministri si sono incontrati il 3 maggio 2031.\n", ["IT", "EE"]),
        ("nl", "Intentieverklaring tussen Nederland en Estland\n\nDe ministers kwamen op 3 mei 2031 bijeen.\n", ["NL", "EE"]),
        ("en", "Joint press statement of the Foreign Ministers of Estonia and Finland\n\nThe ministers met on 3 May 2031.\n", ["EE", "FI"]),
    ],
)
def test_declarations_of_intent_and_press_statements(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "The Vilnius Declaration of Estonia, Latvia and Lithuania\n\nThe leaders met on 3 May 2031.\n", ["EE", "LV", "LT"]),
        ("de", "Die Tallinner Erklärung Estlands, Lettlands und Litauens\n\nDie Regierungschefs trafen sich am 3. Mai 2031.\n", ["EE", "LV", "LT"]),
        ("en", "Fifth Joint Statement of Estonia and Finland\n\nThe leaders met on 3 May 2031.\n", ["EE", "FI"]),
        ("en", "Leaders welcome Declaration of Estonia, Latvia and Lithuania\n\nThe leaders met on 3 May 2031.\n", []),
    ],
)
def test_an_article_and_a_name_before_the_statement_word(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Australia and New Zealand Joint Statement\n\nThe leaders met on 3 May 2031.\n", ["AU", "NZ"]),
        ("en", "United States-Japan Joint Leaders' Statement\n\nThe leaders met on 3 May 2031.\n", ["US", "JP"]),
        ("en", "Australia and New Zealand joint statement angers China\n\nThe leaders met on 3 May 2031.\n", []),
        # "between" after a subject may name the parties or the subject's sides: nothing is taken
        ("en", "Joint Statement on the border between Estonia and Russia\n\nThe leaders met on 3 May 2031.\n", []),
    ],
)
def test_lists_before_the_statement_word_and_between_after_a_subject(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Communiqué conjoint de la Belgique, du Luxembourg et des Pays-Bas sur l'énergie\n\nLes ministres se sont réunis le 3 mai 2031.\n", ["BE", "LU", "NL"]),
        ("en", "Joint Statement of Portugal, Cabo Verde and Guinea-Bissau\n\nThe ministers met on 3 May 2031.\n", ["PT", "CV", "GW"]),
        # a hyphenated name joined to another by a hyphen is not read apart: nothing, never a wrong state
        ("en", "Portugal-Guinea-Bissau Joint Declaration\n\nThe ministers met on 3 May 2031.\n", []),
    ],
)
def test_a_name_that_holds_a_hyphen_in_a_title_with_hyphens(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected
