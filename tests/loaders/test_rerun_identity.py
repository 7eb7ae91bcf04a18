"""A rerun decides placements from the graph exactly as an uninterrupted run does from memory.

A run killed after some documents leaves those documents in the graph; the rerun finds
them unchanged and places the rest from what it reads back. The placement details (the
scores and the runner-up they name) must be the ones an uninterrupted run writes.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from loaders.pipeline import iter_document_paths
from loaders.run import _known_instruments, load_paths
from tests.conftest import ROOT, wipe_graph
from tests.loaders.test_run import STATEMENT_A
from tests.reliability.conftest import snapshot_diff, stable_snapshot

pytestmark = pytest.mark.neo4j
# Generated documents (bench/generate.py --seed 23): with the generator of commit 0dd918f,
# a rerun after the first 40, 74 or 120 of 200 placed two documents by other inputs before
# placements stored theirs (the generator has changed since; the curated-instrument test
# above fails on that code by itself).
DOCUMENTS = 200
CUTS = (40,)


def test_known_instruments_read_back_what_the_run_remembered(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "rivers.txt").write_text(
        STATEMENT_A.replace("rivers cross borders.", "rivers cross borders under Regulation (EU) 2021/821."), encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    known = _known_instruments(clean_graph, neo4j_settings.database)
    rivers = next(k for k in known.values() if k.title.endswith("Clean Rivers"))
    assert "celex:32021R0821" in rivers.references
    assert rivers.titles == {"en": "Joint Declaration on Clean Rivers"}
    assert rivers.commitment_count == 3
    assert [sorted(e.signatories) for e in rivers.editions] == [["DE", "FR", "IT"]]


def test_instruments_no_document_was_placed_in_are_not_candidates(clean_graph, neo4j_settings, tmp_path):
    """Curated instruments are written before a run's documents but are not in its memory
    until a document is placed in them: a rerun must not know them either."""
    (tmp_path / "rivers.txt").write_text(STATEMENT_A, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    curated = clean_graph.execute_query(
        "MATCH (i:Instrument) WHERE NOT EXISTS { (:Document)-[:EXPRESSES]->(:Edition)-[:EDITION_OF]->(i) } "
        "RETURN collect(i.id) AS ids").records[0]["ids"]
    assert curated, "the project's metadata curates instruments"
    known = _known_instruments(clean_graph, neo4j_settings.database)
    assert not set(curated) & set(known)


PARTLY_RESTATED = """Joint Statement on Shared Lighthouses

We, the governments of Sweden, Norway, New Zealand, Denmark, Costa Rica, France, Canada and Australia,
agree that coastal lights guide every ship.

We commit to:

• keeping each lighthouse lit at night;
• sharing repair crews between harbours.
"""


def test_a_rerun_does_not_score_a_curated_instrument_the_first_run_did_not_know(clean_graph, neo4j_settings, tmp_path):
    """The project's curated spyware statement is written before a run's documents, but a
    run only knows instruments it placed documents in. A statement restating 8 of its first
    edition's 11 signatories starts a new instrument in one run; the rerun after a kill
    must write the same placement detail, not score the curated edition."""
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a-rivers.txt").write_text(STATEMENT_A, encoding="utf-8")
    (folder / "b-lighthouses.txt").write_text(PARTLY_RESTATED, encoding="utf-8")
    db = neo4j_settings.database
    load_paths([folder], driver=clean_graph, database=db, workers=1)
    expected = _details(clean_graph)
    assert len(expected) == 2
    wipe_graph(clean_graph, db)
    load_paths([folder / "a-rivers.txt"], driver=clean_graph, database=db, workers=1)
    load_paths([folder], driver=clean_graph, database=db, workers=1)
    assert _details(clean_graph) == expected


def test_an_organisation_signing_beside_states_reads_back_as_it_was_remembered():
    from loaders.known_instruments import KnownEdition, KnownInstrument, KnownInstruments, placement_inputs
    from core.model import Placement

    edition = KnownEdition(id="x#1", number=1, date=None, signatories=frozenset({"FR", None}))
    known = KnownInstruments({"x": KnownInstrument(id="x", title="X", kind="joint_statement", editions=[edition])})
    placement = Placement(instrument_id="x", instrument_title="X", instrument_kind="joint_statement", edition_number=1,
                          edition_date=None, method="new", confidence=1.0, detail="")
    stored = placement_inputs(known, placement)["signatories"]
    assert stored == ["", "FR"]
    assert frozenset(code or None for code in stored) == edition.signatories  # as loaders.run reads it back


@pytest.fixture(scope="module")
def generated(tmp_path_factory):
    out = tmp_path_factory.mktemp("rerun") / "docs"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", "23", "--count", str(DOCUMENTS),
                    "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
    for extra in out.glob("*.jsonl"):
        extra.rename(out.parent / extra.name)
    return out


def _details(driver) -> dict[str, str]:
    records = driver.execute_query("MATCH (m:MergeDecision) RETURN m.id AS id, m.detail AS detail").records
    return {r["id"]: r["detail"] for r in records}


def test_a_rerun_after_a_kill_places_every_document_as_an_uninterrupted_run(neo4j_driver, neo4j_settings, generated):
    """The first ``cut`` files stand for what a killed run had committed."""
    db = neo4j_settings.database
    wipe_graph(neo4j_driver, db)
    load_paths([generated], driver=neo4j_driver, database=db)
    expected, expected_graph = _details(neo4j_driver), stable_snapshot(neo4j_driver, db)
    files = list(iter_document_paths([generated]))
    for cut in CUTS:
        wipe_graph(neo4j_driver, db)
        first = load_paths(files[:cut], driver=neo4j_driver, database=db)
        rest = load_paths([generated], driver=neo4j_driver, database=db)
        assert first.exit_code == rest.exit_code == 0
        assert rest.totals.get("unchanged", 0) >= cut
        actual = _details(neo4j_driver)
        differing = {k: (expected.get(k), actual.get(k)) for k in expected.keys() | actual.keys()
                     if expected.get(k) != actual.get(k)}
        assert not differing, f"after {cut} documents: {differing}"
        graph = stable_snapshot(neo4j_driver, db)
        assert graph == expected_graph, snapshot_diff(expected_graph, graph)
