"""GET /matrix and GET /timeline over the starting corpus: the data the explorer draws."""

from __future__ import annotations

import csv
import io

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import PROJECT_ROOT, AppSettings
from tests.explorer.conftest import SPYWARE

pytestmark = [pytest.mark.neo4j]
PAPER = "position-paper:dual-use-recast:cy-cz-ee-fi-gb-ie-it-pl-se"


@pytest.fixture(scope="module")
def client(explorer_corpus, neo4j_settings):
    with TestClient(create_app(AppSettings(cypher_dir=PROJECT_ROOT / "cypher"), neo4j_settings),
                    raise_server_exceptions=False) as test_client:
        yield test_client


def cells(body, column, relation):
    return sorted(c["state"] for c in body["cells"] if c["column"] == column and c["relation"] == relation)


@pytest.mark.parametrize("as_of, count, edition", [(None, 21, 3), ("2024-06-01", 17, 2), ("2023-06-01", 11, 1)])
def test_matrix_signatories_as_of(client, as_of, count, edition):
    body = client.get("/matrix", params={"as_of": as_of} if as_of else {}).json()
    assert len(cells(body, SPYWARE, "signed")) == count
    spyware = next(c for c in body["columns"] if c["instrument_id"] == SPYWARE)
    assert spyware["edition"] == edition
    assert len(body["rows"]) == 24  # every state with a fact at any date: the grid is stable through time
    assert all(c["fact_ids"] for c in body["cells"])


def test_matrix_cells_name_the_edition_joined(client):
    body = client.get("/matrix", params={"as_of": "2024-06-01"}).json()
    sweden = next(c for c in body["cells"] if c["state"] == "SE" and c["column"] == SPYWARE)
    assert (sweden["first_edition"], sweden["date"], sweden["editions"]) == (1, "2023-03-30", [1, 2])
    assert len(sweden["fact_ids"]) == 2
    assert cells(body, PAPER, "authored") == ["CY", "CZ", "EE", "FI", "GB", "IE", "IT", "PL", "SE"]
    assert cells(body, "celex:52016PC0616", "oppose") == ["CY", "CZ", "EE", "FI", "GB", "IE", "IT", "PL", "SE"]
    assert next(c for c in body["rows"] if c["iso2"] == "GB")["eu_member"] is False


def test_stances_count_from_their_earliest_document(client):
    body = client.get("/matrix", params={"as_of": "2017-06-01"}).json()
    assert body["cells"] == []  # the position paper is attested by a 2018 document; nothing was signed yet


def test_matrix_as_csv(client):
    response = client.get("/matrix", params={"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sum(r["relation"] == "signed" for r in rows) == 21
    assert rows[0]["fact_ids"].startswith("[")


def test_timeline_of_the_joint_statement(client):
    events = client.get("/timeline", params={"instrument": SPYWARE}).json()["events"]
    editions = [e for e in events if e["kind"] == "edition"]
    assert [(e["date"], e["count"]) for e in editions] == [("2023-03-30", 11), ("2024-03-18", 17), ("2024-09-22", 21)]
    assert sorted(editions[2]["actors"]) == ["AT", "EE", "LT", "NL"]
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_timeline_of_the_position_paper_reaches_the_regulation(client):
    events = client.get("/timeline", params={"instrument": PAPER}).json()["events"]
    assert {"Regulation (EU) 2021/821", "Recommendation (EU) 2024/2659"} <= {e["title"] for e in events if e["kind"] == "act"}
    opposed = [e for e in events if e["kind"] == "oppose" and e["detail"]]
    assert opposed and opposed[0]["count"] == 9 and opposed[0]["date"] == "2018"  # known to the year


@pytest.mark.parametrize("instrument", ["nope", "SE"])
def test_timeline_needs_an_instrument(client, instrument):
    assert client.get("/timeline", params={"instrument": instrument}).status_code == 404


CODE = "pall-mall-code-of-practice"


def test_timeline_editions_name_each_joiner_with_the_evidence_of_its_signature(client):
    editions = [e for e in client.get("/timeline", params={"instrument": SPYWARE}).json()["events"] if e["kind"] == "edition"]
    last = editions[-1]
    assert last["actor_names"] == ["Austria", "Estonia", "Lithuania", "Netherlands"]
    assert len(last["fact_ids"]) == len(last["actors"]) == 4
    evidence = client.get("/queries/fact_evidence", params={"fact_id": last["fact_ids"][0]}).json()["rows"]
    assert evidence and evidence[0]["fact_type"] == "SIGNED" and evidence[0]["subject"] == "state:AT"


def test_timeline_of_an_instrument_known_only_from_participation_pages(client):
    """The Code of Practice has no signatory list of its own (metadata/sources): its timeline is the UK's own
    endorsement, the participation others report (never a party) and the counts sources give, each with evidence."""
    events = client.get("/timeline", params={"instrument": CODE}).json()["events"]
    kinds = {e["kind"] for e in events}
    assert {"edition", "endorsed", "reported", "claim"} <= kinds, kinds
    [edition] = [e for e in events if e["kind"] == "edition"]
    assert edition["actors"] == [] and edition["fact_ids"] == []  # no list loaded: nobody is made a signatory
    [endorsed] = [e for e in events if e["kind"] == "endorsed"]
    assert (endorsed["date"], endorsed["actors"], endorsed["actor_names"]) == ("2025-04-25", ["GB"], ["United Kingdom"])
    assert client.get("/queries/fact_evidence", params={"fact_id": endorsed["fact_ids"][0]}).json()["rows"][0]["fact_type"] == "ENDORSED"
    reported = {a for e in events if e["kind"] == "reported" for a in e["actors"]}
    assert {"FR", "JP", "KR", "RO", "US"} <= reported
    assert all(len(e["fact_ids"]) == len(e["actors"]) for e in events if e["kind"] in ("reported", "endorsed"))
    assert {21, 23, 25, 27} <= {e["count"] for e in events if e["kind"] == "claim"}
    assert all(e["fact_ids"] and e["ref"] for e in events if e["kind"] == "claim")  # each count cites its page
    # Known only to the year, a report or count counts from the end of 2025: it is placed after the dated ones.
    dates = [e["date"] for e in events]
    assert dates.index("2025") > max(i for i, d in enumerate(dates) if d.startswith("2025-")), dates


def test_participation_on_the_timeline_holds_as_of_the_date(client):
    def kinds(as_of):
        return [e["kind"] for e in client.get("/timeline", params={"instrument": CODE, "as_of": as_of}).json()["events"]]
    assert "endorsed" not in kinds("2025-04-24") and "endorsed" in kinds("2025-04-25")
    assert kinds("2024-01-01") == []  # nothing known yet: the page shows its empty state
    events = client.get("/timeline", params={"instrument": CODE, "as_of": "2025-06-30"}).json()["events"]
    # A report or count known only to the year 2025 counts from its end, as in parties_as_of and sources_compared.
    assert all(e["date"] != "2025" for e in events), [e for e in events if e["date"] == "2025"]


def test_the_matrix_holds_the_uks_own_endorsement_of_the_code_from_its_date(client):
    """Issue 19: a state's own endorsement (its own announcement) is a cell of the matrix, never a signature."""
    def cell(as_of):
        body = client.get("/matrix", params={"as_of": as_of}).json()
        assert CODE in {c["instrument_id"] for c in body["columns"]}  # the grid keeps its columns at every date
        return [(c["state"], c["relation"], c["date"]) for c in body["cells"] if c["column"] == CODE]
    assert cell("2025-04-24") == []
    assert cell("2025-04-25") == [("GB", "endorsed", "2025-04-25")]
    assert sum(c["relation"] == "signed" for c in client.get("/matrix").json()["cells"] if c["column"] == SPYWARE) == 21
