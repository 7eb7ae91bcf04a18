"""A :class:`graph.image.GraphImage` as the CSV files ``neo4j-admin database import full`` reads.

The importer types a column once, in its header (``confidence:double``, ``date:date``,
``names:string[]``), while one property key may hold values of different types across
nodes of one label, and a node may lack a key another has. So entities are cut into groups
by their labels and the exact (key, type) set they carry, each group a header file and a
data file: every field of a data row is a value, none is left empty to mean "absent".

Two things the CSV format cannot say are handled here and finished after the import
(:data:`EMPTY_LISTS_LABEL`, ``cypher/bulk/``): an empty list (an empty field is no
property, yet the writer's ``SET`` stores ``[]``), and an element containing the array
delimiter (refused, naming the node and the property). Labels and array elements are cut
on U+001F (unit separator), which no text of the corpus carries.
"""

from __future__ import annotations

import datetime as dt
import json
import math
import re
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from graph.image import GraphImage

ARRAY_DELIMITER = "\x1f"
ARRAY_DELIMITER_OPTION = "U+001F"
EMPTY_LISTS_LABEL = "BulkImportEmptyLists"  # taken off again by cypher/bulk/empty_lists_nodes.cypher
EMPTY_LISTS_KEY = "bulk_import_empty_lists"  # the keys to set to [] after the import
MANIFEST = "import.json"
_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_LONG = (-(2 ** 63), 2 ** 63 - 1)


class ImportFileError(ValueError):
    """A value the import files cannot carry; the message names the node or relationship and the property."""


@dataclass
class ImportManifest:
    """What was written: the file groups in import order, their counts, and what the import
    must be finished with. Saved as ``import.json`` beside the files."""

    nodes: list[list[str]] = field(default_factory=list)  # [header, data] per group, names relative to the folder
    relationships: list[list[str]] = field(default_factory=list)
    node_count: int = 0
    relationship_count: int = 0
    labels: dict[str, int] = field(default_factory=dict)
    types: dict[str, int] = field(default_factory=dict)
    empty_lists: dict[str, int] = field(default_factory=lambda: {"nodes": 0, "relationships": 0})
    array_delimiter: str = ARRAY_DELIMITER_OPTION
    multiline: bool = False
    run: dict[str, Any] = field(default_factory=dict)

    def save(self, folder: Path) -> Path:
        path = folder / MANIFEST
        path.write_text(json.dumps(asdict(self), indent=2, sort_keys=True) + "\n", encoding="utf-8")
        return path

    @classmethod
    def read(cls, folder: Path) -> "ImportManifest":
        path = Path(folder) / MANIFEST
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ImportFileError(f"{path}: not an import manifest written by `pledgegraph bulk-import`: {exc}") from exc
        return cls(**data)


def value_type(value: Any, where: str) -> str:
    """The import type of a property value (``long``, ``string[]`` ...); '' for an empty list."""
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        if not _LONG[0] <= value <= _LONG[1]:
            raise ImportFileError(f"{where}: {value} does not fit a 64-bit integer")
        return "long"
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ImportFileError(f"{where}: {value} cannot be written to the import files")
        return "double"
    if isinstance(value, str):
        return "string"
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            raise ImportFileError(f"{where}: a datetime without a time zone")
        return "datetime"
    if isinstance(value, dt.date):
        return "date"
    if isinstance(value, (list, tuple)):
        if not value:
            return ""
        kinds = {value_type(v, where) for v in value}
        if len(kinds) != 1 or next(iter(kinds)).endswith("[]") or "" in kinds:
            raise ImportFileError(f"{where}: a list must hold values of one scalar type, not {sorted(kinds)}")
        return next(iter(kinds)) + "[]"
    raise ImportFileError(f"{where}: a {type(value).__name__} cannot be a property")


def _scalar(value: Any, kind: str, where: str) -> str:
    if kind == "string":
        if ARRAY_DELIMITER in value:
            raise ImportFileError(f"{where}: the text holds U+001F, the import files' array delimiter")
        return value
    if kind == "boolean":
        return "true" if value else "false"
    if kind == "double":
        return repr(value)
    return value.isoformat() if kind in ("date", "datetime") else str(value)


def encode(value: Any, kind: str, where: str) -> str:
    """One CSV field: strings and lists quoted (quotes doubled), other values as written."""
    if kind.endswith("[]"):
        text = ARRAY_DELIMITER.join(_scalar(v, kind[:-2], where) for v in value)
        if text == "":
            raise ImportFileError(f"{where}: a list of one empty text cannot be written to the import files")
        return '"' + text.replace('"', '""') + '"'
    if kind == "string":  # a text column is never cut, so any character may stand in it
        return '"' + value.replace('"', '""') + '"'
    return _scalar(value, kind, where)


def _signature(props: dict[str, Any], where: str) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """The (key, type) columns of an entity's properties, and its keys that hold an empty list."""
    columns, empty = [], []
    for key in sorted(props):
        if not _KEY.match(key):
            raise ImportFileError(f"{where}: property name {key!r} cannot be a column of the import files")
        kind = value_type(props[key], f"{where} property {key!r}")
        if kind:
            columns.append((key, kind))
        else:
            empty.append(key)
    return tuple(columns), tuple(empty)


class _Groups:
    """Open files of one kind (nodes or relationships), one per signature."""

    def __init__(self, folder: Path, kind: str, fixed: list[str]):
        self.folder, self.kind, self.fixed = folder, kind, fixed
        self.files: dict[tuple, Any] = {}
        self.names: list[list[str]] = []
        self.multiline = False

    def row(self, key: tuple, columns: tuple[tuple[str, str], ...], fields: list[str]) -> None:
        out = self.files.get(key)
        if out is None:
            n = len(self.files) + 1
            header, data = f"{self.kind}-{n:04d}-header.csv", f"{self.kind}-{n:04d}.csv"
            (self.folder / header).write_text(",".join([*self.fixed, *(f"{k}:{t}" for k, t in columns)]) + "\n",
                                              encoding="utf-8")
            out = self.files[key] = (self.folder / data).open("w", encoding="utf-8", newline="")
            self.names.append([header, data])
        line = ",".join(fields)
        if "\n" in line or "\r" in line:
            self.multiline = True
        out.write(line + "\n")

    def close(self) -> None:
        for f in self.files.values():
            f.close()


def _where_node(props: dict[str, Any], labels: Iterable[str]) -> str:
    ident = props.get("uid") or props.get("id")
    return f"node {':'.join(labels)} {ident!r}"


def write_import_files(image: GraphImage, folder: Path, run: dict[str, Any] | None = None) -> ImportManifest:
    """Write the image's nodes and relationships as header and data files into ``folder``
    (created; its earlier import files are replaced) and return the manifest, also saved there."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    for old in [*folder.glob("nodes-*.csv"), *folder.glob("relationships-*.csv")]:
        old.unlink()
    manifest = ImportManifest(run=run or {})
    nodes = _Groups(folder, "nodes", [":ID", ":LABEL"])
    rels = _Groups(folder, "relationships", [":START_ID", ":END_ID", ":TYPE"])
    try:
        for index, node in image.live_nodes():
            labels = sorted(node.labels)
            where = _where_node(node.props, labels)
            props = dict(node.props)
            columns, empty = _signature(props, where)
            if empty:
                labels.append(EMPTY_LISTS_LABEL)
                props[EMPTY_LISTS_KEY] = list(empty)
                columns = tuple(sorted((*columns, (EMPTY_LISTS_KEY, "string[]"))))
                manifest.empty_lists["nodes"] += 1
            fields = [str(index), encode(labels, "string[]", where)]
            fields += [encode(props[k], t, f"{where} property {k!r}") for k, t in columns]
            nodes.row((tuple(labels), columns), columns, fields)
            manifest.node_count += 1
            for label in node.labels:
                manifest.labels[label] = manifest.labels.get(label, 0) + 1
        for rel in image.all_relationships():
            where = f"relationship {rel.type} from node {rel.start} to node {rel.end}" + (
                f" (fact {rel.props['fact_id']})" if "fact_id" in rel.props else "")
            props = dict(rel.props)
            columns, empty = _signature(props, where)
            if empty:
                props[EMPTY_LISTS_KEY] = list(empty)
                columns = tuple(sorted((*columns, (EMPTY_LISTS_KEY, "string[]"))))
                manifest.empty_lists["relationships"] += 1
            fields = [str(rel.start), str(rel.end), encode(rel.type, "string", where)]
            fields += [encode(props[k], t, f"{where} property {k!r}") for k, t in columns]
            rels.row((rel.type, columns), columns, fields)
            manifest.relationship_count += 1
            manifest.types[rel.type] = manifest.types.get(rel.type, 0) + 1
    finally:
        nodes.close()
        rels.close()
    manifest.nodes, manifest.relationships = nodes.names, rels.names
    manifest.multiline = nodes.multiline or rels.multiline
    manifest.save(folder)
    return manifest


def admin_arguments(manifest: ImportManifest, folder: Path, database: str, *, overwrite: bool = False) -> list[str]:
    """The arguments of ``neo4j-admin database import full`` for these files."""
    folder = Path(folder).resolve()
    args = [f"--nodes={folder / h},{folder / d}" for h, d in manifest.nodes]
    args += [f"--relationships={folder / h},{folder / d}" for h, d in manifest.relationships]
    args += [f"--array-delimiter={manifest.array_delimiter}", "--id-type=integer",
             f"--multiline-fields={'true' if manifest.multiline else 'false'}",
             f"--report-file={folder / 'import.report'}"]
    if overwrite:
        args.append("--overwrite-destination=true")
    return [*args, database]
