"""Two signing states under the place and date of signing that close a statement
("Tallinn, 3 May 2031" / "Estonia" / "Finland"), and two states closing a text under
anything else, which sign nothing."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Joint Declaration on Energy Cooperation\n\nThe two countries will cooperate on energy security.\n\nTallinn, 3 May 2031\n\nEstonia\n\nFinland\n", ["EE", "FI"]),
        ("en", "Joint Declaration on Energy Cooperation\n\nThe two countries will cooperate on energy security.\n\nDone at Tallinn on 3 May 2031.\n\nRepublic of Estonia\n\nRepublic of Finland\n", ["EE", "FI"]),
        ("fr", "Déclaration conjointe sur l'énergie\n\nLes deux pays coopéreront.\n\nFait à Paris, le 3 mai 2031\n\nRépublique française\n\nRépublique d'Estonie\n", ["FR", "EE"]),
        ("de", "Gemeinsame Erklärung zur Energie\n\nBeide Länder werden zusammenarbeiten.\n\nBerlin, den 3. Mai 2031\n\nBundesrepublik Deutschland\n\nRepublik Estland\n", ["DE", "EE"]),
    ],
)
def test_two_states_under_the_place_and_date_of_signing(lang: str, text: str, expected: list[str]) -> None:
    assert [s.iso2 for s in facts(text, lang).signatories] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Joint Declaration on Energy Cooperation\n\nThe two countries will cooperate on energy security.\n\nTags:\n\nEstonia\n\nFinland\n"),
        ("en", "Joint Declaration on Energy Cooperation\n\nThe two countries will cooperate on energy security.\n\nRead more about\n\nEstonia\n\nFinland\n"),
        ("fr", "Déclaration conjointe sur l'énergie\n\nLes deux pays coopéreront.\n\nMots-clés :\n\nEstonie\n\nFinlande\n"),
        ("de", "Gemeinsame Erklärung zur Energie\n\nBeide Länder werden zusammenarbeiten.\n\nSchlagwörter\n\nEstland\n\nFinnland\n"),
    ],
)
def test_two_states_under_page_furniture_sign_nothing(lang: str, text: str) -> None:
    assert facts(text, lang).signatories == []
