"""'According to diplomats, Germany opposes X' is hearsay: a low_confidence warning, no
stance. A named source (a newspaper, a website, a document) keeps the stance.

Texts written for these tests in en fr es it pl pt.
"""

from __future__ import annotations

import pytest

from tests.loaders.rules.test_stances_collectives import R821, read

HEARSAY = [
    ("en", "According to diplomats, Germany opposes Regulation (EU) 2021/821."),
    ("en", "According to several EU officials, Germany and France oppose Regulation (EU) 2021/821."),
    ("fr", "Selon des diplomates, la France s'oppose au règlement (UE) 2021/821."),
    ("fr", "Selon des sources proches du dossier, la Belgique soutient le règlement (UE) 2021/821."),
    ("es", "Según fuentes diplomáticas, España rechaza el Reglamento (UE) 2021/821."),
    ("it", "Secondo fonti diplomatiche, l'Italia respinge il regolamento (UE) 2021/821."),
    ("pl", "Według dyplomatów Polska odrzuca rozporządzenie (UE) 2021/821."),
    ("pt", "Segundo fontes diplomáticas, Portugal rejeita o Regulamento (UE) 2021/821."),
]

NAMED = [
    ("en", "According to Reuters, Germany opposes Regulation (EU) 2021/821.", ("DE", "oppose")),
    ("en", "According to the Council minutes, Germany voted against Regulation (EU) 2021/821.", ("DE", "oppose")),
    ("fr", "D'après le procès-verbal du Conseil, la France a voté contre le règlement (UE) 2021/821.", ("FR", "oppose")),
    ("fr", "Selon Le Monde, la France s'oppose au règlement (UE) 2021/821.", ("FR", "oppose")),
    ("es", "Según El País, España rechaza el Reglamento (UE) 2021/821.", ("ES", "oppose")),
    ("pl", "Według Politico, Polska odrzuca rozporządzenie (UE) 2021/821.", ("PL", "oppose")),
]


@pytest.mark.parametrize(("lang", "text"), HEARSAY, ids=[f"{c[0]}-{i}" for i, c in enumerate(HEARSAY)])
def test_a_stance_from_anonymous_sources_is_a_warning(lang: str, text: str) -> None:
    found, warnings = read(text, lang)
    assert found == []
    assert any(w.code == "low_confidence" for w in warnings)


@pytest.mark.parametrize(("lang", "text", "expected"), NAMED, ids=[f"{c[0]}-{i}" for i, c in enumerate(NAMED)])
def test_a_named_source_keeps_the_stance(lang: str, text: str, expected: tuple) -> None:
    found, _ = read(text, lang)
    assert {(s.actor.key, s.stance, s.target.ref) for s in found} == {(expected[0], expected[1], R821)}
