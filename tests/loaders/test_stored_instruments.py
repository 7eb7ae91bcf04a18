"""Placement with a bounded memory of instruments: the index covers every edition, the
details of only a few instruments stay in memory and the others are read back from the
graph by id; the placements are those of a run that holds everything."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from loaders import stored_instruments
from loaders.known_instruments import KnownEdition, KnownInstrument, KnownInstruments
from loaders.run import load_paths
from loaders.stored_instruments import StoredInstruments, instrument
from graph.loader_reads import known_instruments as read_known
from tests.conftest import wipe_graph

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def statements(tmp_path_factory) -> Path:
    """Generated statements (bench/generate.py): editions restated, translated and grown."""
    out = tmp_path_factory.mktemp("stored") / "docs"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", "5", "--count", "60",
                    "--out", str(out)], check=True, capture_output=True, cwd=ROOT)
    (out / "ground_truth.jsonl").unlink()
    return out


def _placements(driver) -> list[tuple]:
    return sorted(tuple(r) for r in driver.execute_query(
        "MATCH (m:MergeDecision)-[:PLACED]->(d:Document)-[:EXPRESSES]->(e:Edition) "
        "RETURN d.id, e.id, m.method, m.confidence, m.detail").records)


def _known_state(driver) -> list[tuple]:
    return sorted(tuple(r) for r in driver.execute_query(
        "MATCH (e:Edition)-[:EDITION_OF]->(i:Instrument) WHERE i.placement_rank IS NOT NULL "
        "RETURN i.id, i.placement_rank, i.placement_commitments, i.placement_references, i.placement_titles, "
        "e.id, e.placement_position, e.placement_signatories").records)


def test_a_run_that_keeps_one_instrument_in_memory_places_as_one_that_keeps_them_all(
        clean_graph, neo4j_settings, statements, monkeypatch):
    load_paths([statements], driver=clean_graph, database=neo4j_settings.database)
    everything = _placements(clean_graph), _known_state(clean_graph)
    assert len({p[1] for p in everything[0]}) >= 10  # enough instruments for eviction to matter

    reads: list[int] = []
    original = StoredInstruments.need

    def counted(self, ids):
        before = self.reads
        original(self, ids)
        reads.append(self.reads - before)

    monkeypatch.setattr(stored_instruments, "CAPACITY", 1)
    monkeypatch.setattr(StoredInstruments, "need", counted)
    wipe_graph(clean_graph, neo4j_settings.database)
    load_paths([statements], driver=clean_graph, database=neo4j_settings.database)
    assert sum(reads) > 0  # instruments were read back by id
    assert (_placements(clean_graph), _known_state(clean_graph)) == everything


def test_instruments_read_back_by_id_are_those_read_in_full(clean_graph, neo4j_settings, statements):
    load_paths([statements], driver=clean_graph, database=neo4j_settings.database)
    full = KnownInstruments({r["id"]: instrument(r, r["rank"]) for r in read_known(clean_graph, neo4j_settings.database)})
    bounded = StoredInstruments(clean_graph, neo4j_settings.database, capacity=2).load()
    assert dict.__len__(bounded) <= 2 and len(bounded) == len(full) and list(bounded) == list(full)
    assert [bounded[k] for k in full] == list(full.values())
    for states in (frozenset({"FR", "DE"}), frozenset({"SE", "FI", "DK", "EE"}), frozenset({"IT", "ES", "PT", "GR", "FR"})):
        for share in (0.5, 0.9, 1.0):
            assert [(i.id, e.number) for i, e in bounded.editions_restated_by(states, "other", share)] == \
                   [(i.id, e.number) for i, e in full.editions_restated_by(states, "other", share)]
    assert bounded.reads > 0


def test_an_instrument_changed_by_an_uncommitted_document_is_never_dropped():
    known = StoredInstruments(None, "neo4j", capacity=1)  # type: ignore[arg-type]
    a = KnownInstrument(id="a", title="A", kind="joint_statement",
                        editions=[KnownEdition(id="a#1", number=1, date=None, signatories=frozenset({"FR"}))])
    known.pin("a")
    known.add_instrument(a)
    known.index_edition(a, a.editions[0])
    b = KnownInstrument(id="b", title="B", kind="joint_statement", rank=1)
    known.add_instrument(b)
    assert dict.__contains__(known, "a") and dict.__contains__(known, "b")  # over capacity while pinned
    known.settle("a")
    known.add_instrument(KnownInstrument(id="c", title="C", kind="joint_statement", rank=2))
    assert not dict.__contains__(known, "a") and "a" in known and len(known) == 3
