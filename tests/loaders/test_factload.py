"""Loading facts files gives the graph that loading the documents gives (real Neo4j)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import neo4j
import pytest

from loaders.factextract import extract_to_files
from loaders.factfiles import write_part
from loaders.factload import load_facts
from loaders.run import load_paths
from tests.conftest import ROOT, wipe_graph

pytestmark = pytest.mark.neo4j

# When a placement was decided is not what it decided: two equal loads differ in it, and in
# the history the data versions keep (the run and document that first stated a fact).
VOLATILE = {"decided_at", "added_by_run", "added_by_document"}


def snapshot(driver: neo4j.Driver) -> tuple[list[str], list[str]]:
    """Every node and relationship (facts with their evidence nodes, placements, documents), sorted."""
    nodes = driver.execute_query("MATCH (n) WHERE NOT n:LoadRun AND NOT n:RemovedFact "
                                 "RETURN labels(n) AS labels, properties(n) AS props").records
    rels = driver.execute_query("MATCH (a)-[r]->(b) WHERE NOT a:LoadRun RETURN type(r) AS type, properties(r) AS props, "
                                "coalesce(a.uid, a.id) AS a, coalesce(b.uid, b.id) AS b").records

    def canon(props: dict) -> str:
        return repr(sorted((k, repr(v)) for k, v in props.items() if k not in VOLATILE))
    return (sorted(f"{sorted(r['labels'])}|{canon(r['props'])}" for r in nodes),
            sorted(f"{r['type']}|{r['a']}|{r['b']}|{canon(r['props'])}" for r in rels))


def _outcomes(report) -> list[tuple[str, str, str | None, int, int]]:
    return [(f.source, f.action, f.document_id, f.facts, f.evidence) for f in report.files]


def _same_graph_both_ways(driver: neo4j.Driver, folder: Path, facts: Path) -> tuple[int, int]:
    wipe_graph(driver, "neo4j")
    direct = load_paths([folder], driver=driver, database="neo4j")
    assert direct.exit_code == 0, direct.error
    expected = snapshot(driver)
    wipe_graph(driver, "neo4j")
    extract_to_files([folder], facts, metadata_dir=None, batch=16)
    through_files = load_facts([facts], driver=driver, database="neo4j")
    assert through_files.exit_code == 0, through_files.error
    assert _outcomes(through_files) == _outcomes(direct)
    got = snapshot(driver)
    only_direct = sorted(set(expected[0] + expected[1]) - set(got[0] + got[1]))[:3]
    only_files = sorted(set(got[0] + got[1]) - set(expected[0] + expected[1]))[:3]
    assert got == expected, f"only in the direct load: {only_direct}\nonly through files: {only_files}"
    return len(got[0]), len(got[1])


def test_the_starting_corpus_through_facts_files_gives_the_graph_of_the_direct_load(clean_graph, corpus_dir, tmp_path):
    nodes, rels = _same_graph_both_ways(clean_graph, corpus_dir, tmp_path / "facts")
    assert nodes > 100 and rels > 100
    signed = clean_graph.execute_query("MATCH (:State)-[r:SIGNED]->(:Edition) RETURN count(r) AS n").records[0]["n"]
    assert signed > 0
    again = load_facts([tmp_path / "facts"], driver=clean_graph, database="neo4j")
    assert {f.action for f in again.files if f.kind != "curated"} <= {"unchanged", "excluded"}


def test_a_generated_corpus_through_facts_files_gives_the_graph_of_the_direct_load(clean_graph, tmp_path):
    docs = tmp_path / "docs"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", "11", "--count", "200",
                    "--out", str(docs)], check=True, cwd=ROOT, capture_output=True)
    (docs / "ground_truth.jsonl").rename(tmp_path / "ground_truth.jsonl")
    nodes, rels = _same_graph_both_ways(clean_graph, docs, tmp_path / "facts")
    assert nodes > 1000 and rels > 1000


def test_a_damaged_part_is_rejected_by_name_and_the_other_parts_load(clean_graph, corpus_dir, tmp_path):
    facts = tmp_path / "facts"
    extract_to_files([corpus_dir], facts, metadata_dir=None, batch=2)
    (facts / "part-00001.parquet").write_bytes(b"torn")
    report = load_facts([facts, tmp_path / "nowhere"], driver=clean_graph, database="neo4j")
    rejected = {f.source: f.reason for f in report.files if f.action == "rejected"}
    assert set(rejected) == {str(facts / "part-00001.parquet"), str(tmp_path / "nowhere")}
    assert report.exit_code == 1
    assert sum(f.action == "added" for f in report.files if f.kind != "curated") == 2  # the two files of part 0
