"""The graph a load run writes, built in memory instead of in Neo4j (pure, no driver).

A bulk rebuild (``neo4j-admin database import``) writes a store offline from files, so the
graph must exist whole before the files are written. :class:`GraphImage` replays what the
transactional writer's statements do to an empty database, in the same order and with the
same parameters (``graph.writer.document_parameters``): ``cypher/writer/write_documents.cypher``
for each document (MERGE on uid, ``SET +=``, ``names`` as a union in order, ``fill`` only
where missing, facts MERGEd on ``fact_id`` and stamped by their first run and document, one
Evidence node per id and its ``IN_DOCUMENT``, a document's language blocks, the
``MergeDecision`` and ``PLACED`` of a placement, the placement inputs), and
``start_run``/``finish_run`` for the run's ``LoadRun``. A ``None`` never becomes a
property, as in Cypher; an empty list does.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from graph import shape
from graph.rows import DocumentRows
from graph.writer import document_parameters

# The writer statements' own structure, beside the shape's facts and links (graph/shape.py).
DOCUMENT, BLOCK, EVIDENCE, DECISION, RUN = "Document", "LanguageBlock", "Evidence", "MergeDecision", "LoadRun"
HAS_BLOCK, IN_DOCUMENT, PLACED, LOADED = "HAS_BLOCK", "IN_DOCUMENT", "PLACED", "LOADED"
# upsert_known.cypher: what placement knows, stored on the instrument and on the edition.
KNOWN_ON_INSTRUMENT = {"placement_rank": "rank", "placement_title": "title", "placement_kind": "kind",
                       "placement_titles": "titles", "placement_commitments": "commitments",
                       "placement_references": "references"}
KNOWN_ON_EDITION = {"placement_position": "position", "placement_date": "date", "placement_signatories": "signatories"}


@dataclass
class Node:
    labels: list[str]
    props: dict[str, Any]


@dataclass
class Relationship:
    type: str
    start: int
    end: int
    props: dict[str, Any] = field(default_factory=dict)


@dataclass
class Counts:
    """What a write changed, as the server counts it; ``unmatched`` are facts, links or
    placement inputs whose end node was not there (``MATCH`` finds no row: nothing written)."""

    nodes_created: int = 0
    relationships_created: int = 0
    unmatched: int = 0


def _set(props: dict[str, Any], key: str, value: Any) -> None:
    """``SET n.key = value``: null removes the property."""
    if value is None:
        props.pop(key, None)
    else:
        props[key] = value


class GraphImage:
    """Nodes (by position) and relationships (by their MERGE key) of a graph built from empty."""

    def __init__(self) -> None:
        self.nodes: list[Node | None] = []
        self.rels: dict[tuple, Relationship] = {}
        self._keyed: dict[tuple[str, str, Any], int] = {}  # (label, key, value) -> node: what MERGE finds
        self._blocks: dict[int, list[int]] = {}  # a document's language blocks (replaced on a rewrite)
        self.counts = Counts()

    # -- nodes -----------------------------------------------------------------------------
    def _new(self, labels: list[str], props: dict[str, Any]) -> int:
        self.nodes.append(Node(list(labels), dict(props)))
        self.counts.nodes_created += 1
        return len(self.nodes) - 1

    def merge_node(self, label: str, key: str, value: Any) -> int:
        """``MERGE (n:label {key: value})``."""
        found = self._keyed.get((label, key, value))
        if found is None:
            found = self._new([label], {key: value})
            self._keyed[(label, key, value)] = found
        return found

    def find(self, label: str, key: str, value: Any) -> int | None:
        """``MATCH (n:label {key: value})``."""
        return self._keyed.get((label, key, value))

    def node(self, index: int) -> Node:
        node = self.nodes[index]
        assert node is not None, f"node {index} was deleted"
        return node

    @staticmethod
    def add_label(node: Node, label: str) -> None:
        if label not in node.labels:
            node.labels.append(label)

    # -- relationships ---------------------------------------------------------------------
    def merge_rel(self, rtype: str, start: int, end: int, fact_id: str | None = None) -> tuple[Relationship, bool]:
        """``MERGE (a)-[r:rtype]->(b)``, or ``MERGE (a)-[r:rtype {fact_id: ...}]->(b)``; whether it was created."""
        key = (rtype, start, end, fact_id)
        rel = self.rels.get(key)
        if rel is not None:
            return rel, False
        rel = self.rels[key] = Relationship(rtype, start, end, {} if fact_id is None else {"fact_id": fact_id})
        self.counts.relationships_created += 1
        return rel, True

    def relationships(self) -> list[Relationship]:
        return list(self.rels.values())

    # -- write_documents.cypher ------------------------------------------------------------
    def write_document(self, rows: DocumentRows, *, placement: dict[str, Any] | None, known: dict[str, Any] | None,
                       run_id: str | None) -> None:
        """One row of ``write_documents``: what the statement does for one document."""
        doc = document_parameters(rows, placement, known)
        d = self.merge_node("Entity", "uid", doc["uid"])
        dn = self.node(d)
        self.add_label(dn, DOCUMENT)
        dn.props = {k: v for k, v in doc["document"].items() if v is not None}  # SET d = doc.document
        dn.props["uid"] = doc["uid"]
        self._keyed[(DOCUMENT, "id", dn.props.get("id"))] = d
        self._replace_blocks(d, doc["blocks"])
        for n in doc["nodes"]:
            self._upsert_node(n)
        for link in doc["links"]:
            self._upsert_rel(link, fact=False, document_id=None, run_id=None)
        for f in doc["facts"]:
            self._upsert_rel(f, fact=True, document_id=doc["document"]["id"], run_id=run_id)
        for e in doc["evidence"]:
            ev = self.merge_node(EVIDENCE, "id", e["id"])
            self.node(ev).props.update(e["props"])
            self.merge_rel(IN_DOCUMENT, ev, d)
        if doc["placement"] is not None:
            m = self.merge_node(DECISION, "id", dn.props["id"])
            self.node(m).props.update(doc["placement"])
            self.merge_rel(PLACED, m, d)
        if doc["known"] is not None:
            self._store_known(doc["known"])

    def _replace_blocks(self, d: int, blocks: list[dict[str, Any]]) -> None:
        for old in self._blocks.pop(d, []):  # DETACH DELETE old
            self.nodes[old] = None
        made = []
        for b in blocks:
            made.append(self._new([BLOCK], {k: v for k, v in b.items() if v is not None}))
            self.counts.relationships_created += 1  # CREATE (d)-[:HAS_BLOCK]->(...)
        self._blocks[d] = made

    def _upsert_node(self, n: dict[str, Any]) -> None:
        x = self.node(self.merge_node("Entity", "uid", n["uid"]))
        self.add_label(x, n["label"])
        x.props.update(n["props"])
        if n["names"]:
            x.props["names"] = _union(x.props.get("names") or [], n["names"])
        for k, v in n["fill"].items():
            if x.props.get(k) is None:
                x.props[k] = v

    def _upsert_rel(self, r: dict[str, Any], *, fact: bool, document_id: str | None, run_id: str | None) -> None:
        a, b = self.find("Entity", "uid", r["from"]), self.find("Entity", "uid", r["to"])
        if a is None or b is None:
            self.counts.unmatched += 1
            return
        rel, created = self.merge_rel(r["type"], a, b, r["fact_id"] if fact else None)
        if fact and created:
            _set(rel.props, "added_by_run", run_id)
            _set(rel.props, "added_by_document", document_id)
        rel.props.update(r["props"])

    def _store_known(self, k: dict[str, Any]) -> None:
        i, e = self.find("Entity", "uid", k["instrument_uid"]), self.find("Entity", "uid", k["edition_uid"])
        if i is None or e is None:
            self.counts.unmatched += 1
            return
        for prop, key in KNOWN_ON_INSTRUMENT.items():
            _set(self.node(i).props, prop, k.get(key))
        for prop, key in KNOWN_ON_EDITION.items():
            _set(self.node(e).props, prop, k.get(key))

    # -- start_run.cypher / finish_run.cypher ---------------------------------------------
    def record_run(self, run_id: str, *, started_at: str, finished_at: str, status: str, paths: list[str],
                   counts: list[str], report: str, loaded: list[dict[str, str]],
                   notable: list[str] | None = None, notable_unlisted: int = 0) -> None:
        """The run's ``LoadRun`` as it stands after ``start_run``, ``run_progress`` and
        ``finish_run``, with its ``LOADED``."""
        r = self._new([RUN], {"id": run_id, "started_at": dt.datetime.fromisoformat(started_at), "status": status,
                              "paths": list(paths), "dry_run": False, "finished_at": dt.datetime.fromisoformat(finished_at),
                              "counts": list(counts), "report": report})
        if notable:
            self.node(r).props["notable"] = list(notable)
        if notable_unlisted:
            self.node(r).props["notable_unlisted"] = notable_unlisted
        self._keyed[(RUN, "id", run_id)] = r
        for entry in loaded:
            d = self.find(DOCUMENT, "id", entry["document_id"])
            if d is not None:
                rel, _ = self.merge_rel(LOADED, r, d)
                _set(rel.props, "action", entry["action"])

    # -- reading the image -----------------------------------------------------------------
    def live_nodes(self) -> list[tuple[int, Node]]:
        return [(i, n) for i, n in enumerate(self.nodes) if n is not None]

    def block_relationships(self) -> list[Relationship]:
        """The ``HAS_BLOCK`` relationships, which ``CREATE`` makes (no MERGE key)."""
        return [Relationship(HAS_BLOCK, d, b) for d, blocks in self._blocks.items() for b in blocks]

    def all_relationships(self) -> list[Relationship]:
        return self.relationships() + self.block_relationships()

    def check_shape(self) -> None:
        """Raise ValueError for a fact or link the shape does not declare between its ends'
        labels (graph/shape.py), as the row mapper would have."""
        for rel in self.relationships():
            kind = shape.FACTS if rel.type in shape.FACTS else shape.LINKS if rel.type in shape.LINKS else None
            if kind is None:
                continue  # the writer's own structure: IN_DOCUMENT, PLACED, LOADED
            start, end = self.node(rel.start), self.node(rel.end)
            shape.check(kind, rel.type, _shape_label(start), _shape_label(end))


def _shape_label(node: Node) -> str:
    """The label graph/shape.py knows a node by (every entity also carries ``Entity``)."""
    return next((label for label in node.labels if label in shape.NODES), node.labels[0])


def _union(acc: list[str], names: list[str]) -> list[str]:
    """``reduce(acc = coalesce(x.names, []), nm IN names | CASE WHEN nm IN acc THEN acc ELSE acc + nm END)``."""
    out = list(acc)
    for nm in names:
        if nm not in out:
            out.append(nm)
    return out
