"""A title naming the meeting whose statement it is before its parties ("Declaration of the
Trilateral Summit of A, B and C", "Declaração Conjunta da Cimeira A-B"), and a meeting that
is the statement's subject ("Joint Statement on the Summit on A and B"), which names none."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Declaration of the Trilateral Summit of Greece, Cyprus and Egypt\n\nThe leaders met on 3 May 2031.\n", ["GR", "CY", "EG"]),
        ("en", "Joint Declaration of the 9th Trilateral Summit Greece-Cyprus-Egypt\n\nThe leaders met on 3 May 2031.\n", ["GR", "CY", "EG"]),
        ("en", "Joint Statement of the Intergovernmental Consultations between Germany and Estonia\n\nThe governments met on 3 May 2031.\n", ["DE", "EE"]),
        ("pt", "Declaração Conjunta da Cimeira Portugal-Espanha\n\nOs governos reuniram-se a 3 de maio de 2031.\n", ["PT", "ES"]),
        ("fr", "Déclaration finale du sommet France-Italie\n\nLes gouvernements se sont réunis le 3 mai 2031.\n", ["FR", "IT"]),
        ("de", "Gemeinsame Erklärung des Gipfels Deutschland-Frankreich\n\nDie Regierungen trafen sich am 3. Mai 2031.\n", ["DE", "FR"]),
        ("es", "Declaración conjunta de la Cumbre España-Portugal\n\nLos gobiernos se reunieron el 3 de mayo de 2031.\n", ["ES", "PT"]),
        ("it", "Dichiarazione congiunta del Vertice Italia-Francia\n\nI governi si sono riuniti il 3 maggio 2031.\n", ["IT", "FR"]),
        ("el", "Κοινή Διακήρυξη της Τριμερούς Συνόδου Κορυφής Ελλάδας-Κύπρου-Αιγύπτου\n\nΟι ηγέτες συναντήθηκαν στις 3 Μαΐου 2031.\n", ["GR", "CY", "EG"]),
        ("pl", "Wspólna deklaracja szczytu Polska-Litwa\n\nPrzywódcy spotkali się 3 maja 2031 r.\n", ["PL", "LT"]),
    ],
)
def test_a_meeting_named_before_the_parties(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Statement on the Summit on Ukraine and Moldova\n\nWe welcome the summit held on 3 May 2031.\n"),
        ("fr", "Déclaration conjointe sur le sommet consacré à l'Ukraine et à la Moldavie\n\nNous saluons le sommet du 3 mai 2031.\n"),
        ("de", "Gemeinsame Erklärung zum Gipfel über die Ukraine und Moldau\n\nWir begrüßen den Gipfel vom 3. Mai 2031.\n"),
        ("es", "Declaración conjunta sobre la cumbre dedicada a Ucrania y Moldavia\n\nCelebramos la cumbre del 3 de mayo de 2031.\n"),
    ],
)
def test_a_meeting_that_is_the_subject_names_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
