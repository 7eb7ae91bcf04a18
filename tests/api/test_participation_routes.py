"""GET /instruments/{id}/parties, /sources and /export/* over the starting corpus and the project's metadata."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import orjson
import pytest
from fastapi.testclient import TestClient
from followthemoney import model

from api.main import create_app
from core.settings import PROJECT_ROOT
from loaders.run import load_paths
from tests.api.conftest import make_settings
from tests.conftest import wipe_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
CODE = "pall-mall-code-of-practice"


@pytest.fixture(scope="module")
def client(neo4j_driver, neo4j_settings, corpus_dir) -> Iterator[TestClient]:
    wipe_graph(neo4j_driver, neo4j_settings.database)
    report = load_paths([corpus_dir], driver=neo4j_driver, database=neo4j_settings.database)
    assert report.status == "ok", report.model_dump_json()
    with TestClient(create_app(make_settings(PROJECT_ROOT / "cypher"), neo4j_settings), raise_server_exceptions=False) as c:
        yield c


@pytest.mark.parametrize("as_of, parties, reported", [("2025-05-15", 1, 2), ("2025-12-31", 1, 5)])
def test_parties_of_the_code_as_of_a_date(client, as_of, parties, reported):
    body = client.get(f"/instruments/{CODE}/parties", params={"as_of": as_of}).json()
    assert (body["parties"], body["reported_only"]) == (parties, reported)
    assert all(r["status"] in ("party", "reported") for r in body["items"])


def test_sources_side_by_side(client):
    body = client.get(f"/instruments/{CODE}/sources").json()
    assert {c for w, c in body["counts"] if w == "states"} >= {21, 23, 25, 27}
    assert all(r["source_url"] for r in body["items"])


def test_parties_and_sources_page_like_every_list(client):
    """Issue 17: the same paging (total, limit, offset, next) on every list; these two answered every row, unpaged."""
    whole = client.get(f"/instruments/{CODE}/parties", params={"as_of": "2025-12-31"}).json()
    assert (whole["total"], whole["offset"], whole["next"]) == (len(whole["items"]), 0, None) and whole["total"] >= 3
    first = client.get(f"/instruments/{CODE}/parties", params={"as_of": "2025-12-31", "limit": 2}).json()
    assert first["items"] == whole["items"][:2] and first["total"] == whole["total"]
    assert (first["parties"], first["reported_only"]) == (whole["parties"], whole["reported_only"])  # counts of all, not the page
    second = client.get(first["next"]).json()
    assert second["offset"] == 2 and second["items"] == whole["items"][2:4]
    sources = client.get(f"/instruments/{CODE}/sources", params={"limit": 1}).json()
    assert sources["total"] >= 4 and len(sources["items"]) == 1 and "offset=1" in sources["next"]
    assert client.get(f"/instruments/{CODE}/parties", params={"limit": 0}).status_code == 422


def test_the_statements_file_is_served_to_a_client_asking_for_csv(client):
    response = client.get(f"/instruments/{CODE}/export/statements", headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert client.get(f"/instruments/{CODE}/export/ftm", headers={"Accept": "text/csv"}).status_code == 406


def test_a_bad_date_is_a_422(client):
    assert client.get(f"/instruments/{CODE}/parties", params={"as_of": "2025-13-40"}).status_code == 422


def test_exports(client):
    lines = client.get("/instruments/spyware-joint-statement/export/quickstatements").text.splitlines()
    assert sum("\tP1891\t" in line for line in lines) == 21
    ftm_lines = client.get(f"/instruments/{CODE}/export/ftm").content.splitlines()
    entities = [model.get_proxy(orjson.loads(line), cleaned=False) for line in ftm_lines]
    assert {e.schema.name for e in entities} >= {"Project", "PublicBody", "ProjectParticipant"}
    statements = list(csv.DictReader(io.StringIO(client.get(f"/instruments/{CODE}/export/statements").text)))
    assert {s["entity_id"] for s in statements} == {e.id for e in entities}
    assert client.get("/instruments/nope/export/ftm").status_code == 404


def test_an_unknown_instrument_is_a_404_and_a_known_one_without_parties_is_empty(client):
    assert client.get("/instruments/nope/parties").status_code == 404
    assert client.get("/instruments/nope/sources").status_code == 404
    body = client.get("/instruments/spyware-joint-statement/sources").json()
    assert body["items"] == [] and body["counts"] == []
