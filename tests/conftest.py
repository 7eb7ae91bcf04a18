"""Shared fixtures: a real Neo4j server for the whole session, and a clean graph per test.

Tests never touch the demo server (.neo4j/, port 7687): they start their own under
.neo4j/test on ports 17687/17474 through the same scripts/neo4j.sh, so `make test`
cannot wipe a researcher's graph. To run them against another server instead, set
PLEDGEGRAPH_TEST_NEO4J_URI (and NEO4J_PASSWORD); that server's graph WILL be erased.

If Neo4j cannot be started the session errors out loudly; nothing is skipped.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest

from graph.driver import open_driver
from graph.schema import apply_schema
from core.settings import Neo4jSettings, get_app_settings, get_neo4j_settings

ROOT = Path(__file__).resolve().parent.parent
TEST_HOME = os.environ.get("PLEDGEGRAPH_TEST_NEO4J_HOME", str(ROOT / ".neo4j" / "test"))
TEST_BOLT_PORT = os.environ.get("PLEDGEGRAPH_TEST_BOLT_PORT", "17687")
TEST_HTTP_PORT = os.environ.get("PLEDGEGRAPH_TEST_HTTP_PORT", "17474")
TEST_PASSWORD = "pledgegraph-test"


def neo4j_script_env() -> dict[str, str]:
    """Environment for scripts/neo4j.sh that targets the test server."""
    return {
        **os.environ,
        "PLEDGEGRAPH_NEO4J_HOME": TEST_HOME,
        "NEO4J_BOLT_PORT": TEST_BOLT_PORT,
        "NEO4J_HTTP_PORT": TEST_HTTP_PORT,
        "NEO4J_PASSWORD": TEST_PASSWORD,
        "NEO4J_HEAP": os.environ.get("PLEDGEGRAPH_TEST_NEO4J_HEAP", "1g"),
        "NEO4J_PAGECACHE": os.environ.get("PLEDGEGRAPH_TEST_NEO4J_PAGECACHE", "512m"),
    }


def run_neo4j_script(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(ROOT / "scripts" / "neo4j.sh"), command],
        env=neo4j_script_env(), capture_output=True, text=True, timeout=900,
    )


@pytest.fixture(scope="session")
def neo4j_settings() -> Iterator[Neo4jSettings]:
    """Start (or reuse) the test server and point every settings reader at it."""
    external = os.environ.get("PLEDGEGRAPH_TEST_NEO4J_URI")
    started_here = False
    if external:
        uri = external
        password = os.environ.get("NEO4J_PASSWORD", TEST_PASSWORD)
    else:
        status = run_neo4j_script("status")
        if status.returncode != 0:
            result = run_neo4j_script("start")
            if result.returncode != 0:
                pytest.exit(
                    "Neo4j could not be started for the tests; nothing was run.\n"
                    f"{result.stdout}\n{result.stderr}",
                    returncode=3,
                )
            started_here = True
        uri = f"bolt://127.0.0.1:{TEST_BOLT_PORT}"
        password = TEST_PASSWORD
    os.environ.update({"NEO4J_URI": uri, "NEO4J_PASSWORD": password, "NEO4J_USER": "neo4j", "NEO4J_DATABASE": "neo4j"})
    get_neo4j_settings.cache_clear()
    get_app_settings.cache_clear()
    yield get_neo4j_settings()
    if started_here and not os.environ.get("PLEDGEGRAPH_TEST_KEEP_NEO4J"):
        run_neo4j_script("stop")


@pytest.fixture(scope="session")
def neo4j_driver(neo4j_settings: Neo4jSettings) -> Iterator[neo4j.Driver]:
    try:
        driver = open_driver(neo4j_settings)
    except Exception as exc:  # noqa: BLE001 - any failure here must stop the run loudly
        pytest.exit(f"Neo4j is not reachable at {neo4j_settings.uri}: {exc}", returncode=3)
    apply_schema(driver, neo4j_settings.database)
    yield driver
    driver.close()


def wipe_graph(driver: neo4j.Driver, database: str) -> None:
    # CALL ... IN TRANSACTIONS needs an auto-commit transaction, hence session.run.
    with driver.session(database=database) as session:
        session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS").consume()


@pytest.fixture
def clean_graph(neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings) -> neo4j.Driver:
    """A driver on an empty graph (schema kept)."""
    wipe_graph(neo4j_driver, neo4j_settings.database)
    return neo4j_driver


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    path = get_app_settings().corpus_dir
    if not path.is_dir():
        pytest.exit(f"the starting corpus is missing: {path} (it must sit at ../shared/corpus beside the project)", returncode=4)
    return path


# What a fact's history records (graph/versions.py), not what it says: two equal loads differ in them.
HISTORY_PROPERTIES = frozenset({"added_by_run", "added_by_document"})


def graph_snapshot(driver: neo4j.Driver, database: str = "neo4j", *, include_runs: bool = False) -> tuple[list, list]:
    """A canonical, sorted dump of every node and relationship with all properties.

    Two snapshots compare equal iff the graphs hold the same data. Load-run records are
    left out unless asked for: every run adds one by design; so is the history the data
    versions keep (RemovedFact tombstones, the run and document that first stated a fact).
    """
    skip = "" if include_runs else "WHERE NOT n:LoadRun AND NOT n:RemovedFact"
    nodes = driver.execute_query(
        f"MATCH (n) {skip} RETURN labels(n) AS labels, properties(n) AS props", database_=database
    ).records
    skip_r = "" if include_runs else "WHERE NOT a:LoadRun"
    rels = driver.execute_query(
        f"MATCH (a)-[r]->(b) {skip_r} RETURN type(r) AS type, properties(r) AS props, "
        "coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b", database_=database
    ).records
    history = set() if include_runs else HISTORY_PROPERTIES

    def canon(value):
        return repr(sorted((k, repr(v)) for k, v in value.items() if k not in history)) if isinstance(value, dict) else repr(value)
    node_rows = sorted(f"{sorted(r['labels'])}|{canon(r['props'])}" for r in nodes)
    rel_rows = sorted(f"{r['type']}|{r['a']}|{r['b']}|{canon(r['props'])}" for r in rels)
    return node_rows, rel_rows


@pytest.fixture(scope="module")
def corpus_graph(neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings, corpus_dir: Path):
    """The starting corpus loaded (with the project's metadata) into an empty graph; returns the report.

    Module-scoped: modules using it must not also use ``clean_graph``.
    """
    from loaders.run import load_paths

    wipe_graph(neo4j_driver, neo4j_settings.database)
    report = load_paths([corpus_dir], driver=neo4j_driver, database=neo4j_settings.database)
    failed = [f for f in report.files if f.action == "rejected"]
    assert not failed and report.exit_code == 0, f"corpus did not load cleanly: {failed} {report.error}"
    return report
