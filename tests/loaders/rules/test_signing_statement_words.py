"""The words by which a statement's title names it, in each language's own forms:
compounds ("Abschlusserklärung", "Fælleserklæring", "yhteislausunto"), Romanian written
with cedillas, the communiqué words, words that only a title's start may hold ("Statement
by ...", "Gemeinsame Pressemitteilung ..."), and titles set over two lines."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("de", "Abschlusserklärung der Außenminister Estlands, Lettlands und Litauens\n\nDie Minister trafen sich am 3. Mai 2031.\n", ["EE", "LV", "LT"]),
        ("de", "Gipfelerklärung von Estland, Lettland und Litauen\n\nDie Regierungschefs trafen sich am 3. Mai 2031.\n", ["EE", "LV", "LT"]),
        ("da", "Fælleserklæring fra Danmark, Sverige og Finland\n\nRegeringerne mødtes i København den 3. maj 2031.\n", ["DK", "SE", "FI"]),
        ("sv", "Slutdeklaration från Sverige, Finland och Danmark\n\nRegeringarna möttes i Stockholm den 3 maj 2031.\n", ["SE", "FI", "DK"]),
        ("fi", "Suomen, Ruotsin ja Viron yhteislausunto\n\nHallitukset tapasivat Helsingissä 3. toukokuuta 2031.\n", ["FI", "SE", "EE"]),
        ("ro", "Declaraţie comună a României, Bulgariei şi Greciei\n\nGuvernele s-au întâlnit la Bucureşti la 3 mai 2031.\n", ["RO", "BG", "GR"]),
        ("bg", "Съвместно комюнике на България, Румъния и Гърция\n\nПравителствата се срещнаха в София на 3 май 2031 г.\n", ["BG", "RO", "GR"]),
        ("hu", "Magyarország, Szlovákia és Ausztria közös közleménye\n\nA kormányok 2031. május 3-án Bécsben találkoztak.\n", ["HU", "SK", "AT"]),
        ("sk", "Spoločné komuniké Slovenska, Česka a Rakúska\n\nVlády sa stretli v Bratislave 3. mája 2031.\n", ["SK", "CZ", "AT"]),
        ("lt", "Lietuvos, Latvijos ir Estijos bendra deklaracija\n\nVyriausybės susitiko Vilniuje 2031 m. gegužės 3 d.\n", ["LT", "LV", "EE"]),
    ],
)
def test_statement_words_of_each_language(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Statement by the Prime Ministers of Estonia, Latvia and Lithuania\n\nThe ministers met on 3 May 2031.\n", ["EE", "LV", "LT"]),
        ("en", "Joint Press Release of Estonia and Latvia on energy security\n\nThe ministers met on 3 May 2031.\n", ["EE", "LV"]),
        ("de", "Gemeinsame Pressemitteilung der Außenminister Estlands und Lettlands\n\nDie Minister trafen sich am 3. Mai 2031.\n", ["EE", "LV"]),
        ("fr", "Communiqué de presse conjoint des ministres des Affaires étrangères de l'Estonie et de la Lettonie\n\nLes ministres se sont réunis le 3 mai 2031.\n", ["EE", "LV"]),
        ("it", "Comunicato stampa congiunto dei ministri di Estonia e Lettonia\n\nI ministri si sono riuniti il 3 maggio 2031.\n", ["EE", "LV"]),
        ("nl", "Gezamenlijk persbericht van Estland en Letland\n\nDe ministers kwamen op 3 mei 2031 bijeen.\n", ["EE", "LV"]),
    ],
)
def test_words_that_name_a_statement_at_a_titles_start(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Press release: Estonia and Latvia sign a memorandum on energy\n\nThe ministers met on 3 May 2031.\n"),
        ("de", "Pressemitteilung: Estland und Lettland unterzeichnen Abkommen\n\nDie Minister trafen sich am 3. Mai 2031.\n"),
        ("en", "Statement by the Prime Minister of Estonia on Latvia and Lithuania\n\nThe Prime Minister spoke on 3 May 2031.\n"),
        ("nl", "Persbericht: Estland en Letland tekenen akkoord\n\nDe ministers kwamen op 3 mei 2031 bijeen.\n"),
    ],
)
def test_a_release_headline_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Statement of the Prime Ministers of\n\nEstonia, Latvia and Lithuania\n\nThe ministers met on 3 May 2031.\n", ["EE", "LV", "LT"]),
        ("en", "Joint Statement by the Foreign Ministers of Estonia, Latvia\n\nand Lithuania on Energy Security\n\nThe ministers met on 3 May 2031.\n", ["EE", "LV", "LT"]),
        ("fr", "Déclaration commune des ministres des Affaires étrangères\n\nde l'Estonie, de la Lettonie et de la Lituanie\n\nLes ministres se sont réunis le 3 mai 2031.\n", ["EE", "LV", "LT"]),
        ("pl", "Wspólne oświadczenie\n\nPremierów Polski, Litwy i Łotwy\n\nPremierzy spotkali się 3 maja 2031 r.\n", ["PL", "LT", "LV"]),
    ],
)
def test_a_title_set_over_two_lines(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


def test_a_maltese_title() -> None:
    text = "Dikjarazzjoni konġunta ta' Malta, Spanja u Franza\n\nIl-gvernijiet iltaqgħu fit-3 ta' Mejju 2031.\n"
    assert [s.iso2 for s in facts(text, "mt").signatories] == ["MT", "ES", "FR"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Communiqué conjoint des ministres des affaires étrangères de l'Estonie, de la Lettonie et de la Lituanie "
               "sur la coopération énergétique dans la région de la mer Baltique et au-delà, à l'occasion de leur réunion "
               "annuelle consacrée aux réseaux électriques, le 3 mai 2031.\n\nLes ministres se sont réunis à Riga.\n", ["EE", "LV", "LT"]),
        ("en", "Joint Statement of the Foreign Ministers of Estonia, Latvia and Lithuania on energy security, 3 May 2031.\n\n"
               "The ministers met in Riga.\n", ["EE", "LV", "LT"]),
        ("de", "Gemeinsame Erklärung der Außenminister Estlands, Lettlands und Litauens zur Energiesicherheit.\n\n"
               "Die Minister trafen sich in Riga.\n", ["EE", "LV", "LT"]),
        # a sentence that only starts with a statement word after other words is no title
        ("en", "Today the Joint Statement of Estonia, Latvia and Lithuania was published.\n\nThe ministers met in Riga.\n", []),
    ],
)
def test_a_title_closed_by_a_full_stop_or_run_long(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected
