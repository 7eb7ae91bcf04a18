"""Write documents' rows in transactions; replace a changed document's facts.

A document is never split across transactions (``execute_write``, retried by the driver
on transient errors such as deadlocks between two loaders), so a document that fails
half-way leaves nothing behind. A load run may put several whole documents in one
transaction (:meth:`DocumentWriter.write_many`): a commit costs the server a log flush,
and at thousands of documents that flush, not the writing, sets the pace. Such a group
is written by one statement (``write_documents``, a row per document): Neo4j's fixed
cost per execution of a statement this size is larger than a document's rows. Every
statement is an ``UNWIND`` batch from ``cypher/writer/``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import neo4j

from graph.cypher_files import statement
from graph.lease import LoadLease
from graph.replan import PREFIX as REPLAN_PREFIX
from graph.replan import ReplanWatch
from graph.rows import DocumentRows, instrument_uid

# The statements that write a document's rows. Those among them that MERGE relationships
# of dynamic type are turned into relationship scans by a plan made on an empty graph
# (graph/replan.py); all are planned again together, which costs nothing extra for the
# ones a transaction does not run.
PLAN_SENSITIVE = frozenset({"write_documents", "upsert_document", "upsert_nodes", "upsert_links", "upsert_facts",
                            "upsert_evidence", "upsert_placement"})


@dataclass
class Counters:
    """What the server reports a transaction's statements changed, summed."""

    nodes_created: int = 0
    relationships_created: int = 0
    properties_set: int = 0
    nodes_deleted: int = 0
    relationships_deleted: int = 0

    def add(self, counters: Any) -> None:
        self.nodes_created += counters.nodes_created
        self.relationships_created += counters.relationships_created
        self.properties_set += counters.properties_set
        self.nodes_deleted += counters.nodes_deleted
        self.relationships_deleted += counters.relationships_deleted


@dataclass
class WriteResult(Counters):
    """One document: its facts and evidence; the counters when it was written alone."""

    document_id: str = ""
    facts: int = 0
    evidence: int = 0


@dataclass
class GroupResult(Counters):
    """A transaction of several documents: one result per document, in order, and the
    counters of the whole group (its documents share statements, so the server counts
    them together)."""

    documents: list[WriteResult] = field(default_factory=list)


def _clean(props: dict[str, Any]) -> dict[str, Any]:
    """Drop None so `SET x += props` never erases what another document wrote."""
    return {k: v for k, v in props.items() if v is not None}


def _chunks(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _run(tx: neo4j.ManagedTransaction, result: Counters, name: str, replan: set[str] | None = None,
         **params: Any) -> neo4j.Record | None:
    """Run one writer statement; the first run of a name in ``replan`` is planned afresh."""
    text = statement("writer", name)
    if replan and name in replan:
        replan.discard(name)
        text = REPLAN_PREFIX + text
    res = tx.run(text, **params)
    record = res.single(strict=False)
    result.add(res.consume().counters)
    return record


def remove_document_facts(tx: neo4j.ManagedTransaction, document_id: str, result: Counters,
                          run_id: str | None = None, reason: str = "replaced") -> None:
    """Delete the document's evidence, then facts and nodes nothing else supports (each fact
    deleted leaves a tombstone naming ``run_id``, the document and ``reason``: graph/versions.py)."""
    record = _run(tx, result, "remove_document_evidence", document_id=document_id)
    facts = record["facts"] if record else []
    if not facts:
        return
    record = _run(tx, result, "remove_orphan_facts", facts=facts, run_id=run_id, document_id=document_id, reason=reason)
    touched = record["touched"] if record else []
    if touched:
        parents = _run(tx, result, "prune_parents", uids=touched)
        _run(tx, result, "prune_nodes", uids=touched)
        if parents and parents["parents"]:
            _run(tx, result, "prune_nodes", uids=parents["parents"])


def remove_document_tx(tx: neo4j.ManagedTransaction, document_id: str, run_id: str | None = None) -> WriteResult:
    """Remove a loaded document: its evidence, the facts and nodes only it supported, its
    placement record, its language blocks and its node (a file now excluded by metadata)."""
    result = WriteResult(document_id=document_id)
    remove_document_facts(tx, document_id, result, run_id, reason="removed")
    _run(tx, result, "remove_placement", document_id=document_id)
    _run(tx, result, "remove_document", document_id=document_id)
    return result


def _known(known: dict[str, Any] | None) -> dict[str, Any] | None:
    """What placement knows of the document's instrument and edition
    (:func:`loaders.known_instruments.placement_inputs`), keyed for the writer's MATCH by uid."""
    if known is None:
        return None
    return {**known, "instrument_uid": instrument_uid(known["instrument_id"]), "edition_uid": f"edition:{known['edition_id']}"}


def document_parameters(rows: DocumentRows, placement: dict[str, Any] | None, known: dict[str, Any] | None = None) -> dict[str, Any]:
    """One document's row of ``write_documents`` (None values dropped, see :func:`_clean`)."""
    return {
        "uid": f"document:{rows.document['id']}", "document": rows.document, "blocks": rows.blocks,
        "nodes": [{"uid": n["uid"], "label": n["label"], "props": _clean(n["props"]), "names": n["names"],
                   "fill": _clean(n.get("fill", {}))} for n in rows.nodes],
        "links": [{**l, "props": _clean(l["props"])} for l in rows.links],
        "facts": [{**f, "props": _clean(f["props"])} for f in rows.facts],
        "evidence": [{"id": e["id"], "props": _clean(e["props"])} for e in rows.evidence],
        "placement": _clean(placement) if placement is not None else None,
        "known": _known(known),
    }


def _write_in_chunks(tx: neo4j.ManagedTransaction, result: Counters, doc: dict[str, Any], batch_size: int,
                     replan: set[str] | None, run_id: str | None = None) -> None:
    """A document too large for one statement: the same writes, ``batch_size`` rows at a time."""
    doc_id = doc["document"]["id"]
    _run(tx, result, "upsert_document", replan, uid=doc["uid"], document=doc["document"], blocks=doc["blocks"])
    for chunk in _chunks(doc["nodes"], batch_size):
        _run(tx, result, "upsert_nodes", replan, nodes=chunk)
    for chunk in _chunks(doc["links"], batch_size):
        _run(tx, result, "upsert_links", replan, links=chunk)
    for chunk in _chunks(doc["facts"], batch_size):
        _run(tx, result, "upsert_facts", replan, facts=chunk, run_id=run_id, document_id=doc_id)
    for chunk in _chunks(doc["evidence"], batch_size):
        _run(tx, result, "upsert_evidence", replan, document_id=doc_id, evidence=chunk)
    if doc["placement"] is not None:
        _run(tx, result, "upsert_placement", replan, document_id=doc_id, props=doc["placement"])
    if doc["known"] is not None:
        _run(tx, result, "upsert_known", known=doc["known"])


@dataclass
class DocumentWrite:
    """One document's part of a transaction: its rows, whether it replaces an earlier
    version, its placement record, and what placement now knows of its instrument and
    edition (stored beside the placement, in the same transaction)."""

    rows: DocumentRows
    replace: bool
    placement: dict[str, Any] | None = None
    known: dict[str, Any] | None = None


def write_documents_tx(tx: neo4j.ManagedTransaction, writes: list[DocumentWrite], *, batch_size: int = 500,
                       replan: set[str] | None = None, run_id: str | None = None) -> GroupResult:
    """Write ``writes`` in order. Consecutive documents go into one ``write_documents``
    statement; a document that replaces an earlier version first has the statement
    flushed and its old facts removed, and a document over ``batch_size`` rows is written
    in chunks, so the order of the writes is the order of the documents. New facts are
    stamped with ``run_id``; a fact a replaced document took away and wrote again in the same
    group keeps its first stamp and leaves no tombstone (``settle_removed_facts``)."""
    group = GroupResult()
    pending: list[dict[str, Any]] = []

    def flush() -> None:
        if pending:
            record = _run(tx, group, "write_documents", replan, docs=list(pending), run_id=run_id)
            assert record is not None and record["documents"] == len(pending)
            pending.clear()

    for w in writes:
        doc_id = w.rows.document["id"]
        if w.replace:
            flush()
            remove_document_facts(tx, doc_id, group, run_id)
            if w.placement is None:
                _run(tx, group, "remove_placement", document_id=doc_id)
        doc = document_parameters(w.rows, w.placement, w.known)
        if max(len(doc["nodes"]), len(doc["links"]), len(doc["facts"]), len(doc["evidence"])) <= batch_size:
            pending.append(doc)  # the usual case: joins the group's statement
        else:
            flush()
            _write_in_chunks(tx, group, doc, batch_size, replan, run_id)
        group.documents.append(WriteResult(document_id=doc_id, facts=len(w.rows.facts), evidence=len(w.rows.evidence)))
    flush()
    if any(w.replace for w in writes):
        _run(tx, group, "settle_removed_facts", run_id=run_id)
    return group


def write_document_tx(
    tx: neo4j.ManagedTransaction,
    rows: DocumentRows,
    *,
    replace: bool,
    placement: dict[str, Any] | None,
    known: dict[str, Any] | None = None,
    batch_size: int = 500,
    replan: set[str] | None = None,
    run_id: str | None = None,
) -> WriteResult:
    """One document in its own transaction: its result carries the transaction's counters."""
    group = write_documents_tx(tx, [DocumentWrite(rows, replace, placement, known)], batch_size=batch_size,
                               replan=replan, run_id=run_id)
    alone = group.documents[0]
    alone.add(group)
    return alone


def write_document(
    driver: neo4j.Driver, database: str, rows: DocumentRows, *, replace: bool,
    placement: dict[str, Any] | None = None, batch_size: int = 500,
) -> WriteResult:
    with DocumentWriter(driver, database, batch_size=batch_size) as writer:
        return writer.write(rows, replace=replace, placement=placement)


_C = TypeVar("_C", bound=Counters)


class DocumentWriter:
    """Writes documents over one session held for a whole load run, one transaction per
    document (:meth:`write`) or per group of whole documents (:meth:`write_many`).

    Opening a session per document costs a pool round of its own; a run of 10,000
    documents keeps one (and its connection) instead. It also follows the graph's size
    from its own counters, and has its statements planned afresh while the graph grows
    from nearly empty (:mod:`graph.replan`). Use as a context manager. Not thread-safe:
    one thread at a time may use it.
    """

    def __init__(self, driver: neo4j.Driver, database: str, *, batch_size: int = 500, lease: LoadLease | None = None):
        self.driver, self.database, self.batch_size, self.lease = driver, database, batch_size, lease
        self._session: neo4j.Session | None = None
        self.plans: ReplanWatch | None = None

    def __enter__(self) -> "DocumentWriter":
        self._session = self.driver.session(database=self.database)
        count = self._session.run(statement("writer", "relationship_count")).single(strict=True)
        self.plans = ReplanWatch(count["relationships"])
        return self

    def _replan(self) -> set[str] | None:
        """The statements to plan afresh in the next transaction, if the graph has grown enough."""
        if self.plans is None:
            raise RuntimeError("DocumentWriter is used outside its `with` block")
        return set(PLAN_SENSITIVE) if self.plans.take() else None

    def _grew(self, result: _C) -> _C:
        assert self.plans is not None
        self.plans.changed(result.relationships_created, result.relationships_deleted)
        return result

    def __exit__(self, *exc: object) -> None:
        if self._session is not None:
            self._session.close()
            self._session = None

    def _execute(self, work: Callable[..., _C], *args: Any, **kwargs: Any) -> _C:
        """Run ``work`` in a write transaction that first holds the run's lease, if it has
        one (:meth:`graph.lease.LoadLease.hold`): a run that lost it writes nothing more."""
        if self._session is None:
            raise RuntimeError("DocumentWriter is used outside its `with` block")
        lease = self.lease

        def fenced(tx: neo4j.ManagedTransaction) -> _C:
            if lease is not None:
                lease.hold(tx)
            return work(tx, *args, **kwargs)
        return self._grew(self._session.execute_write(fenced))

    def write(self, rows: DocumentRows, *, replace: bool, placement: dict[str, Any] | None = None,
              known: dict[str, Any] | None = None) -> WriteResult:
        return self._execute(write_document_tx, rows, replace=replace, placement=placement, known=known,
                             batch_size=self.batch_size, replan=self._replan(), run_id=self._run_id())

    def write_many(self, writes: list[DocumentWrite]) -> GroupResult:
        """All of ``writes`` in one transaction, in order: every document or none of them."""
        return self._execute(write_documents_tx, writes, batch_size=self.batch_size, replan=self._replan(),
                             run_id=self._run_id())

    def remove(self, document_id: str) -> WriteResult:
        """Remove a loaded document in one transaction (:func:`remove_document_tx`)."""
        return self._execute(remove_document_tx, document_id, self._run_id())

    def _run_id(self) -> str | None:
        """The load run the writes belong to (its lease names it), stamped on what they add and remove."""
        return self.lease.run_id if self.lease is not None else None


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
