"""The benchmark's own Neo4j: started and stopped through scripts/neo4j.sh, like the tests.

A dedicated home and ports (``.neo4j/bench``, Bolt 47687) so a benchmark never erases a
researcher's graph or collides with a test run; default heap and page cache (2 GB each),
as a user's ``make neo4j`` would have. ``make bench`` on a fresh machine starts it and
stops it again; a server that was already running is left running.
"""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import neo4j

ROOT = Path(__file__).resolve().parent.parent
HOME = os.environ.get("PLEDGEGRAPH_BENCH_NEO4J_HOME", str(ROOT / ".neo4j" / "bench"))
BOLT_PORT = os.environ.get("PLEDGEGRAPH_BENCH_BOLT_PORT", "47687")
HTTP_PORT = os.environ.get("PLEDGEGRAPH_BENCH_HTTP_PORT", "47474")
PASSWORD = "pledgegraph-bench"
URI = f"bolt://127.0.0.1:{BOLT_PORT}"


def script_env() -> dict[str, str]:
    return {**os.environ, "PLEDGEGRAPH_NEO4J_HOME": HOME, "NEO4J_BOLT_PORT": BOLT_PORT,
            "NEO4J_HTTP_PORT": HTTP_PORT, "NEO4J_PASSWORD": PASSWORD}


def client_env() -> dict[str, str]:
    """What a loader, an API server or a client process needs to reach this server."""
    return {**os.environ, "NEO4J_URI": URI, "NEO4J_USER": "neo4j", "NEO4J_PASSWORD": PASSWORD, "NEO4J_DATABASE": "neo4j"}


def _script(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "scripts" / "neo4j.sh"), command], env=script_env(),
                          capture_output=True, text=True, timeout=900)


class BenchServer:
    """Context manager: the server running for the block; stopped after it if started here."""

    def __init__(self) -> None:
        self.started_here = False

    def __enter__(self) -> "BenchServer":
        if _script("status").returncode != 0:
            result = _script("start")
            if result.returncode != 0:
                raise RuntimeError(f"the benchmark Neo4j did not start:\n{result.stdout}\n{result.stderr}")
            self.started_here = True
        return self

    def __exit__(self, *exc: object) -> None:
        if self.started_here and not os.environ.get("PLEDGEGRAPH_BENCH_KEEP_NEO4J"):
            _script("stop")

    def driver(self) -> neo4j.Driver:
        return neo4j.GraphDatabase.driver(URI, auth=("neo4j", PASSWORD))


def wipe(driver: neo4j.Driver) -> None:
    """Empty the graph, keeping the schema (auto-commit: CALL IN TRANSACTIONS needs it).
    Relationships go first, in batches: detaching a state with 100,000 relationships in one
    row exceeded the transaction memory pool on a graph left by a 100,000-document run."""
    with driver.session(database="neo4j") as session:
        session.run("MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS").consume()
        session.run("MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS OF 5000 ROWS").consume()


def counts(driver: neo4j.Driver) -> dict[str, int]:
    """Nodes and relationships, load-run bookkeeping left out (the ceiling writes none)."""
    nodes = driver.execute_query("MATCH (n) WHERE NOT n:LoadRun RETURN count(n) AS n", database_="neo4j").records[0]["n"]
    rels = driver.execute_query("MATCH (a)-[r]->() WHERE NOT a:LoadRun RETURN count(r) AS n", database_="neo4j").records[0]["n"]
    return {"nodes": nodes, "relationships": rels}
