"""A title saying the text is a statement's own, in part or in full ("Excerpts from the
joint declaration of A, B and C"), and titles that only talk about a statement."""

from __future__ import annotations

import pytest

from .helpers import signed


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Excerpts from the Joint Declaration of Ireland, Malta and Portugal after the harbour summit\n\nWe agree on beacons.\n",
         ["IE", "MT", "PT"]),
        ("el", "Αποσπάσματα από την Κοινή Διακήρυξη Ιταλίας, Μάλτας, Κύπρου μετά τη Σύνοδο\n\nΣυμφωνούμε για τους φάρους.\n",
         ["IT", "MT", "CY"]),
        ("de", "Wortlaut der Gemeinsamen Erklärung Österreichs, Ungarns und Sloweniens\n\nWir vereinbaren Zusammenarbeit.\n",
         ["AT", "HU", "SI"]),
        ("fr", "Texte intégral de la déclaration commune de la France, de l'Italie et de Malte\n\nNous convenons de coopérer.\n",
         ["FR", "IT", "MT"]),
    ],
)
def test_an_excerpt_of_a_statement_names_its_parties(lang: str, text: str, expected: list[str]) -> None:
    assert signed(text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Reactions to the Joint Declaration of Ireland, Malta and Portugal\n\nCritics said the beacons are too costly.\n"),
        ("de", "Kritik an der Gemeinsamen Erklärung Österreichs, Ungarns und Sloweniens\n\nKritiker nannten die Baken zu teuer.\n"),
        ("el", "Αντιδράσεις για την Κοινή Διακήρυξη Ιταλίας, Μάλτας, Κύπρου\n\nΟι επικριτές είπαν ότι οι φάροι κοστίζουν.\n"),
        ("fr", "Critiques de la déclaration commune de la France, de l'Italie et de Malte\n\nLes critiques jugent les balises trop chères.\n"),
    ],
)
def test_a_title_about_a_statement_gives_no_signatory(lang: str, text: str) -> None:
    assert signed(text, lang) == []
