"""A release's dateline whose day ends in a full stop ("Berlin, 12. Mai 2031 –"): the
sentence cutter leaves the day's rest opening the lead's sentence, and it must be no part
of the organisation's name that calls."""

from __future__ import annotations

import pytest

from .helpers import facts


@pytest.mark.parametrize(
    ("lang", "lead", "org"),
    [
        ("de", "Berlin, 12. Mai 2031 – Die Stiftung Meeresschutz fordert den Rat auf, die Fangquoten zu senken.", "Stiftung Meeresschutz"),
        ("da", "København, 12. maj 2031 – Havfonden opfordrer Rådet til at sænke fiskekvoterne.", None),
        ("pl", "Warszawa, 12. maja 2031 – Fundacja Morze wzywa Radę do obniżenia kwot połowowych.", "Fundacja Morze"),
        ("sv", "Stockholm, 12. maj 2031 – Stiftelsen Havet kräver att rådet sänker fiskekvoterna.", None),
    ],
)
def test_a_dateline_with_the_day_s_full_stop_is_no_part_of_the_caller_s_name(lang: str, lead: str, org: str | None) -> None:
    names = [a.actor.name for a in facts("Kvoter\n\n" + lead + "\n\nMehr folgt.\n", lang).authors]
    assert not any("2031" in n or "–" in n for n in names)
    if org is not None:
        assert names == [org]
