"""Fixtures for the reliability suite: figures for docs/reliability.md, subprocess loaders, a real API server.

Every test here records what it tried and what survived in ``figures`` (a session-wide
dict); at the end of the session they are merged into ``test-artifacts/reliability.json``
(git-ignored), which ``scripts/reliability_report.py`` renders into docs/reliability.md.
Merging, not overwriting, lets one module be rerun on its own without losing the others.

Loaders run as real ``pledgegraph load`` subprocesses (they are killed, run twice at once,
cut off from Neo4j), and the API as a real uvicorn process on a free loopback port, so
that memory, signals and connection handling are the production ones.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import neo4j
import pytest

from core.settings import Neo4jSettings
from tests.conftest import ROOT

ARTIFACT = ROOT / "test-artifacts" / "reliability.json"
PYTHON = str(ROOT / ".venv" / "bin" / "python") if (ROOT / ".venv" / "bin" / "python").exists() else sys.executable
# Properties that record *when* something was decided, not *what*: two equal loads differ in them.
# The run and document that first stated a fact are history (graph/versions.py), like a decision's time.
VOLATILE = {"decided_at", "added_by_run", "added_by_document"}
# A resumed run reads back the inputs each placement stored (cypher/loader/known_instruments.cypher),
# so it writes the same placement details as an uninterrupted run: nothing more is volatile.
RESUMED_VOLATILE = VOLATILE
API_KEY = "reliability-write-key"


@pytest.fixture(scope="session")
def figures() -> Iterator[dict]:
    """Counts for docs/reliability.md; each test writes its own section."""
    data: dict = {}
    yield data
    if not data:
        return
    ARTIFACT.parent.mkdir(exist_ok=True)
    merged = json.loads(ARTIFACT.read_text()) if ARTIFACT.exists() else {}
    merged.update(data)
    ARTIFACT.write_text(json.dumps(merged, indent=2, sort_keys=True, default=str) + "\n")


def stable_snapshot(driver: neo4j.Driver, database: str = "neo4j", volatile: set[str] = VOLATILE) -> tuple[list, list]:
    """``graph_snapshot`` (tests/conftest.py) without decision timestamps: equal iff two loads wrote the same facts."""
    nodes = driver.execute_query("MATCH (n) WHERE NOT n:LoadRun AND NOT n:RemovedFact "
                                 "RETURN labels(n) AS labels, properties(n) AS props",
                                 database_=database).records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) WHERE NOT a:LoadRun RETURN type(r) AS type, properties(r) AS props, "
        "coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b", database_=database).records

    def canon(props: dict) -> str:
        return repr(sorted((k, repr(v)) for k, v in props.items() if k not in volatile))
    return (sorted(f"{sorted(r['labels'])}|{canon(r['props'])}" for r in nodes),
            sorted(f"{r['type']}|{r['a']}|{r['b']}|{canon(r['props'])}" for r in rels))


def snapshot_diff(a: tuple[list, list], b: tuple[list, list], limit: int = 5) -> str:
    """A short human-readable difference between two snapshots, for assertion messages."""
    only_a = sorted(set(a[0] + a[1]) - set(b[0] + b[1]))
    only_b = sorted(set(b[0] + b[1]) - set(a[0] + a[1]))
    kinds = sorted({x.split("|")[0] for x in only_a + only_b})
    only_a, only_b = only_a[:limit], only_b[:limit]
    return f"differing kinds: {kinds}\nonly in expected:\n  " + "\n  ".join(x[:240] for x in only_a) + "\nonly in actual:\n  " + "\n  ".join(x[:240] for x in only_b)


def loader_env(settings: Neo4jSettings, **extra: str) -> dict[str, str]:
    """The environment a `pledgegraph load` subprocess needs to reach the test server."""
    return {**os.environ, "NEO4J_URI": settings.uri, "NEO4J_PASSWORD": settings.password.get_secret_value(),
            "NEO4J_USER": settings.user, "NEO4J_DATABASE": settings.database, "PYTHONUNBUFFERED": "1", **extra}


def start_loader(settings: Neo4jSettings, *paths: Path, log: Path) -> subprocess.Popen:
    """`pledgegraph load PATH... --json` as a subprocess; stdout (the JSON report) and stderr go to ``log``.*."""
    return subprocess.Popen(
        [PYTHON, "-m", "loaders.cli", "load", *map(str, paths), "--json"], cwd=ROOT, env=loader_env(settings),
        stdout=log.with_suffix(".out").open("w"), stderr=log.with_suffix(".err").open("w"),
    )


def run_loader(settings: Neo4jSettings, *paths: Path, log: Path, timeout: float = 600) -> tuple[int, dict | None, str]:
    """Run a loader to the end: exit code, the JSON report (None if it printed none) and stderr."""
    proc = start_loader(settings, *paths, log=log)
    code = proc.wait(timeout=timeout)
    out = log.with_suffix(".out").read_text()
    try:
        report = json.loads(out[out.index("{"):]) if "{" in out else None
    except ValueError:
        report = None
    return code, report, log.with_suffix(".err").read_text()


def count_documents(driver: neo4j.Driver) -> int:
    return driver.execute_query("MATCH (d:Document) WHERE d.kind <> 'curated' RETURN count(d) AS n").records[0]["n"]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ApiServer:
    """A `uvicorn api.main:create_app --factory` process on a free loopback port."""

    def __init__(self, settings: Neo4jSettings, log: Path, **env: str):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log = log
        self.proc = subprocess.Popen(
            [PYTHON, "-m", "uvicorn", "api.main:create_app", "--factory", "--host", "127.0.0.1", "--port", str(self.port),
             "--log-level", "warning", "--no-access-log"],
            cwd=ROOT, env=loader_env(settings, PLEDGEGRAPH_API_KEYS=API_KEY, **env),
            stdout=log.open("w"), stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                raise RuntimeError(f"the API exited with {self.proc.returncode}: {log.read_text()[-2000:]}")
            try:
                if httpx.get(self.url + "/health", timeout=1).status_code == 200:
                    return
            except httpx.HTTPError:
                time.sleep(0.2)
        raise RuntimeError("the API did not answer /health within 60 s")

    @property
    def pid(self) -> int:
        return self.proc.pid

    def stop(self) -> None:
        self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()


@pytest.fixture(scope="module")
def api_server(neo4j_driver, neo4j_settings: Neo4jSettings, tmp_path_factory) -> Iterator[ApiServer]:
    server = ApiServer(neo4j_settings, tmp_path_factory.mktemp("api") / "uvicorn.log")
    yield server
    server.stop()


@pytest.fixture(scope="session")
def generated_corpus(tmp_path_factory) -> Path:
    """A synthetic folder of a few hundred documents from bench/generate.py (never the real corpus).

    PLEDGEGRAPH_RELIABILITY_DOCS sets how many (default 150: the fault and concurrency
    tests load it about six times, which has to fit the suite's five-minute budget).
    """
    count = int(os.environ.get("PLEDGEGRAPH_RELIABILITY_DOCS", "150"))
    out = tmp_path_factory.mktemp("generated") / "docs"
    subprocess.run([PYTHON, str(ROOT / "bench" / "generate.py"), "--seed", "11", "--count", str(count), "--out", str(out)],
                   cwd=ROOT, check=True, capture_output=True)
    for extra in out.glob("*.jsonl"):
        extra.rename(out.parent / extra.name)  # ground truth is not a document
    return out


class Reference:
    """The fault-free load of the generated folder: what every fault scenario must end with."""

    def __init__(self, folder: Path, snapshot: tuple[list, list], evidence: dict[str, int], seconds: float, documents: int):
        self.folder, self.snapshot, self.evidence, self.seconds, self.documents = folder, snapshot, evidence, seconds, documents


def evidence_per_document(driver: neo4j.Driver) -> dict[str, int]:
    records = driver.execute_query(
        "MATCH (d:Document) WHERE d.kind <> 'curated' OPTIONAL MATCH (d)<-[:IN_DOCUMENT]-(ev:Evidence) "
        "RETURN d.id AS id, count(ev) AS n").records
    return {r["id"]: r["n"] for r in records}


@pytest.fixture(scope="session")
def reference_load(neo4j_driver, neo4j_settings: Neo4jSettings, generated_corpus: Path, tmp_path_factory, figures) -> Reference:
    """One uninterrupted `pledgegraph load` of the generated folder into an empty graph."""
    from tests.conftest import wipe_graph

    wipe_graph(neo4j_driver, neo4j_settings.database)
    started = time.perf_counter()
    code, report, stderr = run_loader(neo4j_settings, generated_corpus, log=tmp_path_factory.mktemp("ref") / "load")
    seconds = time.perf_counter() - started
    assert code == 0, stderr[-3000:]
    evidence = evidence_per_document(neo4j_driver)
    figures["reference_load"] = {"documents": len(evidence), "seconds": round(seconds, 1),
                                 "evidence": sum(evidence.values())}
    return Reference(generated_corpus, stable_snapshot(neo4j_driver, volatile=RESUMED_VOLATILE), evidence, seconds, len(evidence))
