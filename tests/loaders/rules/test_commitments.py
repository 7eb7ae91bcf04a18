"""Commitment lists after a pledge, any bullet shape, stopping at the end of the list."""

from __future__ import annotations

import pytest

from .helpers import facts

CASES = [
    ("en", "To that end we commit to:\n• share information;\n• align our export controls; and\n• engage partners.\n\nFinal remarks follow here."),
    ("fr", "À cette fin, nous nous engageons à :\n1. partager les informations ;\n2. aligner nos contrôles ;\n3. associer nos partenaires.\n\nNous restons attentifs."),
    ("de", "Zu diesem Zweck verpflichten wir uns:\n- Informationen auszutauschen;\n- Kontrollen abzustimmen;\n- Partner einzubeziehen.\nAbschließend danken wir allen."),
    ("fi", "Tätä varten sitoudumme:\n(a) jakamaan tietoa;\n(b) yhdenmukaistamaan valvontaa;\n(c) osallistamaan kumppaneita.\n\nLopuksi kiitämme."),
    ("hu", "Ennek érdekében vállaljuk:\n• az információk megosztását;\n• az ellenőrzések összehangolását;\n• a partnerek bevonását.\n\nKöszönjük."),
]


@pytest.mark.parametrize(("lang", "text"), CASES)
def test_three_items_and_nothing_after(lang: str, text: str) -> None:
    cs = facts(text, lang).commitments
    assert [c.ordinal for c in cs] == [1, 2, 3]
    assert all(c.lang == lang for c in cs)
    for c in cs:
        assert text[c.evidence.start : c.evidence.end] == c.evidence.quote
        assert not c.text.endswith((";", " and"))


def test_wrapped_items_are_joined() -> None:
    text = "We commit to:\n\n· working within our systems\nto build guardrails;\n\n· sharing information on\nmisuse.\n\nOur efforts will continue."
    cs = facts(text, "en").commitments
    assert [c.text for c in cs] == ["working within our systems to build guardrails", "sharing information on misuse."]


def test_list_without_pledge_is_not_commitments() -> None:
    text = "The report covers:\n• Turkey;\n• Mexico.\n"
    assert facts(text, "en").commitments == []
