"""EU membership as dated spells from loaders/data/eu_membership.yaml (no server)."""

from __future__ import annotations

import datetime as dt

from core.membership import member_on, memberships
from graph.row_builder import EU_MEMBERS


def test_every_state_that_was_ever_a_member_has_a_spell():
    spells = memberships()
    assert len(spells) == 28
    assert [iso2 for iso2, s in spells.items() if s.left] == ["GB"]
    assert all(s.joined <= dt.date(2013, 7, 1) for s in spells.values())


def test_membership_is_dated_both_ends_inclusive():
    assert member_on("GB", dt.date(2018, 6, 1)) and member_on("GB", dt.date(2020, 1, 31))
    assert not member_on("GB", dt.date(2020, 2, 1)) and not member_on("GB")
    assert not member_on("HR", dt.date(2013, 6, 30)) and member_on("HR", dt.date(2013, 7, 1))
    assert not member_on("US", dt.date(2018, 6, 1)) and not member_on("NO")
    assert len(EU_MEMBERS) == 27 and "GB" not in EU_MEMBERS


def test_the_state_node_carries_its_spell():
    from graph.row_builder import RowBuilder

    b = RowBuilder("doc-x")
    b.state("GB")
    b.state("US")
    gb, us = b._nodes["state:GB"]["props"], b._nodes["state:US"]["props"]
    assert (gb["eu_member"], gb["eu_joined"], gb["eu_left"]) == (False, dt.date(1973, 1, 1), dt.date(2020, 1, 31))
    assert us["eu_member"] is False and "eu_joined" not in us
