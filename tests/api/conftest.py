"""API test fixtures: a seeded graph on the real test server, and the app under TestClient.

The graph is seeded per module from ``tests/api/seed.cypher`` (shaped exactly like
docs/model.md) until the loader can load the corpus; the corpus-level tests load
``../shared/corpus`` through ``loaders.run.load_paths`` instead. The app reads a copy of
``cypher/`` whose ``queries/`` folder holds the test queries in ``tests/api/queries/``,
so these tests do not depend on which named queries exist yet.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from graph.schema import split_statements
from core.settings import PROJECT_ROOT, AppSettings, Neo4jSettings
from tests.conftest import wipe_graph

HERE = Path(__file__).resolve().parent
API_KEY = "test-write-key"


def seed_graph(driver: neo4j.Driver, database: str) -> None:
    wipe_graph(driver, database)
    for statement in split_statements((HERE / "seed.cypher").read_text(encoding="utf-8")):
        driver.execute_query(statement, database_=database)


def dump_graph(driver: neo4j.Driver, database: str) -> bytes:
    """A canonical dump of every node and relationship with its properties, for byte comparison."""
    nodes, _, _ = driver.execute_query(
        "MATCH (n) RETURN elementId(n) AS id, labels(n) AS labels, properties(n) AS props", database_=database)
    rels, _, _ = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN elementId(r) AS id, type(r) AS type, elementId(a) AS a, elementId(b) AS b, "
        "properties(r) AS props", database_=database)
    lines = sorted(f"N {r['id']} {sorted(r['labels'])} {sorted(r['props'].items())!r}" for r in nodes)
    lines += sorted(f"R {r['id']} {r['type']} {r['a']}->{r['b']} {sorted(r['props'].items())!r}" for r in rels)
    return "\n".join(lines).encode()


@pytest.fixture(scope="session")
def api_cypher_dir(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("cypher")
    shutil.copytree(PROJECT_ROOT / "cypher" / "api", root / "api")
    shutil.copytree(PROJECT_ROOT / "cypher" / "schema", root / "schema")
    shutil.copytree(HERE / "queries", root / "queries")
    return root


@pytest.fixture(scope="module")
def seeded(neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings) -> neo4j.Driver:
    seed_graph(neo4j_driver, neo4j_settings.database)
    return neo4j_driver


def make_settings(cypher_dir: Path, **overrides) -> AppSettings:
    values = {"cypher_dir": cypher_dir, "api_keys": API_KEY, "cypher_timeout": 2.0, "cypher_row_cap": 50,
              "max_upload_bytes": 256 * 1024, "cors_origins": "https://dashboard.example"}
    return AppSettings(**{**values, **overrides})


@pytest.fixture(scope="module")
def app_settings(api_cypher_dir: Path) -> AppSettings:
    return make_settings(api_cypher_dir)


@pytest.fixture(scope="module")
def client(neo4j_settings: Neo4jSettings, app_settings: AppSettings) -> Iterator[TestClient]:
    with TestClient(create_app(app_settings, neo4j_settings), raise_server_exceptions=False) as test_client:
        yield test_client


def assert_problem(response, status: int, **fields) -> dict:
    """The response is an RFC 9457 problem with this status (and these extra fields)."""
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert {"type", "title", "status", "detail"} <= set(body)
    assert body["status"] == status
    assert "Traceback" not in response.text
    for key, value in fields.items():
        assert body.get(key) == value, body
    return body
