"""Neo4j stopped under the API: fast 503s with Retry-After, then 200s again without restarting the app.

Stops and restarts the test server itself (scripts/neo4j.sh through tests/conftest.py), so
it cannot run against an external server (PLEDGEGRAPH_TEST_NEO4J_URI).
"""

from __future__ import annotations

import os
import time

import pytest

from tests.api.conftest import assert_problem
from tests.conftest import run_neo4j_script

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
PATHS = ["/states", "/states/SE", "/instruments/spyware-joint-statement/signatories?as_of=2024-06-01",
         "/queries/seed_opposing_signatories", "/search?q=spyware", "/graph/neighbourhood?id=SE"]


@pytest.mark.skipif(bool(os.environ.get("PLEDGEGRAPH_TEST_NEO4J_URI")), reason="cannot stop an external server")
def test_stopped_neo4j_gives_fast_503_and_the_app_recovers(client, seeded):
    assert all(client.get(p).status_code == 200 for p in PATHS)
    stopped = run_neo4j_script("stop")
    assert stopped.returncode == 0, stopped.stderr
    try:
        for path in PATHS:
            started = time.perf_counter()
            response = client.get(path)
            elapsed = time.perf_counter() - started
            assert_problem(response, 503)
            assert response.headers["Retry-After"].isdigit()
            assert elapsed < 1.0, (path, elapsed)
        started = time.perf_counter()
        assert_problem(client.post("/cypher", json={"query": "RETURN 1 AS one"}), 503)
        assert time.perf_counter() - started < 1.0
        ready = client.get("/ready")
        assert ready.status_code == 503 and ready.json()["neo4j"] == "unreachable"
        assert client.get("/health").status_code == 200
    finally:
        restarted = run_neo4j_script("start")
        assert restarted.returncode == 0, restarted.stderr
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if all(client.get(p).status_code == 200 for p in PATHS):
            break
        time.sleep(0.2)
    assert [client.get(p).status_code for p in PATHS] == [200] * len(PATHS)
    assert client.get("/ready").json()["status"] == "ready"
