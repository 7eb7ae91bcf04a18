"""Titles naming their parties by adjectives in Swedish, Danish, Croatian, Slovene and
Bulgarian, partners outside the EU in the Romance languages, and Norway's adjectives."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("sv", "Gemensamt uttalande från svensk-finska regeringskonsultationer\n\nRegeringarna möttes i Stockholm den 3 maj 2031.\n", ["SE", "FI"]),
        ("sv", "Svensk-norsk gemensam deklaration om energisamarbete\n\nRegeringarna möttes i Oslo den 3 maj 2031.\n", ["SE", "NO"]),
        ("da", "Fælles erklæring fra det dansk-tyske regeringsmøde\n\nRegeringerne mødtes i København den 3. maj 2031.\n", ["DK", "DE"]),
        ("hr", "Zajednička izjava hrvatsko-slovenskog sastanka vlada\n\nVlade su se sastale u Zagrebu 3. svibnja 2031.\n", ["HR", "SI"]),
        ("sl", "Skupna izjava slovensko-hrvaškega srečanja vlad\n\nVladi sta se sestali v Ljubljani 3. maja 2031.\n", ["SI", "HR"]),
        ("bg", "Съвместна декларация от българо-румънската среща на правителствата\n\nПравителствата се срещнаха в София на 3 май 2031 г.\n", ["BG", "RO"]),
        ("fr", "Déclaration conjointe franco-britannique sur la sécurité\n\nLes deux gouvernements se sont réunis à Paris le 3 mai 2031.\n", ["FR", "GB"]),
        ("it", "Dichiarazione congiunta italo-svizzera sull'energia\n\nI due governi si sono riuniti a Roma il 3 maggio 2031.\n", ["IT", "CH"]),
        ("en", "Swedish-Norwegian Joint Declaration\n\nThe two governments met in Oslo on 3 May 2031.\n", ["SE", "NO"]),
        ("de", "Gemeinsame Erklärung der deutsch-norwegischen Regierungskonsultationen\n\nDie Regierungen trafen sich am 3. Mai 2031.\n", ["DE", "NO"]),
    ],
)
def test_adjectives_naming_the_parties(lang: str, text: str, expected: list[str]) -> None:
    f = facts(text, lang)
    assert [s.iso2 for s in f.signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("sv", "Gemensamt uttalande om den svensk-finska gränsen\n\nVi är oroade över utvecklingen.\n"),
        ("hr", "Zajednička izjava o hrvatsko-slovenskoj granici\n\nZabrinuti smo zbog razvoja događaja.\n"),
        ("da", "Fælles erklæring om den dansk-tyske grænse\n\nVi er bekymrede over udviklingen.\n"),
        ("bg", "Съвместна декларация за българо-румънската граница\n\nЗагрижени сме за развитието.\n"),
    ],
)
def test_adjectives_qualifying_a_border_name_no_parties(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
