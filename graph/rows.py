"""Turn one extracted document, or one curated file, into the rows the writer sends to Neo4j (pure, no driver).

The rows are built by ``graph/row_builder.py`` (uids, fact ids, evidence) from the fact
groups mapped in ``graph/fact_mappers.py``; this module is the entry both kinds of source
share, and the id scheme the graph's readers import.
"""

from __future__ import annotations

from typing import Any

from core.ids import (  # noqa: F401 - the id scheme, re-exported for the graph's readers
    act_uid,
    actor_uid,
    digest,
    document_id,
    document_uid,
    edition_id,
    edition_uid,
    instrument_uid,
    slug,
    state_uid,
)
from core.curated import CuratedFact
from core.model import ExtractedDocument, Placement
from core.states import english_name  # noqa: F401 - re-exported
from graph import shape
from graph.fact_mappers import map_facts
from graph.row_builder import DocumentRows, RowBuilder  # noqa: F401 - DocumentRows re-exported for the writer and loaders

FACT_TYPES = shape.FACT_TYPES  # re-exported: what the row mapper may write, declared in graph/shape.py


def _document_props(doc: ExtractedDocument, doc_id: str, path_key: str) -> dict[str, Any]:
    return {
        "id": doc_id, "path": path_key, "source": doc.source, "sha256": doc.sha256, "title": doc.title,
        "date": doc.date, "date_precision": doc.date_precision, "kind": doc.kind, "format": doc.format,
        "encoding": doc.encoding, "source_url": doc.source_url, "languages": doc.languages, "text": doc.text,
        "extractor_version": doc.extractor_version,
        "field_sources": [f"{f.field}:{f.origin}" for f in doc.field_sources],
        "warnings": [f"{w.code}: {w.message}" for w in doc.warnings],
    }


def document_rows(doc: ExtractedDocument, path_key: str, placement: Placement | None,
                  reported_editions: dict[str, str] | None = None) -> DocumentRows:
    """All rows for one document; ``placement`` is None for documents that express no edition.

    ``reported_editions`` maps a reported statement's key to the known edition it speaks of
    (``loaders.identity.reported_editions``): the document then REPORTS that edition."""
    doc_id = document_id(path_key)
    b = RowBuilder(doc_id, doc.text)
    b.node(b.doc_uid, "Document", {"id": doc_id})
    blocks = [
        {"id": f"{doc_id}#b{i}", "lang": blk.lang, "start": blk.start, "end": blk.end, "confidence": blk.confidence}
        for i, blk in enumerate(doc.blocks)
    ]
    map_facts(doc, b, placement, reported_editions)
    return b.rows(_document_props(doc, doc_id, path_key), blocks)


def curated_rows(source_key: str, sha256: str, title: str, facts: list[CuratedFact],
                 document: dict[str, Any] | None = None) -> DocumentRows:
    """Rows for a curated metadata file or page (``loaders/curated.py``, ``loaders/participation.py``).

    The file is itself a Document of kind ``curated`` so its facts have provenance like
    any other: which file said so, in which words; ``document`` adds a page's address and date.
    """
    doc_id = document_id(source_key)
    b = RowBuilder(doc_id)
    b.node(b.doc_uid, "Document", {"id": doc_id})
    for f in facts:
        for node in f.nodes:
            b.node(node.uid, node.label, node.props)
        for link in f.links:
            b.link(link.type, link.source, link.target)
        if f.type is not None:
            assert f.source is not None and f.target is not None and f.evidence is not None  # CuratedFact checks it
            b.fact(f.type, f.source, f.target, f.evidence, qualifier=f.qualifier, props=f.props,
                   evidence_props=f.evidence_props)
    return b.rows({
        "id": doc_id, "path": source_key, "source": source_key, "sha256": sha256, "title": title,
        "kind": "curated", "format": "yaml", "languages": [], "text": None, "date": None,
        "extractor_version": None, "field_sources": [], "warnings": [], **(document or {}),
    }, [])
