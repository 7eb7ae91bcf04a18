"""The whole graph as files: CSV per node label, per fact type and per link type, and JSON lines.

A researcher or a newsroom wants the data without Neo4j: a spreadsheet per kind of thing
and one file a script can read line by line. Facts carry their evidence in columns, one
line per (fact, evidence): a signature attested by three documents is three lines with the
same ``fact_id``, each with its document, quote and span. (The API's answers spread a list
as ``evidence.1.quote``, ``evidence.2.quote``...; over the whole graph a fact attested by
hundreds of documents would make hundreds of column groups, so the download repeats the
fact instead.) Everything here is streamed: rows go from the driver to the file (or the
HTTP response) as they come, so memory does not grow with the graph. Headers are known
before the rows from a first pass over the graph's shape (``export_*_shape.cypher``).

The rendering (:func:`node_row`, :func:`fact_rows`, :func:`jsonl_line`, :func:`csv_line`)
is pure; :func:`export_graph` is the side-effecting edge the CLI uses, and the API streams
the same rendering (``api/routes/export.py``).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import neo4j
from neo4j.time import Date, DateTime, Duration, Time

from graph.cypher_files import statement

Kind = Literal["nodes", "facts", "links"]
FACT_COLUMNS = ["fact_id", "type", "from_key", "from_label", "to_key", "to_label"]
LINK_COLUMNS = ["type", "from_key", "from_label", "to_key", "to_label"]
EVIDENCE_FIELDS = ["id", "document_id", "document_title", "document_date", "quote", "start", "end", "context", "lang",
                   "confidence", "origin", "extractor", "extractor_version", "as_of"]
EVIDENCE_COLUMNS = [f"evidence_{k}" for k in EVIDENCE_FIELDS]
_FIRST_KEYS = ("uid", "id", "iso2", "key", "name", "title", "label", "date")


@dataclass(frozen=True)
class ExportFile:
    """One file of a download: where it goes, what it holds, its header."""

    path: str
    kind: Kind
    name: str
    columns: list[str]
    rows: int = field(default=0, compare=False)


def plain(value: Any) -> Any:
    """Driver values as JSON-able Python: dates as ISO text, lists and maps converted inside."""
    if isinstance(value, (Date, DateTime, Time)):
        return value.iso_format()
    if isinstance(value, Duration):
        return value.iso_format()
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def cell(value: Any) -> str:
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _ordered_keys(keys: Iterable[str | None]) -> list[str]:
    found = {k for k in keys if k}
    return [k for k in _FIRST_KEYS if k in found] + sorted(found - set(_FIRST_KEYS))


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)


def plan(node_shape: Iterable[dict[str, Any]], relationship_shape: Iterable[dict[str, Any]]) -> list[ExportFile]:
    """The files of a download, from the graph's shape: a node file per label, a fact file per
    type that has facts, a link file per type that has structural links."""
    files = []
    for row in node_shape:
        keys = [k for k in _ordered_keys(row["keys"]) if k != "uid"]
        files.append(ExportFile(f"nodes/{_safe(row['label'])}.csv", "nodes", row["label"], ["key", "labels", *keys],
                                row["nodes"]))
    for row in relationship_shape:
        props = [k for k in _ordered_keys(row["keys"]) if k != "fact_id"]
        if row["facts"]:
            files.append(ExportFile(f"facts/{_safe(row['type'])}.csv", "facts", row["type"],
                                    [*FACT_COLUMNS, *props, *EVIDENCE_COLUMNS], row["facts"]))
        if row["links"]:
            files.append(ExportFile(f"links/{_safe(row['type'])}.csv", "links", row["type"], [*LINK_COLUMNS, *props],
                                    row["links"]))
    return files


def node_row(record: dict[str, Any]) -> dict[str, Any]:
    props = {k: v for k, v in (record["properties"] or {}).items() if k != "uid"}
    return {"key": record["key"], "labels": record["labels"], **props}


def fact_rows(record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """One row per piece of evidence (one row with empty evidence columns for a fact without any)."""
    base = {k: record[k] for k in FACT_COLUMNS}
    base.update({k: v for k, v in (record["properties"] or {}).items() if k != "fact_id"})
    for evidence in record["evidence"] or [{}]:
        yield {**base, **{f"evidence_{k}": evidence.get(k) for k in EVIDENCE_FIELDS}}


def link_row(record: dict[str, Any]) -> dict[str, Any]:
    return {**{k: record[k] for k in LINK_COLUMNS}, **(record["properties"] or {})}


def csv_line(columns: list[str], row: dict[str, Any] | None = None) -> bytes:
    """One CSV line: the header when ``row`` is None, else the row's cells in column order."""
    buffer = io.StringIO()
    csv.writer(buffer).writerow(columns if row is None else [cell(row.get(c)) for c in columns])
    return buffer.getvalue().encode("utf-8")


def jsonl_line(kind: Kind, record: dict[str, Any]) -> bytes:
    """One JSON line: ``{"kind": "node"|"fact"|"link", ...}``, evidence nested in a fact."""
    if kind == "nodes":
        out = {"kind": "node", "key": record["key"], "labels": record["labels"],
               "properties": {k: v for k, v in (record["properties"] or {}).items() if k != "uid"}}
    elif kind == "facts":
        out = {"kind": "fact", **{k: record[k] for k in FACT_COLUMNS}, "properties": record["properties"],
               "evidence": record["evidence"]}
    else:
        out = {"kind": "link", **{k: record[k] for k in LINK_COLUMNS}, "properties": record["properties"]}
    return json.dumps(plain(out), ensure_ascii=False, separators=(",", ":")).encode("utf-8") + b"\n"


def rows_of(kind: Kind, record: dict[str, Any]) -> Iterator[dict[str, Any]]:
    if kind == "nodes":
        yield node_row(record)
    elif kind == "facts":
        yield from fact_rows(record)
    else:
        yield link_row(record)


STATEMENTS: dict[Kind, tuple[str, str]] = {"nodes": ("export_nodes", "label"), "facts": ("export_facts", "type"),
                                           "links": ("export_links", "type")}


@dataclass
class Manifest:
    """What a download holds, written beside the files as ``manifest.json``."""

    exported_at: str
    data_version: dict[str, Any]
    files: list[dict[str, Any]]
    jsonl: str = "graph.jsonl"


def read_plan(session: neo4j.Session) -> list[ExportFile]:
    nodes = [r.data() for r in session.run(statement("api", "export_node_shape"))]
    rels = [r.data() for r in session.run(statement("api", "export_relationship_shape"))]
    return plan(nodes, rels)


def export_graph(driver: neo4j.Driver, database: str, out: Path, data_version: dict[str, Any] | None = None) -> Manifest:
    """Write every file of the download into ``out`` (created), streaming each scan into the files it feeds."""
    out.mkdir(parents=True, exist_ok=True)
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        files = read_plan(session)
        counts = {f.path: 0 for f in files}
        by_name = {(f.kind, f.name): f for f in files}
        handles = {}
        try:
            for f in files:
                (out / f.path).parent.mkdir(parents=True, exist_ok=True)
                handles[f.path] = (out / f.path).open("wb")
                handles[f.path].write(csv_line(f.columns))
            with (out / "graph.jsonl").open("wb") as jsonl:
                for kind, (name, _) in STATEMENTS.items():
                    for record in session.run(statement("api", name), {"label": None, "type": None}):
                        data = dict(record)
                        jsonl.write(jsonl_line(kind, data))
                        targets = data["labels"] if kind == "nodes" else [data["type"]]
                        for target in targets:
                            f = by_name.get((kind, target))
                            if f is None:
                                continue
                            for row in rows_of(kind, data):
                                handles[f.path].write(csv_line(f.columns, row))
                                counts[f.path] += 1
        finally:
            for handle in handles.values():
                handle.close()
    manifest = Manifest(exported_at=dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                        data_version=data_version or {},
                        files=[{**asdict(f), "rows": counts[f.path], "records": f.rows} for f in files])
    (out / "manifest.json").write_text(json.dumps(asdict(manifest), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest
