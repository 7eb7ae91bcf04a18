"""The graph's shape is declared once (graph/shape.py) and every writer of rows obeys it (no server)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from core.model import Evidence
from graph import shape
from graph.row_builder import RowBuilder

ROOT = Path(__file__).resolve().parents[2]
WRITER = ROOT / "cypher" / "writer"
EV = Evidence(quote="q", start=0, end=1, confidence=1.0, extractor="test")


def test_a_fact_type_the_shape_does_not_declare_is_refused():
    b = RowBuilder("d1")
    b.node("state:SE", "State", {"iso2": "SE"})
    b.node("edition:x#1", "Edition", {"id": "x#1"})
    with pytest.raises(ValueError, match="NEGOTIATED is not declared"):
        b.fact("NEGOTIATED", "state:SE", "edition:x#1", EV)


def test_a_declared_fact_between_labels_it_does_not_join_is_refused():
    b = RowBuilder("d1")
    b.node("state:SE", "State", {"iso2": "SE"})
    b.node("act:celex:32021R0821", "LegalAct", {"id": "celex:32021R0821"})
    with pytest.raises(ValueError, match=r"State-\[:SIGNED\]->LegalAct"):
        b.fact("SIGNED", "state:SE", "act:celex:32021R0821", EV)
    with pytest.raises(ValueError, match=r"State-\[:EDITION_OF\]->LegalAct"):
        b.link("EDITION_OF", "state:SE", "act:celex:32021R0821")


def test_every_label_a_fact_joins_has_a_uid_prefix():
    labels = {label for rels in (shape.FACTS, shape.LINKS) for r in rels.values() for label in (*r.starts, *r.ends)}
    assert labels <= set(shape.NODES), labels - set(shape.NODES)
    assert shape.label_of("state:SE") == "State" and shape.label_of("nothing:1") is None


def _lines(name: str, swaps: dict[str, str]) -> list[str]:
    out = []
    for line in (WRITER / f"{name}.cypher").read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        for old, new in swaps.items():
            line = line.replace(old, new)
        out.append(re.sub(r"\s+", " ", line))
    return out


# Each per-purpose statement, with its parameters named as write_documents names them
# (a row `doc` per document), and the lines that bind the document or the row differently
# by design: write_documents binds them once, at the top of each document's CALL.
PER_PURPOSE = {
    "upsert_document": ({"$uid": "doc.uid", "$document": "doc.document", "$blocks": "doc.blocks"},
                        {"WITH DISTINCT d"}),
    "upsert_nodes": ({"$nodes": "doc.nodes"}, set()),
    "upsert_links": ({"$links": "doc.links"}, set()),
    "upsert_facts": ({"$facts": "doc.facts", "$document_id": "doc.document.id"}, set()),
    "upsert_evidence": ({"$evidence": "doc.evidence"}, {"MATCH (d:Document {id: $document_id})"}),
    "upsert_placement": ({"$document_id": "d.id", "$props": "p"}, {"MATCH (d:Document {id: d.id})"}),
    "upsert_known": ({}, {"WITH $known AS k"}),
}


@pytest.mark.parametrize("name", sorted(PER_PURPOSE))
def test_the_group_statement_does_what_each_per_purpose_statement_does(name):
    """write_documents.cypher repeats the per-purpose statements the writer uses for
    documents too large for one batch; a change to one must be made to the other."""
    swaps, bound = PER_PURPOSE[name]
    group = set(_lines("write_documents", {}))
    missing = [line for line in _lines(name, swaps) if line not in bound and line not in group]
    assert not missing, f"{name}.cypher lines not in write_documents.cypher: {missing}"


def test_the_docs_show_the_declared_shape():
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert shape.markdown_table() in text, "run: python -m graph.shape, and paste the table into docs/architecture.md"
