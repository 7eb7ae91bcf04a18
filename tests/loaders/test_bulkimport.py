"""A bulk import of facts files gives the graph the transactional load of the same files gives.

Two real servers: the session's test server takes ``load --facts``; a second home, written
offline by ``neo4j-admin database import full`` and then started, takes the bulk import.
Their graphs are compared label by label, type by type, and property by property.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import neo4j
import pytest

from graph.schema import missing_schema
from loaders.admin_import import admin_import, finish_import
from loaders.bulkimport import facts_to_import_files
from loaders.factextract import extract_to_files
from loaders.factload import load_facts
from tests.conftest import ROOT, TEST_PASSWORD, wipe_graph

pytestmark = pytest.mark.neo4j

BULK_HOME = Path(os.environ.get("PLEDGEGRAPH_TEST_BULK_NEO4J_HOME", str(ROOT / ".neo4j" / "test-bulk")))
BULK_BOLT_PORT = os.environ.get("PLEDGEGRAPH_TEST_BULK_BOLT_PORT", "17688")
BULK_HTTP_PORT = os.environ.get("PLEDGEGRAPH_TEST_BULK_HTTP_PORT", "17475")

# Our own statement, with what CSV quoting must carry: quotes, commas, semicolons, a
# backslash, lines, and a text in a second language.
STATEMENT = (
    "Joint Statement on Safe Harbour Data\n\n"
    "We, the governments of Estonia, Portugal and Ireland, commit to publishing \"open\" harbour data; "
    "weekly, in one place, under the path C:\\harbours\\data.\n\n"
    "1. We will publish the arrival times of every ship.\n"
    "2. We will share the water-quality readings with our neighbours.\n"
)


def _bulk_env() -> dict[str, str]:
    return {**os.environ, "PLEDGEGRAPH_NEO4J_HOME": str(BULK_HOME), "NEO4J_BOLT_PORT": BULK_BOLT_PORT,
            "NEO4J_HTTP_PORT": BULK_HTTP_PORT, "NEO4J_PASSWORD": TEST_PASSWORD, "NEO4J_HEAP": "512m",
            "NEO4J_PAGECACHE": "128m"}


def _bulk_server(command: str) -> subprocess.CompletedProcess:
    return subprocess.run(["bash", str(ROOT / "scripts" / "neo4j.sh"), command], env=_bulk_env(),
                          capture_output=True, text=True, timeout=300)


def _import_and_start(facts: Path, csv: Path):
    """Import files, a fresh database written offline from them, its server started."""
    manifest, report = facts_to_import_files([facts], csv)
    stopped = _bulk_server("stop")
    assert stopped.returncode == 0, stopped.stderr
    shutil.rmtree(BULK_HOME / "data", ignore_errors=True)
    admin_import(csv, BULK_HOME)
    started = _bulk_server("start")
    assert started.returncode == 0, started.stdout + started.stderr
    return manifest, report


def dump(driver: neo4j.Driver) -> dict:
    """Counts per label and per type, and every node and relationship with its properties,
    canonical and sorted. What differs between two equal loads by design is replaced by a
    mark after it is checked: the run's id and times (a fact's ``added_by_run`` must name the
    graph's one LoadRun), a placement's ``decided_at``."""
    (run,) = driver.execute_query("MATCH (r:LoadRun) RETURN r.id AS id").records
    volatile = {"decided_at", "started_at", "finished_at"}

    def canon(props: dict) -> str:
        out = []
        for k, v in sorted(props.items()):
            if k in volatile:
                v = f"<{type(v).__name__}>"
            elif v == run["id"] and k in ("added_by_run", "id"):
                v = "<run>"
            out.append((k, repr(v)))
        return repr(out)

    nodes = driver.execute_query("MATCH (n) RETURN labels(n) AS labels, properties(n) AS props").records
    rels = driver.execute_query(
        "MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, "
        "labels(a) AS al, coalesce(a.uid, a.id) AS a, labels(b) AS bl, coalesce(b.uid, b.id) AS b").records
    return {
        "labels": Counter(label for r in nodes for label in r["labels"]),
        "types": Counter(r["type"] for r in rels),
        "nodes": sorted(f"{sorted(r['labels'])}|{canon(r['props'])}" for r in nodes),
        "relationships": sorted(f"{r['type']}|{sorted(r['al'])}{r['a'] if r['a'] != run['id'] else '<run>'}|"
                                f"{sorted(r['bl'])}{r['b']}|{canon(r['props'])}" for r in rels),
    }


def test_bulk_import_of_facts_files_gives_the_graph_of_the_transactional_load(clean_graph, corpus_dir, tmp_path):
    own = tmp_path / "own"
    own.mkdir()
    (own / "harbour-data.txt").write_text(STATEMENT, encoding="utf-8")
    facts = tmp_path / "facts"
    extract_to_files([corpus_dir, own], facts, metadata_dir=None, batch=8)

    # The offline side (files, import, start) runs beside the transactional load: two JVMs and a
    # load on two cores, each waiting on the others less than in turn.
    with ThreadPoolExecutor(max_workers=1) as pool:
        offline = pool.submit(_import_and_start, facts, tmp_path / "csv")
        transactional = load_facts([facts], driver=clean_graph, database="neo4j")
        assert transactional.exit_code == 0, transactional.error
        expected = dump(clean_graph)
        manifest, report = offline.result()
    assert [(f.source, f.action, f.document_id, f.facts) for f in report.files] == \
        [(f.source, f.action, f.document_id, f.facts) for f in transactional.files]
    assert manifest.empty_lists["nodes"] > 0  # documents' empty warning lists: finished after the import
    try:
        with neo4j.GraphDatabase.driver(f"bolt://127.0.0.1:{BULK_BOLT_PORT}", auth=("neo4j", TEST_PASSWORD)) as bulk:
            finish_import(bulk, "neo4j", tmp_path / "csv")
            assert missing_schema(bulk, "neo4j") == []
            got = dump(bulk)
            as_written = bulk.execute_query("MATCH (d:Document) WHERE d.text CONTAINS $a AND d.text CONTAINS $b "
                                            "RETURN count(d) AS n", a="C:\\harbours\\data", b='"open" harbour data; weekly')
    finally:
        if not os.environ.get("PLEDGEGRAPH_TEST_KEEP_NEO4J"):
            _bulk_server("stop")

    assert got["labels"] == expected["labels"]
    assert got["types"] == expected["types"]
    only_tx = sorted(set(expected["nodes"] + expected["relationships"]) - set(got["nodes"] + got["relationships"]))
    only_bulk = sorted(set(got["nodes"] + got["relationships"]) - set(expected["nodes"] + expected["relationships"]))
    assert got == expected, f"only in the transactional load: {only_tx[:3]}\nonly in the bulk import: {only_bulk[:3]}"
    assert expected["labels"]["Evidence"] > 100 and expected["types"]["SIGNED"] > 10
    assert as_written.records[0]["n"] == 1  # quotes, semicolons and backslashes came through as written
    wipe_graph(clean_graph, "neo4j")

