"""Write documents' rows in transactions; replace a changed document's facts.

A document is never split across transactions (``execute_write``, retried by the driver
on transient errors such as deadlocks between two loaders), so a document that fails
half-way leaves nothing behind. A load run may put several whole documents in one
transaction (:meth:`DocumentWriter.write_many`): a commit costs the server a log flush,
and at thousands of documents that flush, not the writing, sets the pace. Every
statement is an ``UNWIND $rows`` batch from ``cypher/writer/``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import neo4j

from graph.cypher_files import statement
from graph.rows import DocumentRows


@dataclass
class WriteResult:
    document_id: str
    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0
    facts: int = 0
    evidence: int = 0

    def add(self, counters: Any) -> None:
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_deleted += counters.relationships_deleted


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drop None so `SET x += props` never erases what another document wrote."""
    return {k: v for k, v in props.items() if v is not None}


def _chunks(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _run(tx: neo4j.ManagedTransaction, result: WriteResult, name: str, **params: Any) -> neo4j.Record | None:
    res = tx.run(statement("writer", name), **params)
    record = res.single(strict=False)
    result.add(res.consume().counters)
    return record


def remove_document_facts(tx: neo4j.ManagedTransaction, document_id: str, result: WriteResult) -> None:
    """Delete the document's evidence, then facts and nodes nothing else supports."""
    record = _run(tx, result, "remove_document_evidence", document_id=document_id)
    facts = record["facts"] if record else []
    if not facts:
        return
    record = _run(tx, result, "remove_orphan_facts", facts=facts)
    touched = record["touched"] if record else []
    if touched:
        parents = _run(tx, result, "prune_parents", uids=touched)
        _run(tx, result, "prune_nodes", uids=touched)
        if parents and parents["parents"]:
            _run(tx, result, "prune_nodes", uids=parents["parents"])


def remove_document_tx(tx: neo4j.ManagedTransaction, document_id: str) -> WriteResult:
    """Remove a loaded document: its evidence, the facts and nodes only it supported, its
    placement record, its language blocks and its node (a file now excluded by metadata)."""
    result = WriteResult(document_id=document_id)
    remove_document_facts(tx, document_id, result)
    _run(tx, result, "remove_placement", document_id=document_id)
    _run(tx, result, "remove_document", document_id=document_id)
    return result


def write_document_tx(
    tx: neo4j.ManagedTransaction,
    rows: DocumentRows,
    *,
    replace: bool,
    placement: dict[str, Any] | None,
    batch_size: int = 500,
) -> WriteResult:
    result = WriteResult(document_id=rows.document["id"])
    doc_id = rows.document["id"]
    if replace:
        remove_document_facts(tx, doc_id, result)
    nodes = [{"uid": n["uid"], "label": n["label"], "props": _clean(n["props"]), "names": n["names"],
              "fill": _clean(n.get("fill", {}))} for n in rows.nodes]
    links = [{**l, "props": _clean(l["props"])} for l in rows.links]
    facts = [{**f, "props": _clean(f["props"])} for f in rows.facts]
    evidence = [{"id": e["id"], "props": _clean(e["props"])} for e in rows.evidence]
    placement = _clean(placement) if placement is not None else None
    if max(len(nodes), len(links), len(facts), len(evidence)) <= batch_size:
        # The usual case: the whole document in one statement, one round trip.
        _run(tx, result, "write_document", uid=f"document:{doc_id}", document=rows.document, blocks=rows.blocks,
             nodes=nodes, links=links, facts=facts, evidence=evidence, placement=placement)
    else:
        _run(tx, result, "upsert_document", uid=f"document:{doc_id}", document=rows.document, blocks=rows.blocks)
        for chunk in _chunks(nodes, batch_size):
            _run(tx, result, "upsert_nodes", nodes=chunk)
        for chunk in _chunks(links, batch_size):
            _run(tx, result, "upsert_links", links=chunk)
        for chunk in _chunks(facts, batch_size):
            _run(tx, result, "upsert_facts", facts=chunk)
        for chunk in _chunks(evidence, batch_size):
            _run(tx, result, "upsert_evidence", document_id=doc_id, evidence=chunk)
        if placement is not None:
            _run(tx, result, "upsert_placement", document_id=doc_id, props=placement)
    if placement is None and replace:
        _run(tx, result, "remove_placement", document_id=doc_id)
    result.facts = len(rows.facts)
    result.evidence = len(rows.evidence)
    return result


@dataclass
class DocumentWrite:
    """One document's part of a transaction: its rows, whether it replaces an earlier
    version, and its placement record."""

    rows: DocumentRows
    replace: bool
    placement: dict[str, Any] | None = None


def write_documents_tx(tx: neo4j.ManagedTransaction, writes: list[DocumentWrite], *, batch_size: int = 500) -> list[WriteResult]:
    return [write_document_tx(tx, w.rows, replace=w.replace, placement=w.placement, batch_size=batch_size)
            for w in writes]


def write_document(
    driver: neo4j.Driver, database: str, rows: DocumentRows, *, replace: bool,
    placement: dict[str, Any] | None = None, batch_size: int = 500,
) -> WriteResult:
    with DocumentWriter(driver, database, batch_size=batch_size) as writer:
        return writer.write(rows, replace=replace, placement=placement)


class DocumentWriter:
    """Writes documents over one session held for a whole load run, one transaction per
    document (:meth:`write`) or per group of whole documents (:meth:`write_many`).

    Opening a session per document costs a pool round of its own; a run of 10,000
    documents keeps one (and its connection) instead. Use as a context manager. Not
    thread-safe: one thread at a time may use it.
    """

    def __init__(self, driver: neo4j.Driver, database: str, *, batch_size: int = 500):
        self.driver, self.database, self.batch_size = driver, database, batch_size
        self._session: neo4j.Session | None = None

    def __enter__(self) -> "DocumentWriter":
        self._session = self.driver.session(database=self.database)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def write(self, rows: DocumentRows, *, replace: bool, placement: dict[str, Any] | None = None) -> WriteResult:
        if self._session is None:
            raise RuntimeError("DocumentWriter is used outside its `with` block")
        return self._session.execute_write(
            write_document_tx, rows, replace=replace, placement=placement, batch_size=self.batch_size)

    def write_many(self, writes: list[DocumentWrite]) -> list[WriteResult]:
        """All of ``writes`` in one transaction, in order: every document or none of them."""
        if self._session is None:
            raise RuntimeError("DocumentWriter is used outside its `with` block")
        return self._session.execute_write(write_documents_tx, writes, batch_size=self.batch_size)

    def remove(self, document_id: str) -> WriteResult:
        """Remove a loaded document in one transaction (:func:`remove_document_tx`)."""
        if self._session is None:
            raise RuntimeError("DocumentWriter is used outside its `with` block")
        return self._session.execute_write(remove_document_tx, document_id)


def start_run(driver: neo4j.Driver, database: str, run_id: str, started_at: str, paths: list[str]) -> None:
    driver.execute_query(statement("writer", "start_run"), id=run_id, started_at=started_at, paths=paths, database_=database)


def finish_run(
    driver: neo4j.Driver, database: str, run_id: str, *, finished_at: str, status: str,
    counts: list[str], report: str, loaded: list[dict[str, str]],
) -> None:
    driver.execute_query(
        statement("writer", "finish_run"), id=run_id, finished_at=finished_at, status=status,
        counts=counts, report=report, loaded=loaded, database_=database,
    )
