"""Group commit: several whole documents per transaction while the writer is behind,
with the same graph as one transaction each, and one bad document still rejected alone."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
import yaml

from graph import rows as rows_module
from graph.writer import DocumentWriter
from loaders.run import load_paths
from tests.conftest import wipe_graph
from tests.reliability.conftest import stable_snapshot

METADATA_INSTRUMENTS = Path(__file__).resolve().parents[2] / "metadata" / "instruments"


def _curated_instrument_ids() -> list[str]:
    return [yaml.safe_load(p.read_text(encoding="utf-8"))["id"] for p in sorted(METADATA_INSTRUMENTS.glob("*.yaml"))]

STATES = ["France", "Germany", "Italy", "Spain", "Portugal", "Austria", "Belgium", "Poland", "Sweden", "Finland"]
TOPICS = ["Clean Rivers", "Safe Bridges", "Quiet Harbours", "Open Archives", "Dark Skies", "Cold Chains"]


def statement(topic: str, states: list[str], commitments: int) -> str:
    names = ", ".join(states[:-1]) + " and " + states[-1]
    pledges = "\n".join(f"• pledge number {i + 1} on {topic.lower()};" for i in range(commitments))
    return (f"Joint Statement on {topic}\n\nWe, the governments of {names}, recognise that {topic.lower()} "
            f"matter across borders.\n\nWe commit to:\n\n{pledges}\n")


@pytest.fixture
def folder(tmp_path):
    """Six statements and, after each of the first three, a later edition restating its
    signatories with two more: placing an edition needs the document just before it."""
    n = 0
    for i, topic in enumerate(TOPICS):
        signers = STATES[i:i + 3]
        (tmp_path / f"{n:02d}.txt").write_text(statement(topic, signers, 3 + i), encoding="utf-8")
        n += 1
        if i < 3:
            more = signers + [s for s in STATES if s not in signers][:2]
            (tmp_path / f"{n:02d}.txt").write_text(statement(topic, more, 3 + i), encoding="utf-8")
            n += 1
    return tmp_path


@pytest.fixture
def slow_writer(monkeypatch):
    """The writer thread takes 0.3 s per transaction, so documents queue up behind it and
    form groups; returns the sizes of the groups written."""
    sizes: list[int] = []
    real = DocumentWriter.write_many

    def slow(self, writes):
        sizes.append(len(writes))
        time.sleep(0.3)
        return real(self, writes)

    monkeypatch.setattr(DocumentWriter, "write_many", slow)
    return sizes


@pytest.fixture
def group_sizes(monkeypatch):
    """The sizes of the groups the writer thread is handed, at full speed."""
    sizes: list[int] = []
    real = DocumentWriter.write_many

    def counted(self, writes):
        sizes.append(len(writes))
        return real(self, writes)

    monkeypatch.setattr(DocumentWriter, "write_many", counted)
    return sizes


def _load(driver, settings, folder, **kw):
    return load_paths([folder], driver=driver, database=settings.database, workers=1, **kw)


@pytest.mark.neo4j
def test_groups_of_documents_write_the_graph_of_one_transaction_each(clean_graph, neo4j_settings, folder, slow_writer):
    alone = _load(clean_graph, neo4j_settings, folder, group_commit=1)
    assert alone.exit_code == 0 and max(slow_writer) == 1
    reference = stable_snapshot(clean_graph)
    wipe_graph(clean_graph, neo4j_settings.database)
    slow_writer.clear()
    grouped = _load(clean_graph, neo4j_settings, folder, group_commit=4)
    assert grouped.exit_code == 0
    assert max(slow_writer) > 1, slow_writer
    assert sum(slow_writer) == 9
    assert stable_snapshot(clean_graph) == reference
    editions = {f.placement.split(" (")[0] for f in grouped.files if f.placement and "edition 2" in f.placement}
    assert len(editions) == 3, [f.placement for f in grouped.files]


@pytest.mark.neo4j
def test_a_refused_document_is_rejected_alone_and_its_group_is_written_without_it(
        clean_graph, neo4j_settings, folder, slow_writer, monkeypatch):
    real = rows_module.document_rows
    bad = str(folder / "04.txt")  # the third topic's first edition: its later edition follows it

    def poisoned(doc, path_key, placement):
        built = real(doc, path_key, placement)
        if path_key == bad:
            built.evidence[-1]["props"]["quote"] = {"nested": "map"}  # not a legal property value
        return built

    monkeypatch.setattr("loaders.scheduling.document_rows", poisoned)
    report = _load(clean_graph, neo4j_settings, folder, group_commit=4)
    outcome = {os.path.basename(f.source): f for f in report.files if f.kind != "curated"}
    assert outcome["04.txt"].action == "rejected" and "nothing written" in outcome["04.txt"].reason
    assert sorted(n for n, f in outcome.items() if f.action == "added") == [f"{i:02d}.txt" for i in range(9) if i != 4]
    assert any(size > 1 for size in slow_writer), "the bad document should have shared a group"
    assert report.exit_code == 1
    # What the run learnt from the refused document was forgotten: its later edition,
    # written after it, starts an instrument of its own instead of joining one that is not in the graph.
    assert outcome["05.txt"].placement.endswith("(new, 1.00)") and "edition 1" in outcome["05.txt"].placement
    left = clean_graph.execute_query(
        "MATCH (d:Document) WHERE d.path = $p RETURN count(d) AS n", p=bad).records[0]["n"]
    assert left == 0
    # Curated manifests may publish an edition with no citable list of its own (Pall Mall):
    # only the editions the folder's documents made must each have a signer.
    dangling = clean_graph.execute_query(
        "MATCH (e:Edition) WHERE NOT (e)-[:EDITION_OF]->(:Instrument) "
        "OR (NOT ()-[:SIGNED]->(e) AND NOT e.instrument_id IN $curated) RETURN count(e) AS n",
        curated=_curated_instrument_ids(),
    ).records[0]["n"]
    assert dangling == 0


@pytest.mark.neo4j
def test_a_bulk_run_writes_full_groups_even_when_the_writer_keeps_up(clean_graph, neo4j_settings, tmp_path,
                                                                     group_sizes):
    """Neo4j's cost per transaction is fixed: a writer that took whatever was ready whenever
    it was free wrote groups of one or two here, and of four on average in a bulk load."""
    for i in range(18):
        states = STATES[i % 7:i % 7 + 3]
        (tmp_path / f"{i:02d}.txt").write_text(statement(f"Topic {i:02d} " + TOPICS[i % 6], states, 2 + i % 4),
                                               encoding="utf-8")
    report = _load(clean_graph, neo4j_settings, tmp_path, group_commit=4)
    assert report.exit_code == 0 and sum(group_sizes) == 18
    assert group_sizes[:-1] == [4] * (len(group_sizes) - 1), group_sizes
    assert 1 <= group_sizes[-1] <= 4
