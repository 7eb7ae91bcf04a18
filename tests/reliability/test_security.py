"""Security over a real uvicorn process: hostile Cypher, ingest keys and names, oversized requests, listen addresses.

The hostile queries are the one list in tests/api/test_cypher_workbench.py (``HOSTILE``),
sent here over HTTP to the served app on the seeded graph: each must be refused or
stopped, the graph must stay byte-for-byte the same, and no answer may carry anything
from outside the graph (files, configuration, users).
"""

from __future__ import annotations

import os

import httpx
import psutil
import pytest

from tests.api.conftest import dump_graph, seed_graph
from tests.api.uploads import wait_for_upload
from tests.api.test_cypher_workbench import HOSTILE, NEVER_ENDING
from tests.conftest import TEST_BOLT_PORT, TEST_HTTP_PORT
from tests.reliability.conftest import API_KEY

pytestmark = [pytest.mark.neo4j]
OUTSIDE = ("root:x:", "PATH=", "server.bolt.listen", "Neo4j Kernel", "pledgegraph-test")


@pytest.fixture(scope="module")
def seeded_server(neo4j_driver, neo4j_settings, api_server):
    seed_graph(neo4j_driver, neo4j_settings.database)
    return api_server


def test_hostile_queries_over_http_change_nothing_and_read_nothing_outside(seeded_server, neo4j_driver, figures):
    before = dump_graph(neo4j_driver, "neo4j")
    outcomes: dict[str, int] = {}
    with httpx.Client(base_url=seeded_server.url, timeout=30) as client:
        for query in [*HOSTILE, NEVER_ENDING]:
            response = client.post("/cypher", json={"query": query})
            assert response.status_code == 422, (query, response.text)
            body = response.json()
            assert body.get("reason") or body.get("timed_out"), body
            assert not any(marker in response.text for marker in OUTSIDE), (query, response.text[:500])
            key = "timed_out" if body.get("timed_out") else body["reason"]
            outcomes[key] = outcomes.get(key, 0) + 1
    assert dump_graph(neo4j_driver, "neo4j") == before
    figures["hostile_queries"] = {"sent": len(HOSTILE) + 1, "refused_or_stopped": sum(outcomes.values()),
                                  "changed_the_graph": 0, "read_outside_the_graph": 0, "by_reason": outcomes}


def test_ingest_needs_a_right_key_a_plain_name_and_a_size_under_the_limit(seeded_server, neo4j_driver, figures, tmp_path):
    files = {"file": ("statement.txt", b"Joint Declaration on Test\n\nWe, the governments of Spain and Italy, agree.\n", "text/plain")}
    with httpx.Client(base_url=seeded_server.url, timeout=60) as client:
        assert client.post("/documents", files=files).status_code == 401
        assert client.post("/documents", files=files, headers={"X-API-Key": "wrong"}).status_code == 403
        assert client.post("/documents", files=files, headers={"Authorization": "Bearer wrong"}).status_code == 403
        marker = tmp_path / "escaped.txt"
        traversal = {"file": (f"../../../../..{marker}", files["file"][1], "text/plain")}
        response = client.post("/documents", files=traversal, headers={"X-API-Key": API_KEY})
        assert wait_for_upload(client, response, api_key=API_KEY)["state"] == "done"
        assert not marker.exists(), "the upload was written outside its temporary folder"
        sources = [r["s"] for r in neo4j_driver.execute_query(
            "MATCH (d:Document) WHERE d.path STARTS WITH 'upload:' RETURN d.source AS s").records]
        assert sources and all("/" not in s and ".." not in s for s in sources), sources
        big = {"file": ("big.txt", b"x" * (20 * 1024 * 1024 + 1), "text/plain")}
        assert client.post("/documents", files=big, headers={"X-API-Key": API_KEY}).status_code == 413
    figures["ingest"] = {"without_key": 401, "wrong_key": 403, "path_traversal_name": "sanitised, nothing written outside",
                         "over_size_limit": 413}


def test_oversized_query_strings_and_parameters_are_refused_not_crashed(seeded_server, figures):
    statuses = {}
    with httpx.Client(base_url=seeded_server.url, timeout=60) as client:
        for name, request in {
            "search q of 60 KB": lambda: client.get("/search", params={"q": "a" * 60_000}),
            "query string of 60 KB": lambda: client.get("/states", params={"x": "b" * 60_000}),
            "cypher query of 1 MB": lambda: client.post("/cypher", json={"query": "RETURN 1 // " + "c" * 1_000_000}),
            "cypher parameters of 8 MB": lambda: client.post("/cypher", json={
                "query": "RETURN size($p) AS n", "parameters": {"p": "d" * 8_000_000}}),
            "10,000 cypher parameters": lambda: client.post("/cypher", json={
                "query": "RETURN 1 AS one", "parameters": {f"p{i}": i for i in range(10_000)}}),
            "path segment of 60 KB": lambda: client.get("/states/" + "e" * 60_000),
        }.items():
            try:
                statuses[name] = request().status_code
            except httpx.RemoteProtocolError:
                statuses[name] = "connection closed by the server"
    assert all(s == "connection closed by the server" or s < 500 for s in statuses.values()), statuses
    assert statuses["cypher parameters of 8 MB"] == 413 and statuses["cypher query of 1 MB"] == 422
    assert statuses["search q of 60 KB"] == 422  # unknown query parameters (the 60 KB "x") are ignored: 200
    assert httpx.get(seeded_server.url + "/health").status_code == 200
    figures["oversized_requests"] = statuses


def test_the_running_neo4j_listens_on_loopback_only(neo4j_settings, figures):
    if os.environ.get("PLEDGEGRAPH_TEST_NEO4J_URI"):
        pytest.skip("an external server's sockets are not on this machine")
    ports = {int(TEST_BOLT_PORT), int(TEST_HTTP_PORT)}
    listening = [c for c in psutil.net_connections(kind="inet") if c.status == psutil.CONN_LISTEN and c.laddr.port in ports]
    assert {c.laddr.port for c in listening} == ports
    addresses = sorted({c.laddr.ip for c in listening})
    assert all(ip in ("127.0.0.1", "::1", "::ffff:127.0.0.1") for ip in addresses), addresses
    figures["neo4j_listen_addresses"] = addresses
