"""The in-memory image does what the writer's statements do to an empty graph (no server).

The neo4j test (tests/loaders/test_bulkimport.py) compares a whole import with a real
transactional load; these name the statement's rules one by one."""

from __future__ import annotations

import datetime as dt

from graph.image import GraphImage
from graph.rows import DocumentRows


def _ev(fid: str, doc: str, eid: str) -> dict:
    return {"id": eid, "props": {"fact_id": fid, "document_id": doc, "quote": "q", "start": 0, "end": 1, "lang": None}}


def _doc(doc: str, *, nodes: list, facts: list = (), evidence: list = (), links: list = (), blocks: list = ()) -> DocumentRows:
    return DocumentRows(document={"id": doc, "path": f"/p/{doc}", "title": None, "warnings": [], "date": dt.date(2024, 6, 1)},
                        nodes=[{"uid": f"document:{doc}", "label": "Document", "props": {"id": doc}, "names": [], "fill": {}},
                               *nodes],
                        facts=list(facts), evidence=list(evidence), links=list(links), blocks=list(blocks))


def _state(names: list[str], **props) -> dict:
    return {"uid": "state:SE", "label": "State", "props": {"iso2": "SE", **props}, "names": names, "fill": {}}


def _props(image: GraphImage, label: str, key: str, value) -> dict:
    return image.node(image.find(label, key, value)).props


def test_a_document_keeps_its_empty_lists_and_drops_its_nulls():
    image = GraphImage()
    image.write_document(_doc("d1", nodes=[]), placement=None, known=None, run_id="run-1")
    props = _props(image, "Document", "id", "d1")
    assert props["warnings"] == [] and "title" not in props and props["date"] == dt.date(2024, 6, 1)
    assert props["uid"] == "document:d1"
    assert sorted(image.node(image.find("Entity", "uid", "document:d1")).labels) == ["Document", "Entity"]


def test_names_are_a_union_in_order_props_overwrite_and_fill_only_sets_what_is_missing():
    image = GraphImage()
    act = {"uid": "act:a", "label": "LegalAct", "props": {"id": "a"}, "names": [], "fill": {"label": "first wording"}}
    image.write_document(_doc("d1", nodes=[_state(["sv:Sverige", "en:Sweden"], name="Sweden"), act]),
                         placement=None, known=None, run_id="r")
    act2 = {**act, "fill": {"label": "second wording", "celex": "3202"}}
    image.write_document(_doc("d2", nodes=[_state(["de:Schweden", "sv:Sverige"], name="Kingdom of Sweden", eu_member=None),
                                           act2]), placement=None, known=None, run_id="r")
    state = _props(image, "Entity", "uid", "state:SE")
    assert state["names"] == ["sv:Sverige", "en:Sweden", "de:Schweden"]
    assert state["name"] == "Kingdom of Sweden" and "eu_member" not in state
    assert _props(image, "Entity", "uid", "act:a") == {"uid": "act:a", "id": "a", "label": "first wording", "celex": "3202"}


def test_one_fact_from_two_documents_is_one_relationship_stamped_by_the_first_with_two_evidence_nodes():
    image = GraphImage()
    fact = {"fact_id": "f-1", "type": "SIGNED", "from": "state:SE", "to": "edition:x#1", "props": {"via": "text"}}
    edition = {"uid": "edition:x#1", "label": "Edition", "props": {"id": "x#1"}, "names": [], "fill": {}}
    for doc in ("d1", "d2"):
        image.write_document(_doc(doc, nodes=[_state([]), edition], facts=[fact], evidence=[_ev("f-1", doc, f"e-{doc}")]),
                             placement=None, known=None, run_id="run-1")
    signed = [r for r in image.relationships() if r.type == "SIGNED"]
    assert len(signed) == 1
    assert signed[0].props == {"fact_id": "f-1", "added_by_run": "run-1", "added_by_document": "d1", "via": "text"}
    assert sum(r.type == "IN_DOCUMENT" for r in image.relationships()) == 2


def test_a_fact_whose_end_node_is_missing_is_not_written_as_match_finds_no_row():
    image = GraphImage()
    fact = {"fact_id": "f-2", "type": "SIGNED", "from": "state:SE", "to": "edition:absent#1", "props": {}}
    image.write_document(_doc("d1", nodes=[_state([])], facts=[fact]), placement=None, known=None, run_id="r")
    assert not [r for r in image.relationships() if r.type == "SIGNED"]
    assert image.counts.unmatched == 1


def test_a_document_written_again_has_its_language_blocks_replaced():
    image = GraphImage()
    blocks = [{"id": "d1#b0", "lang": "en", "start": 0, "end": 5, "confidence": None}]
    image.write_document(_doc("d1", nodes=[], blocks=blocks), placement=None, known=None, run_id="r")
    image.write_document(_doc("d1", nodes=[], blocks=[{**blocks[0], "lang": "fr"}]), placement=None, known=None, run_id="r")
    live = [n for _, n in image.live_nodes() if "LanguageBlock" in n.labels]
    assert [n.props for n in live] == [{"id": "d1#b0", "lang": "fr", "start": 0, "end": 5}]
    assert len(image.block_relationships()) == 1


def test_placement_and_what_placement_knows_are_stored_and_a_null_removes_a_property():
    image = GraphImage()
    nodes = [{"uid": "instrument:x", "label": "Instrument", "props": {"id": "x", "placement_kind": "old"}, "names": [], "fill": {}},
             {"uid": "edition:x#1", "label": "Edition", "props": {"id": "x#1"}, "names": [], "fill": {}}]
    known = {"instrument_id": "x", "edition_id": "x#1", "rank": 0, "title": "X", "kind": None, "titles": [],
             "commitments": 2, "references": ["a"], "position": 0, "date": None, "signatories": ["SE"]}
    image.write_document(_doc("d1", nodes=nodes), placement={"instrument_id": "x", "method": "metadata", "detail": None},
                         known=known, run_id="r")
    instrument = _props(image, "Entity", "uid", "instrument:x")
    assert instrument["placement_rank"] == 0 and instrument["placement_titles"] == [] and "placement_kind" not in instrument
    assert _props(image, "Entity", "uid", "edition:x#1")["placement_signatories"] == ["SE"]
    assert _props(image, "MergeDecision", "id", "d1") == {"id": "d1", "instrument_id": "x", "method": "metadata"}
    assert [r.type for r in image.relationships() if r.type == "PLACED"] == ["PLACED"]


def test_the_run_is_recorded_with_a_loaded_relationship_per_document():
    image = GraphImage()
    image.write_document(_doc("d1", nodes=[]), placement=None, known=None, run_id="run-1")
    image.record_run("run-1", started_at="2026-11-30T10:00:00.000+00:00", finished_at="2026-11-30T10:01:00.000+00:00",
                     status="ok", paths=["/facts"], counts=["added:1"], report="{}",
                     loaded=[{"document_id": "d1", "action": "added"}, {"document_id": "absent", "action": "added"}])
    run = _props(image, "LoadRun", "id", "run-1")
    assert run["started_at"].tzinfo is not None and run["dry_run"] is False and run["status"] == "ok"
    assert [(r.type, r.props) for r in image.relationships() if r.type == "LOADED"] == [("LOADED", {"action": "added"})]
