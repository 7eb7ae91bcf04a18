"""Wikidata QuickStatements: P1891 with P585 and S854, own acts only, unknown items left out."""

from __future__ import annotations

import pytest

from graph.interop.quickstatements import WikidataItems, quickstatements
from core.settings import PROJECT_ROOT

ITEMS = WikidataItems(states={"SE": "Q34", "FR": "Q142"})


def row(**over):
    base = {"instrument": "code-x", "title": "Code X", "party": "state:SE", "party_kind": "state", "iso2": "SE",
            "key": None, "name": "Sweden", "act": "signed", "reported": False, "date": "2025-04-04",
            "date_precision": "day", "edition": 1, "source_urls": ["https://example.org/a"]}
    base.update(over)
    return base


def test_one_signatory_line_per_state_with_point_in_time_and_reference():
    commands, left_out = quickstatements([row(), row(edition=2, date="2025-06-01")], ITEMS)
    assert commands == ["CREATE", 'LAST\tLen\t"Code X"',
                        'LAST\tP1891\tQ34\tP585\t+2025-04-04T00:00:00Z/11\tS854\t"https://example.org/a"']
    assert left_out == []


def test_month_precision_and_no_address_means_no_reference():
    commands, _ = quickstatements([row(party="state:FR", iso2="FR", name="France", act="endorsed", edition=None,
                                       date="2025-04-01", date_precision="month", source_urls=[])], ITEMS)
    assert commands[-1] == "LAST\tP1891\tQ142\tP585\t+2025-04-00T00:00:00Z/10"


def test_reported_participation_is_never_exported_and_unknown_items_are_left_out():
    commands, left_out = quickstatements([row(reported=True), row(party="state:GH", iso2="GH", name="Ghana")], ITEMS)
    assert [c for c in commands if "P1891" in c] == [] and left_out == ["state:GH"]


def test_a_known_instrument_item_is_not_created_again():
    items = WikidataItems(states={"SE": "Q34"}, instruments={"code-x": "Q123"})
    commands, _ = quickstatements([row()], items)
    assert commands[0].startswith("Q123\tP1891\tQ34")


def test_the_project_items_file_is_well_formed(tmp_path):
    items = WikidataItems.load(PROJECT_ROOT / "metadata" / "wikidata.yaml")
    assert items.states["SE"] == "Q34" and items.states["NO"] == "Q20"
    bad = tmp_path / "w.yaml"
    bad.write_text("states:\n  SE: Sweden\n")
    with pytest.raises(ValueError, match="SE"):
        WikidataItems.load(bad)
