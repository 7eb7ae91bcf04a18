"""GET /matrix and GET /timeline speak the API's one vocabulary, read as_of as a date only, and hold as of it.

Issue 17: both said ``opposes``/``supports`` where every other answer says
``oppose``/``support``; a matrix column named its instrument ``id``; ``/timeline`` ignored
the as-of date and had no CSV; ``as_of=2024`` was read as a Unix timestamp; a date known to
the year was written ``2018-01-01``.
"""

from __future__ import annotations

import csv
import io

import pytest

from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j
SPYWARE = "spyware-joint-statement"
PAPER = "position-paper:2018:dual-use-recast"
PROPOSAL = "celex:52016PC0616"


def test_matrix_uses_one_spelling_per_stance_and_per_id(client, seeded):
    body = client.get("/matrix").json()
    assert {c["relation"] for c in body["cells"]} == {"signed", "oppose"}
    opposed = sorted(c["state"] for c in body["cells"] if c["relation"] == "oppose" and c["column"] == PROPOSAL)
    assert opposed == ["CZ", "EE", "FI", "GB", "IE", "PL", "SE"]
    columns = {c.get("instrument_id") or c.get("act_id"): c for c in body["columns"]}
    assert "id" not in columns[SPYWARE] and columns[SPYWARE]["instrument_id"] == SPYWARE and columns[SPYWARE]["act_id"] is None
    assert columns[PROPOSAL]["act_id"] == PROPOSAL and columns[PROPOSAL]["instrument_id"] is None
    assert {c["column"] for c in body["cells"]} <= set(columns)


def test_matrix_dates_keep_their_precision(client, seeded):
    cells = client.get("/matrix").json()["cells"]
    stance = next(c for c in cells if c["relation"] == "oppose" and c["state"] == "SE")
    assert stance["date"] == "2018"  # stated in a document known to the year, not "2018-01-01"
    signed = next(c for c in cells if c["relation"] == "signed" and c["state"] == "SE")
    assert (signed["date"], signed["latest_date"]) == ("2023-03-30", "2024-09-22")


@pytest.mark.parametrize("path", ["/matrix", "/timeline"])
@pytest.mark.parametrize("as_of", ["2024", "86400", "2024-6-1"])
def test_as_of_is_a_whole_date_never_a_timestamp(client, seeded, path, as_of):
    params = {"as_of": as_of} | ({"instrument": SPYWARE} if path == "/timeline" else {})
    assert_problem(client.get(path, params=params), 422, parameter="as_of")


def test_unknown_parameters_on_the_timeline_are_422(client, seeded):
    assert_problem(client.get("/timeline", params={"instrument": SPYWARE, "asof": "2024-06-01"}), 422, parameter="asof")


def test_matrix_stances_hold_from_when_they_were_stated(client, seeded):
    before = client.get("/matrix", params={"as_of": "2017-12-31"}).json()["cells"]
    assert not [c for c in before if c["relation"] == "oppose"]
    after = client.get("/matrix", params={"as_of": "2018-12-31"}).json()["cells"]
    assert len([c for c in after if c["relation"] == "oppose"]) == 7


def test_timeline_vocabulary_and_id(client, seeded):
    body = client.get("/timeline", params={"instrument": PAPER}).json()
    assert body["instrument_id"] == PAPER and "instrument" not in body and body["as_of"] is None
    kinds = {e["kind"] for e in body["events"]}
    assert "oppose" in kinds and "opposes" not in kinds
    stance = next(e for e in body["events"] if e["kind"] == "oppose")
    assert stance["date"] == "2018" and stance["count"] == 7
    document = next(e for e in body["events"] if e["kind"] == "document")
    assert document["date"] == "2018"


def test_timeline_holds_as_of_the_date(client, seeded):
    def events(as_of):
        params = {"instrument": SPYWARE} | ({"as_of": as_of} if as_of else {})
        return client.get("/timeline", params=params).json()["events"]

    latest = events(None)
    assert [e["ref"] for e in latest if e["kind"] == "edition"] == [f"{SPYWARE}#1", f"{SPYWARE}#2", f"{SPYWARE}#3"]
    mid = events("2024-06-01")
    assert [e["ref"] for e in mid if e["kind"] == "edition"] == [f"{SPYWARE}#1", f"{SPYWARE}#2"]
    assert [e["ref"] for e in mid if e["kind"] == "document"] == ["doc-000"]
    assert all(e["date"] <= "2024-06-01" for e in mid if e["date"])
    assert [e["kind"] for e in events("2023-06-01")] == ["edition"]
    paper = client.get("/timeline", params={"instrument": PAPER, "as_of": "2019-01-01"}).json()
    assert paper["as_of"] == "2019-01-01"
    assert {e["ref"] for e in paper["events"] if e["kind"] == "act"} == {PROPOSAL}  # the 2021 regulation is later
    assert [e["kind"] for e in client.get("/timeline", params={"instrument": PAPER, "as_of": "2017-01-01"}).json()["events"]] == ["act"]


def test_timeline_as_csv_names_the_date_it_holds_for(client, seeded):
    response = client.get("/timeline", params={"instrument": SPYWARE, "as_of": "2024-06-01"}, headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    assert response.headers["content-disposition"] == f'attachment; filename="{SPYWARE}-timeline-as-of-2024-06-01.csv"'
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["kind"] for r in rows] == ["edition", "edition", "document"]
    latest = client.get("/timeline", params={"instrument": SPYWARE, "format": "csv"})
    assert latest.headers["content-disposition"] == f'attachment; filename="{SPYWARE}-timeline-latest.csv"'


def test_matrix_csv_names_the_date_it_holds_for(client, seeded):
    dated = client.get("/matrix", params={"as_of": "2024-06-01", "format": "csv"})
    assert dated.headers["content-disposition"] == 'attachment; filename="matrix-as-of-2024-06-01.csv"'
    rows = list(csv.DictReader(io.StringIO(dated.text)))
    assert rows and all(r["date"] <= "2024-06-01" for r in rows)
    latest = client.get("/matrix", headers={"Accept": "text/csv"})
    assert latest.headers["content-disposition"] == 'attachment; filename="matrix-latest.csv"'


OWN_ACTS = """
CREATE (i:Entity:Instrument {uid: 'instrument:test-call', id: 'test-call', title: 'A call written for this test', kind: 'joint_statement'})
WITH i
MATCH (fi:State {iso2: 'FI'}), (se:State {iso2: 'SE'}), (spyware:Instrument {id: 'spyware-joint-statement'})
CREATE (fi)-[:JOINED {fact_id: 'f-test-joined-fi', date: date('2022-05-01'), date_precision: 'day', counts_from: date('2022-05-01')}]->(i)
CREATE (fi)-[:WITHDREW {fact_id: 'f-test-withdrew-fi', date: date('2023-02-01'), date_precision: 'day', counts_from: date('2023-02-01')}]->(i)
CREATE (se)-[:ENDORSED {fact_id: 'f-test-endorsed-se', date: date('2022-01-01'), date_precision: 'year', counts_from: date('2022-12-31')}]->(i)
CREATE (se)-[:ENDORSED {fact_id: 'f-test-endorsed-se-spyware', date: date('2020-01-01'), date_precision: 'day', counts_from: date('2020-01-01')}]->(spyware)
"""


@pytest.mark.parametrize("as_of, expected", [
    ("2022-06-01", {("FI", "test-call"): ("joined", "2022-05-01"), ("SE", SPYWARE): ("endorsed", "2020-01-01")}),
    ("2023-01-15", {("FI", "test-call"): ("joined", "2022-05-01"), ("SE", "test-call"): ("endorsed", "2022"),
                    ("SE", SPYWARE): ("endorsed", "2020-01-01")}),
    ("2023-06-01", {("SE", "test-call"): ("endorsed", "2022"), ("SE", SPYWARE): ("signed", "2023-03-30")}),
    (None, {("SE", "test-call"): ("endorsed", "2022"), ("SE", SPYWARE): ("signed", "2023-03-30")}),
])
def test_matrix_shows_a_states_own_joining_or_endorsing_until_it_withdraws(seeded, neo4j_settings, app_settings, as_of, expected):
    """Issue 19: a state's own announcement that it joined or endorsed an instrument is a cell of its own (never a
    signature), from the day it counts from (a date known to the year from its end) until a later withdrawal;
    a state on an edition's list by then keeps its signature's cell, and one cell per state and column."""
    from fastapi.testclient import TestClient

    from api.main import create_app

    seeded.execute_query(OWN_ACTS, database_=neo4j_settings.database)
    try:
        with TestClient(create_app(app_settings, neo4j_settings)) as fresh:  # an answer cache of its own
            body = fresh.get("/matrix", params={"as_of": as_of} if as_of else {}).json()
    finally:
        seeded.execute_query("MATCH (i:Instrument {id: 'test-call'}) DETACH DELETE i", database_=neo4j_settings.database)
        seeded.execute_query("MATCH ()-[r:ENDORSED {fact_id: 'f-test-endorsed-se-spyware'}]->() DELETE r", database_=neo4j_settings.database)
    got = {(c["state"], c["column"]): (c["relation"], c["date"]) for c in body["cells"]
           if c["column"] == "test-call" or (c["state"] == "SE" and c["column"] == SPYWARE)}
    assert got == expected
    pairs = [(c["state"], c["column"]) for c in body["cells"] if c["relation"] in ("signed", "joined", "endorsed")]
    assert len(pairs) == len(set(pairs))
    assert any(c["instrument_id"] == "test-call" for c in body["columns"])  # a column at every date: the grid stays put
