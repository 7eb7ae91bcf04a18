"""Hostile queries to POST /cypher over HTTP (a real uvicorn process, the real Neo4j): refused, harmless, nothing reached.

The queries are ours, in ``hostile_queries.yaml`` beside this file: every trick of issue 16
(comments ended by ``\\r`` and by the line separators Neo4j does not honour, unicode
escapes, backticks), every administration command, LOAD CSV to a listener this test runs
on 127.0.0.1, memory and regular-expression bombs; and, generated from the server at test
time, a call of every procedure ``SHOW PROCEDURES`` lists, with and without a ``//\\r``
in front. None may answer 200 (only the allowed read procedures may), the graph must stay
byte-for-byte the same, the listener must get no request, and Neo4j must be the same
process afterwards, with no workbench transaction left running. The same list is then
sent with the lexer switched off, so the server's plan alone is shown to be enough.
"""

from __future__ import annotations

import http.server
import statistics
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import httpx
import neo4j
import pytest
import yaml

from api.plan_guard import ALLOWED_PROCEDURES
from tests.api.conftest import dump_graph, seed_graph
from tests.conftest import TEST_HOME

pytestmark = [pytest.mark.neo4j]
DATA = yaml.safe_load(Path(__file__).with_name("hostile_queries.yaml").read_text(encoding="utf-8"))
# Text that would show the answer came from outside the graph.
OUTSIDE = ("server.bolt.listen_address", "dbms.security.auth_enabled", "root:x:", "currentQuery", "pledgegraph-test",
           "queryExecutionPlan", "connectionId")
_SAMPLE_ARGUMENTS = {"STRING": "'x'", "INTEGER": "1", "FLOAT": "1.0", "BOOLEAN": "false", "MAP": "{}",
                     "LIST<STRING>": "['x']"}


class Listener:
    """A tiny HTTP server on 127.0.0.1 that records every request it gets."""

    def __init__(self):
        requests: list[str] = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 - the stdlib's name
                requests.append(self.path)
                self.send_response(200)
                self.end_headers()
                self.wfile.write(b"a,b\n1,2\n")

            def log_message(self, *args):
                pass

        self.requests = requests
        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener() -> Iterator[Listener]:
    server = Listener()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def seeded_server(neo4j_driver, neo4j_settings, api_server):
    seed_graph(neo4j_driver, neo4j_settings.database)
    return api_server


def procedure_calls(driver: neo4j.Driver) -> list[tuple[str, str]]:
    """A call of every procedure this server lists, with an argument of the declared type for each parameter."""
    calls = []
    for record in driver.execute_query("SHOW PROCEDURES YIELD name, argumentDescription RETURN name, argumentDescription "
                                       "ORDER BY name").records:
        arguments = ", ".join(_SAMPLE_ARGUMENTS.get(a["type"], "null") for a in record["argumentDescription"])
        calls.append((record["name"], f"CALL {record['name']}({arguments})"))
    return calls


def hostile_queries(listener: Listener, driver: neo4j.Driver, *, lexer: bool = True) -> list[tuple[str, str, bool]]:
    """(class, query, may_answer_200) for everything in the data file and every procedure."""
    def fill(query: str) -> str:
        return query.replace("{url}", listener.url).replace("{port}", str(listener.port))

    queries = [("prefixed payload", fill(prefix + payload), False) for prefix in DATA["prefixes"] for payload in DATA["payloads"]]
    queries += [("administration", prefix + command, False) for prefix in ("", "//\r") for command in DATA["administration"]]
    for kind in ("writes", "load_csv", "spellings", "bombs"):
        queries += [(kind, fill(query), False) for query in DATA[kind]]
    queries += [("hidden_reads", query, not lexer) for query in DATA["hidden_reads"]]
    for name, call in procedure_calls(driver):
        allowed = name in ALLOWED_PROCEDURES
        queries += [("procedure", call, allowed), ("procedure", "//\r" + call, allowed)]
    return queries


PARAMETERS = {"iso2": "SE", "codes": ["SE", "GB"], "subject": "aaaaaaaaaaaaaaaaaaaaaaaaaaaa!", "pattern": "(a+)+b",
              "big": 10 ** 12, "s": "xx", "a": "x", "b": "xxxxxxxxxxxxxxxxxxxx"}


def _neo4j_pid() -> int | None:
    pid_file = Path(TEST_HOME) / "run" / "neo4j.pid"
    return int(pid_file.read_text().strip()) if pid_file.exists() else None


def _workbench_transactions(driver: neo4j.Driver) -> list[str]:
    records = driver.execute_query("SHOW TRANSACTIONS YIELD metaData, currentQuery, status "
                                   "WHERE metaData.app = 'pledgegraph-workbench' RETURN currentQuery, status").records
    return [f"{r['status']}: {r['currentQuery'][:80]}" for r in records]


def _send_all(post, queries: list[tuple[str, str, bool]], url: str) -> tuple[list, Counter, list[float], list[str]]:
    answered: list = []
    reasons: Counter = Counter()
    seconds: list[float] = []
    leaks: list[str] = []
    for kind, query, may_answer in queries:
        started = time.perf_counter()
        response = post({"query": query, "parameters": {**PARAMETERS, "url": url + "/param"}})
        seconds.append(time.perf_counter() - started)
        if response.status_code == 200 and not may_answer:
            answered.append((kind, query, response.text[:300]))
        if any(marker in response.text and marker not in query for marker in OUTSIDE):  # an error may echo the query
            leaks.append(f"{kind}: {query!r} -> {response.text[:200]}")
        body = response.json() if response.headers.get("content-type", "").startswith("application/") else {}
        reasons[body.get("reason") or ("timed_out" if body.get("timed_out") else str(response.status_code))] += 1
    return answered, reasons, seconds, leaks


def _assert_unharmed(neo4j_driver, before: bytes, pid: int | None, listener: Listener) -> float:
    """Nothing changed, nothing reached, same server, no workbench transaction left; returns seconds waited."""
    assert listener.requests == [], f"the listener was reached: {listener.requests}"
    assert dump_graph(neo4j_driver, "neo4j") == before, "a hostile query changed the graph"
    assert neo4j_driver.execute_query("RETURN 1 AS up").records[0]["up"] == 1
    assert _neo4j_pid() == pid, "Neo4j is not the same process: it died and was restarted"
    started = time.perf_counter()
    left = _workbench_transactions(neo4j_driver)
    while left and time.perf_counter() - started < 15:
        time.sleep(0.5)
        left = _workbench_transactions(neo4j_driver)
    assert left == [], f"workbench transactions still running on the server: {left}"
    return time.perf_counter() - started


def test_hostile_queries_are_refused_change_nothing_reach_nothing_and_leave_neo4j_up(
        seeded_server, neo4j_driver, listener, figures):
    queries = hostile_queries(listener, neo4j_driver)
    assert len(queries) >= 150 + 2 * 40
    before = dump_graph(neo4j_driver, "neo4j")
    pid = _neo4j_pid()
    with httpx.Client(base_url=seeded_server.url, timeout=60) as client:
        answered, reasons, seconds, leaks = _send_all(lambda body: client.post("/cypher", json=body), queries, listener.url)
    assert answered == [], f"{len(answered)} hostile queries answered 200: {answered[:5]}"
    assert leaks == [], leaks[:5]
    waited = _assert_unharmed(neo4j_driver, before, pid, listener)
    bombs = [s for (kind, _, _), s in zip(queries, seconds) if kind == "bombs"]
    figures["workbench_hostile"] = {
        "queries": len(queries), "of_which_procedure_calls": sum(1 for k, _, _ in queries if k == "procedure"),
        "answered_200": reasons.get("200", 0), "allowed_procedure_calls": sum(1 for _, _, may in queries if may),
        "by_reason": dict(reasons),
        "refusal_ms_median": round(statistics.median(seconds) * 1000, 1),
        "refusal_ms_p95": round(sorted(seconds)[int(len(seconds) * 0.95)] * 1000, 1),
        "bombs": len(bombs), "bomb_refusal_ms_max": round(max(bombs) * 1000, 1),
        "total_seconds": round(sum(seconds), 1), "listener_requests": len(listener.requests),
        "graph_changed": False, "neo4j_restarted": False, "workbench_transactions_left_after_s": round(waited, 1),
    }


def test_the_servers_plan_alone_refuses_them_with_the_lexer_switched_off(
        seeded_server, neo4j_driver, neo4j_settings, listener, monkeypatch, figures):
    """The same list in process, with api.cypher_guard.check_query doing nothing: the plan check decides alone."""
    from fastapi.testclient import TestClient

    from api import workbench
    from api.main import create_app
    from core.settings import AppSettings

    monkeypatch.setattr(workbench, "check_query", lambda query: None)
    queries = hostile_queries(listener, neo4j_driver, lexer=False)
    before = dump_graph(neo4j_driver, "neo4j")
    pid = _neo4j_pid()
    with TestClient(create_app(AppSettings(cypher_timeout=5.0), neo4j_settings), raise_server_exceptions=False) as client:
        answered, reasons, seconds, leaks = _send_all(lambda body: client.post("/cypher", json=body), queries, listener.url)
    assert answered == [], f"{len(answered)} hostile queries answered 200 without the lexer: {answered[:5]}"
    assert leaks == [], leaks[:5]
    assert "500" not in reasons, reasons
    _assert_unharmed(neo4j_driver, before, pid, listener)
    figures["workbench_hostile_plan_only"] = {"queries": len(queries), "by_reason": dict(reasons),
                                              "refusal_ms_median": round(statistics.median(seconds) * 1000, 1)}


def test_reads_of_the_graph_still_answer(seeded_server, figures):
    """The must_answer list of the data file and every cookbook query (cypher/queries) answer 200."""
    from graph.named_queries import load_named_queries
    from core.settings import PROJECT_ROOT

    samples = {"string": "SE", "int": 1, "float": 0.5, "bool": True, "date": "2024-06-01", "list[string]": ["SE"]}
    reads = [(query, PARAMETERS) for query in DATA["must_answer"]]
    for named in load_named_queries(PROJECT_ROOT / "cypher").values():
        parameters = {p.name: (samples[p.type] if p.required else (p.default.isoformat() if hasattr(p.default, "isoformat")
                                                                   else p.default)) for p in named.params}
        reads.append((named.cypher, parameters))
    seconds = []
    with httpx.Client(base_url=seeded_server.url, timeout=60) as client:
        for query, parameters in reads:
            started = time.perf_counter()
            response = client.post("/cypher", json={"query": query, "parameters": parameters})
            seconds.append(time.perf_counter() - started)
            assert response.status_code == 200, (query[:200], response.text[:500])
    figures["workbench_reads"] = {"queries": len(reads), "answered_200": len(reads),
                                  "ms_median": round(statistics.median(seconds) * 1000, 1)}
