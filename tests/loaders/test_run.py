"""Load runs against the real server: idempotence, replacement, rollback, rejection, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from graph import rows as rows_module
from loaders.run import load_paths
from tests.conftest import graph_snapshot

STATEMENT_A = """Joint Declaration on Clean Rivers

We, the governments of France, Germany and Italy, recognise that rivers cross borders.

To that end we commit to:

• sharing water-quality data every month;
• funding joint monitoring stations;
• publishing an annual report.
"""

STATEMENT_B = """Joint Statement on Safe Bridges

We, the governments of Spain, Portugal and France, share an interest in safe bridges.

We commit to:

• inspecting every bridge each year;
• exchanging engineering standards.
"""


def _write(folder, name, text):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def _load(driver, settings, *paths, **kw):
    return load_paths(list(paths), driver=driver, database=settings.database, **kw)


def _signatories(driver, instrument_title_fragment):
    records = driver.execute_query(
        "MATCH (s:State)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(i:Instrument) "
        "WHERE i.title CONTAINS $t RETURN collect(DISTINCT s.iso2) AS codes", t=instrument_title_fragment,
    ).records
    return set(records[0]["codes"])


@pytest.mark.neo4j
def test_a_statement_is_loaded_with_its_signatories_and_commitments(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    report = _load(clean_graph, neo4j_settings, tmp_path)
    assert report.exit_code == 0, report
    assert _signatories(clean_graph, "Clean Rivers") == {"FR", "DE", "IT"}
    count = clean_graph.execute_query(
        "MATCH (:Instrument)-[:HAS_COMMITMENT]->(c:Commitment) RETURN count(c) AS n").records[0]["n"]
    assert count == 3


@pytest.mark.neo4j
def test_every_fact_relationship_has_evidence_in_a_document(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    _load(clean_graph, neo4j_settings, tmp_path)
    orphans = clean_graph.execute_query(
        "MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL AND NOT EXISTS "
        "{ MATCH (:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(:Document) } RETURN count(r) AS n").records[0]["n"]
    facts = clean_graph.execute_query("MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL RETURN count(r) AS n").records[0]["n"]
    assert facts > 0 and orphans == 0


@pytest.mark.neo4j
def test_text_evidence_spans_point_into_the_stored_text(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    _load(clean_graph, neo4j_settings, tmp_path)
    records = clean_graph.execute_query(
        "MATCH (ev:Evidence {origin: 'text'})-[:IN_DOCUMENT]->(d:Document) "
        "RETURN ev.quote AS quote, substring(d.text, ev.start, ev.end - ev.start) AS span").records
    assert records and all(r["quote"] == r["span"] for r in records)


@pytest.mark.neo4j
def test_loading_the_same_folder_three_times_leaves_the_graph_identical(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    _write(tmp_path, "bridges.txt", STATEMENT_B)
    first = _load(clean_graph, neo4j_settings, tmp_path)
    snap = graph_snapshot(clean_graph)
    for _ in range(2):
        again = _load(clean_graph, neo4j_settings, tmp_path)
        assert {f.action for f in again.files} == {"unchanged"}
        assert graph_snapshot(clean_graph) == snap
    assert first.totals["added"] >= 2
    runs = clean_graph.execute_query("MATCH (r:LoadRun) RETURN count(r) AS n").records[0]["n"]
    assert runs == 3


@pytest.mark.neo4j
def test_a_changed_document_replaces_only_its_own_facts(clean_graph, neo4j_settings, tmp_path):
    a = _write(tmp_path, "rivers.txt", STATEMENT_A)
    _write(tmp_path, "bridges.txt", STATEMENT_B)
    _load(clean_graph, neo4j_settings, tmp_path)
    b_evidence_before = clean_graph.execute_query(
        "MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d:Document) WHERE d.path ENDS WITH 'bridges.txt' "
        "RETURN collect(ev.id) AS ids").records[0]["ids"]
    a.write_text(STATEMENT_A.replace("France, Germany and Italy", "France, Germany and Austria"), encoding="utf-8")
    report = _load(clean_graph, neo4j_settings, tmp_path)
    actions = {os.path.basename(f.source): f.action for f in report.files if f.kind != "curated"}
    assert actions == {"rivers.txt": "changed", "bridges.txt": "unchanged"}
    assert _signatories(clean_graph, "Clean Rivers") == {"FR", "DE", "AT"}
    assert _signatories(clean_graph, "Safe Bridges") == {"ES", "PT", "FR"}
    b_evidence_after = clean_graph.execute_query(
        "MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d:Document) WHERE d.path ENDS WITH 'bridges.txt' "
        "RETURN collect(ev.id) AS ids").records[0]["ids"]
    assert sorted(b_evidence_after) == sorted(b_evidence_before)
    italy = clean_graph.execute_query("MATCH (s:State {iso2: 'IT'}) RETURN count(s) AS n").records[0]["n"]
    assert italy == 0, "a state only the old version named is pruned"


@pytest.mark.neo4j
def test_a_document_failing_mid_transaction_leaves_no_trace(clean_graph, neo4j_settings, tmp_path, monkeypatch):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    _write(tmp_path, "bridges.txt", STATEMENT_B)
    real = rows_module.document_rows

    def poisoned(doc, path_key, placement):
        built = real(doc, path_key, placement)
        if path_key.endswith("bridges.txt"):
            # A nested map is not a legal property value: the server refuses the evidence
            # statement after the document, nodes and facts were already sent in the same transaction.
            built.evidence[-1]["props"]["quote"] = {"nested": "map"}
        return built

    monkeypatch.setattr("loaders.scheduling.document_rows", poisoned)
    report = _load(clean_graph, neo4j_settings, tmp_path)
    outcome = {os.path.basename(f.source): f for f in report.files}
    assert outcome["bridges.txt"].action == "rejected"
    assert "nothing written" in outcome["bridges.txt"].reason
    assert outcome["rivers.txt"].action == "added"
    assert report.exit_code == 1
    leftovers = clean_graph.execute_query(
        "MATCH (d:Document) WHERE d.path ENDS WITH 'bridges.txt' RETURN count(d) AS n").records[0]["n"]
    assert leftovers == 0
    assert _signatories(clean_graph, "Safe Bridges") == set()
    assert clean_graph.execute_query("MATCH (s:State {iso2: 'ES'}) RETURN count(s) AS n").records[0]["n"] == 0


@pytest.mark.neo4j
def test_dry_run_reports_changes_and_writes_nothing(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    before = graph_snapshot(clean_graph, include_runs=True)
    report = _load(clean_graph, neo4j_settings, tmp_path, dry_run=True)
    assert any(f.action == "would_add" and f.source.endswith("rivers.txt") for f in report.files)
    assert graph_snapshot(clean_graph, include_runs=True) == before


@pytest.mark.neo4j
def test_a_bad_file_is_named_and_the_rest_still_loads(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    (tmp_path / "empty.txt").write_bytes(b"")
    report = _load(clean_graph, neo4j_settings, tmp_path)
    rejected = [f for f in report.files if f.action == "rejected"]
    assert [os.path.basename(f.source) for f in rejected] == ["empty.txt"]
    assert rejected[0].reason
    assert report.exit_code == 1 and report.status == "partial"
    assert _signatories(clean_graph, "Clean Rivers") == {"FR", "DE", "IT"}


@pytest.mark.neo4j
def test_the_same_bytes_under_two_names_are_loaded_once(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    shutil.copy(tmp_path / "rivers.txt", tmp_path / "rivers-copy.txt")
    report = _load(clean_graph, neo4j_settings, tmp_path)
    outcomes = {os.path.basename(f.source): f for f in report.files if f.kind != "curated"}
    assert sorted(f.action for f in outcomes.values()) == ["added", "rejected"]
    loaded = next(name for name, f in outcomes.items() if f.action == "added")
    rejected = next(f for f in outcomes.values() if f.action == "rejected")
    assert f"same content as {tmp_path / loaded}" in rejected.reason
    docs = clean_graph.execute_query("MATCH (d:Document) WHERE d.kind <> 'curated' RETURN count(d) AS n").records[0]["n"]
    assert docs == 1


@pytest.mark.neo4j
def test_a_statement_of_another_instrument_stays_separate(clean_graph, neo4j_settings, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    _write(tmp_path, "rivers-again.txt", STATEMENT_A.replace("Clean Rivers", "Clean Air").replace(
        "• publishing an annual report.\n", ""))
    _load(clean_graph, neo4j_settings, tmp_path)
    instruments = clean_graph.execute_query(
        "MATCH (i:Instrument) WHERE i.title STARTS WITH 'Joint Declaration' RETURN i.title AS t ORDER BY t").records
    assert [r["t"] for r in instruments] == ["Joint Declaration on Clean Air", "Joint Declaration on Clean Rivers"]


def test_cli_exits_2_when_neo4j_is_unreachable(tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    env = {**os.environ, "NEO4J_URI": "bolt://127.0.0.1:1", "NEO4J_CONNECTION_TIMEOUT": "1"}
    result = subprocess.run([sys.executable, "-m", "loaders.cli", "load", str(tmp_path), "--json"],
                            env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert "cannot reach Neo4j at bolt://127.0.0.1:1" in result.stderr


@pytest.mark.neo4j
def test_cli_json_report_and_exit_code_1_for_a_rejected_file(neo4j_settings, clean_graph, tmp_path):
    _write(tmp_path, "rivers.txt", STATEMENT_A)
    (tmp_path / "noise.bin").write_bytes(bytes(range(256)) * 4)
    result = subprocess.run([sys.executable, "-m", "loaders.cli", "load", str(tmp_path), "--json"],
                            env=dict(os.environ), capture_output=True, text=True, timeout=300)
    import json

    report = json.loads(result.stdout)
    assert result.returncode == 1, result.stderr
    assert report["exit_code"] == 1
    assert any(f["source"].endswith("noise.bin") and f["action"] == "rejected" for f in report["files"])
    assert "noise.bin" in result.stderr



@pytest.mark.neo4j
def test_a_run_that_starts_a_worker_extracts_nothing_in_the_loader_process(clean_graph, neo4j_settings, tmp_path):
    """The files screened before the worker pool starts are sent to it as well: extracting
    even one of them here would load every language model into the loader process."""
    from loaders import lang
    from loaders.workers import POOL_AFTER as _POOL_AFTER

    topics = ["Rivers", "Bridges", "Harbours", "Archives", "Skies", "Chains", "Forests", "Meadows", "Dunes", "Reefs"]
    for i, topic in enumerate(topics):
        _write(tmp_path, f"{i:02d}.txt", STATEMENT_A.replace("Clean Rivers", f"Clean {topic}"))
    lang._detector.cache_clear()
    report = _load(clean_graph, neo4j_settings, tmp_path, workers=2)
    added = [f for f in report.files if f.action == "added" and f.kind != "curated"]
    assert len(added) == len(topics) > _POOL_AFTER
    assert lang._detector.cache_info().currsize == 0  # no document was read in this process
    assert all(f.facts > 0 for f in added)  # extracted all the same, by the worker
