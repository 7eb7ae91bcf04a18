"""GET /matrix answers from its cache only while the graph's data version holds: never older than the last finished load run."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import PROJECT_ROOT, AppSettings
from loaders.run import load_paths

pytestmark = pytest.mark.neo4j


def _statement(title: str, states: str) -> str:
    return (f"Joint Declaration on {title}\n\nWe, the governments of {states}, share a common purpose.\n\n"
            "We commit to:\n\n• meeting every year;\n• publishing what we find.\n")


@pytest.fixture()
def app_client(clean_graph, neo4j_settings):
    app = create_app(AppSettings(cypher_dir=PROJECT_ROOT / "cypher"), neo4j_settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield app, client


def _signed(body: dict) -> set[tuple[str, str]]:
    return {(c["state"], c["column"]) for c in body["cells"] if c["relation"] == "signed"}


def _load(path: Path, driver, database: str) -> None:
    report = load_paths([path], driver=driver, database=database, workers=1)
    assert [f.action for f in report.files if f.source == str(path)] == ["added"], report.files


def test_a_finished_load_run_is_seen_by_the_next_request(app_client, clean_graph, neo4j_settings, tmp_path):
    app, client = app_client
    first = tmp_path / "lighthouses.txt"
    first.write_text(_statement("Lighthouses", "Portugal, Spain and Ireland"), encoding="utf-8")
    _load(first, clean_graph, neo4j_settings.database)
    before = client.get("/matrix").json()
    assert {"PT", "ES", "IE"} <= {s for s, _ in _signed(before)}
    for _ in range(5):
        assert client.get("/matrix").json() == before
    assert app.state.answer_cache.computed == 1

    second = tmp_path / "beacons.txt"
    second.write_text(_statement("Coastal Beacons", "Norway, Iceland and Denmark"), encoding="utf-8")
    _load(second, clean_graph, neo4j_settings.database)
    after = client.get("/matrix").json()
    assert {s for s, _ in _signed(after) - _signed(before)} == {"NO", "IS", "DK"}
    assert app.state.answer_cache.computed == 2


def test_a_load_run_that_changes_no_count_still_renews_the_answer(app_client, clean_graph, neo4j_settings, tmp_path):
    """A changed document can keep every count; its finished load run alone must make the cache let go."""
    app, client = app_client
    doc = tmp_path / "lighthouses.txt"
    doc.write_text(_statement("Lighthouses", "Portugal, Spain and Ireland"), encoding="utf-8")
    _load(doc, clean_graph, neo4j_settings.database)
    before = client.get("/matrix").json()
    # Change a value the matrix shows without changing any count, then finish a load run.
    clean_graph.execute_query("MATCH (s:State {iso2: 'PT'}) SET s.name = 'Portugal (renamed)'")
    assert client.get("/matrix").json() == before  # no finished run yet: the cached answer may stand
    clean_graph.execute_query("CREATE (:LoadRun {id: 'run-test', started_at: datetime(), finished_at: datetime(), "
                              "status: 'ok'})")
    rows = {r["iso2"]: r["name"] for r in client.get("/matrix").json()["rows"]}
    assert rows["PT"] == "Portugal (renamed)"
    assert app.state.answer_cache.computed == 2


def test_requests_that_miss_together_compute_once(app_client, clean_graph, neo4j_settings, tmp_path):
    app, client = app_client
    doc = tmp_path / "lighthouses.txt"
    doc.write_text(_statement("Lighthouses", "Portugal, Spain and Ireland"), encoding="utf-8")
    _load(doc, clean_graph, neo4j_settings.database)
    with ThreadPoolExecutor(16) as pool:
        bodies = list(pool.map(lambda _: client.get("/matrix", params={"as_of": "2030-01-01"}).json(), range(32)))
    assert all(b == bodies[0] for b in bodies) and _signed(bodies[0])
    assert app.state.answer_cache.computed == 1
    csv_text = client.get("/matrix", params={"as_of": "2030-01-01", "format": "csv"}).text
    assert csv_text.count("\n") == len(bodies[0]["cells"]) + 1
    assert app.state.answer_cache.computed == 1  # CSV from the same answer


def test_the_answer_is_served_compressed_to_clients_that_accept_it(app_client, clean_graph, neo4j_settings, tmp_path):
    import gzip
    import json

    app, client = app_client
    doc = tmp_path / "lighthouses.txt"
    doc.write_text(_statement("Lighthouses", "Portugal, Spain and Ireland"), encoding="utf-8")
    _load(doc, clean_graph, neo4j_settings.database)
    plain = client.get("/matrix", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    with client.stream("GET", "/matrix", headers={"Accept-Encoding": "gzip"}) as compressed:
        body = b"".join(compressed.iter_raw())  # the bytes as sent, not decoded
        assert compressed.headers["content-encoding"] == "gzip"
    assert json.loads(gzip.decompress(body)) == plain.json() and len(body) < len(plain.content)
