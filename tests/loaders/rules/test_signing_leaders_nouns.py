"""The nouns for those who sign for a state, in each language's forms (Romanian with
cedillas, "chefs de la diplomatie", "cancilleres", "szefowie MSZ", "Προέδρων"), a table whose
header speaks of signing, and the Estonian past tense of agreeing."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "Declaraţia comună a prim-miniştrilor României, Bulgariei şi Greciei\n\nPrim-miniştrii s-au întâlnit la 3 mai 2031.\n", ["RO", "BG", "GR"]),
        ("ro", "Declarația comună a președinților României și Poloniei\n\nPreședinții s-au întâlnit la 3 mai 2031.\n", ["RO", "PL"]),
        ("el", "Κοινή Δήλωση των Προέδρων της Ελλάδας και της Κύπρου\n\nΟι Πρόεδροι συναντήθηκαν στις 3 Μαΐου 2031.\n", ["GR", "CY"]),
        ("es", "Declaración conjunta de los cancilleres de España, Portugal y Francia\n\nLos cancilleres se reunieron el 3 de mayo de 2031.\n", ["ES", "PT", "FR"]),
        ("pt", "Declaração conjunta dos chefes da diplomacia de Portugal, Espanha e França\n\nOs ministros reuniram-se a 3 de maio de 2031.\n", ["PT", "ES", "FR"]),
        ("fr", "Déclaration commune des chefs de la diplomatie de la France, de l'Allemagne et de la Pologne\n\nLes ministres se sont réunis le 3 mai 2031.\n", ["FR", "DE", "PL"]),
        ("it", "Dichiarazione congiunta dei capi della diplomazia di Italia, Francia e Spagna\n\nI ministri si sono riuniti il 3 maggio 2031.\n", ["IT", "FR", "ES"]),
        ("pl", "Wspólne oświadczenie szefów MSZ Polski, Litwy i Łotwy\n\nMinistrowie spotkali się 3 maja 2031 r.\n", ["PL", "LT", "LV"]),
        ("bg", "Съвместна декларация на премиерите на България и Румъния\n\nТе се срещнаха на 3 май 2031 г.\n", ["BG", "RO"]),
        ("et", "Ühisavaldus energiajulgeoleku kohta\n\nEesti, Läti ja Leedu valitsused leppisid kokku tihedamas koostöös.\n", ["EE", "LV", "LT"]),
    ],
)
def test_leaders_nouns_of_each_language(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Statement on Media Freedom\n\nWe reaffirm our commitment.\n\n| Country | Date of endorsement |\n| --- | --- |\n| Belgium | 3 May 2031 |\n| Denmark | 4 May 2031 |\n", ["BE", "DK"]),
        ("fr", "Déclaration conjointe sur la liberté des médias\n\nNous réaffirmons notre engagement.\n\n| Pays | Date de signature |\n| --- | --- |\n| Belgique | 3 mai 2031 |\n| Danemark | 4 mai 2031 |\n", ["BE", "DK"]),
        ("de", "Gemeinsame Erklärung zur Medienfreiheit\n\nWir bekräftigen unser Engagement.\n\n| Staat | Datum der Unterzeichnung |\n| --- | --- |\n| Belgien | 3. Mai 2031 |\n| Dänemark | 4. Mai 2031 |\n", ["BE", "DK"]),
        ("es", "Declaración conjunta sobre la libertad de prensa\n\nReafirmamos nuestro compromiso.\n\n| País | Fecha de adhesión |\n| --- | --- |\n| Bélgica | 3 de mayo de 2031 |\n| Dinamarca | 4 de mayo de 2031 |\n", ["BE", "DK"]),
    ],
)
def test_a_table_whose_header_speaks_of_signing(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement on Media Freedom\n\nWe reaffirm our commitment.\n\n| Country | Journalists killed |\n| --- | --- |\n| Mexico | 12 |\n| Ukraine | 9 |\n| Syria | 7 |\n"),
        ("fr", "Déclaration conjointe sur la liberté des médias\n\nNous réaffirmons notre engagement.\n\n| Pays | Journalistes tués |\n| --- | --- |\n| Mexique | 12 |\n| Ukraine | 9 |\n"),
        ("de", "Gemeinsame Erklärung zur Medienfreiheit\n\nWir bekräftigen unser Engagement.\n\n| Staat | Getötete Journalisten |\n| --- | --- |\n| Mexiko | 12 |\n| Ukraine | 9 |\n"),
        ("es", "Declaración conjunta sobre la libertad de prensa\n\nReafirmamos nuestro compromiso.\n\n| País | Periodistas asesinados |\n| --- | --- |\n| México | 12 |\n| Ucrania | 9 |\n"),
    ],
)
def test_a_table_of_victim_countries_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
