"""A wire's credit set in capitals ("ROMA (ADNKRONOS) -", "(ITALPRESS)." closing the text)
is the same agency as its written name; a word in capitals that is no agency stays nothing."""

from __future__ import annotations

import pytest

from .helpers import facts


def _authors(text: str, lang: str) -> list[tuple[str, str]]:
    return [(a.actor.kind, a.actor.name) for a in facts(text, lang).authors]


@pytest.mark.parametrize(
    ("lang", "text", "agency"),
    [
        ("it", "MILANO (ADNKRONOS) – Il governo ha chiesto un rinvio della riforma dei porti. Il ministro ha parlato di un testo da rivedere.\n",
         "Adnkronos"),
        ("it", "\nNAPOLI (ITALPRESS) – “La riforma dei porti va rivista da capo”. Così in una nota il sindaco della città.\n(ITALPRESS).\n",
         "Italpress"),
        ("es", "BRUSELAS (SERVIMEDIA) - El Gobierno pidió este martes aplazar la reforma de los puertos. La ministra habló de un texto mal hecho.\n",
         "Servimedia"),
        ("de", "BERLIN (KATHPRESS) - Die Bischöfe haben am Dienstag eine Reform der Hafenordnung verlangt. Der Text sei zu eng.\n",
         "Kathpress"),
        ("fr", "Le gouvernement a demandé mardi le report de la réforme des ports. La ministre a parlé d'un texte à revoir. (BELGA)\n",
         "Belga"),
    ],
)
def test_a_credit_in_capitals_names_its_agency(lang: str, text: str, agency: str) -> None:
    assert ("organization", agency) in _authors(text, lang)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "ROMA (LAZIO) – Il governo ha chiesto un rinvio della riforma dei porti. Il ministro ha parlato di un testo da rivedere.\n"),
        ("en", "The ministers met ITALPRESS editors on Tuesday to discuss the port reform, a spokesperson said.\n"),
    ],
)
def test_capitals_that_credit_no_agency_give_no_author(lang: str, text: str) -> None:
    assert not [a for a in _authors(text, lang) if a[0] == "organization"]
