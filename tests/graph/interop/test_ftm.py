"""Participation as followthemoney entities and statements, checked by the followthemoney model."""

from __future__ import annotations

import csv
import io

import pytest
from followthemoney import model

from graph.interop import ftm

EDITIONS = [{"number": 1, "date": "2025-04-04", "label": "Paris"}]


def row(**over):
    base = {"instrument": "code-x", "title": "Code X", "instrument_kind": "joint_statement", "editions": EDITIONS,
            "party": "state:SE", "party_kind": "state", "iso2": "SE", "key": None, "name": "Sweden",
            "organization_kind": None, "act": "signed", "reported": False, "date": "2025-04-04", "date_precision": "day",
            "edition": 1, "fact_id": "f-1", "source_urls": ["https://example.org/a"], "publishers": ["Example"],
            "quote": "Sweden", "attested_on": "2025-04-04"}
    base.update(over)
    return base


def test_instrument_edition_party_and_participation_are_entities():
    entities = ftm.entities([row(), row(party="org:acme", party_kind="organization", iso2=None, key="acme", name="Acme",
                                     organization_kind="company", act="signed", reported=True, date=None, fact_id="f-2")])
    by_schema = {}
    for e in entities:
        by_schema.setdefault(e.schema.name, []).append(e)
    assert {k: len(v) for k, v in by_schema.items()} == {
        "Project": 1, "Event": 1, "PublicBody": 1, "Company": 1, "ProjectParticipant": 2}
    sweden = next(p for p in by_schema["ProjectParticipant"] if p.get("status") == ["party"])
    assert sweden.get("role") == ["signed"] and sweden.get("startDate") == ["2025-04-04"]
    assert sweden.get("project") == [by_schema["Project"][0].id]
    assert sweden.get("sourceUrl") == ["https://example.org/a"]
    acme = next(p for p in by_schema["ProjectParticipant"] if p.get("status") == ["reported"])
    assert acme.get("role") == ["reported: signed"] and not acme.get("startDate")
    assert by_schema["PublicBody"][0].get("country") == ["se"]


def test_a_withdrawal_is_an_end_date():
    entities = ftm.entities([row(act="withdrew", date="2025-06-01", fact_id="f-3")])
    p = next(e for e in entities if e.schema.name == "ProjectParticipant")
    assert p.get("endDate") == ["2025-06-01"] and not p.get("startDate")


def test_every_entity_round_trips_through_the_model():
    for e in ftm.entities([row()]):
        again = model.get_proxy(e.to_dict(), cleaned=False)
        assert again.schema.name == e.schema.name and again.to_dict() == e.to_dict()


def test_a_value_the_model_refuses_is_an_error():
    with pytest.raises(ftm.FtMError, match="not a date"):
        ftm.entities([row(date="not a date at all")])


def test_statements_are_one_per_property_value():
    entities = ftm.entities([row()])
    statements = ftm.statements(entities)
    assert len(statements) >= sum(len(list(e.itervalues())) for e in entities)
    text = ftm.statements_csv(entities).decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert {r["schema"] for r in rows} >= {"Project", "ProjectParticipant", "PublicBody"}
    assert all(r["dataset"] == "pledgegraph" for r in rows)
