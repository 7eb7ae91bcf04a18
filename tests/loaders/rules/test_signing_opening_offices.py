"""One more party after an opening's list of leaders, named by a lower office (", and the
State Secretary for European Affairs of D,"), and what follows such a list without being
a state's office."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Déclaration du sommet\n\nNous, chefs d'État et de gouvernement de la Croatie, de Chypre et de Malte, et secrétaire d'État aux Affaires européennes d'Espagne, nous sommes rencontrés à La Valette.\n"),
        ("en", "Declaration of the summit\n\nWe, the Heads of State or Government of Croatia, Cyprus and Malta, and the State Secretary for European Affairs of Spain, met in Valletta.\n"),
        ("de", "Erklärung des Gipfels\n\nWir, die Staats- und Regierungschefs Kroatiens, Zyperns und Maltas und der Staatssekretär für Europa Spaniens, haben uns in Valletta getroffen.\n"),
        ("it", "Dichiarazione del vertice\n\nNoi, capi di Stato e di governo di Croazia, Cipro e Malta, e il sottosegretario agli Affari europei della Spagna, ci siamo riuniti a La Valletta.\n"),
    ],
)
def test_a_lower_office_closing_the_leaders_list(lang: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == ["HR", "CY", "MT", "ES"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Declaration of the summit\n\nWe, the Heads of State or Government of Croatia, Cyprus and Malta, and the President of the European Commission, met in Valletta.\n"),
        ("en", "Declaration of the summit\n\nWe, the Heads of State or Government of Croatia, Cyprus and Malta, and the victims of the floods in Spain, remember.\n"),
        ("fr", "Déclaration du sommet\n\nNous, chefs d'État et de gouvernement de la Croatie, de Chypre et de Malte, et les victimes des inondations en Espagne, nous souvenons.\n"),
        ("de", "Erklärung des Gipfels\n\nWir, die Staats- und Regierungschefs Kroatiens, Zyperns und Maltas und die Opfer der Fluten in Spanien, gedenken.\n"),
    ],
)
def test_what_follows_the_list_without_an_office_adds_no_state(lang: str, text: str) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == ["HR", "CY", "MT"]
