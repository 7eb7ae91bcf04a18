"""Facts as files: extractions written to Parquet in batches, and read back as typed models.

Extraction is CPU-bound and can run anywhere (a pool, a Dask cluster); writing to Neo4j is
one ordered stream. Files between the two let each run on its own schedule: ``pledgegraph
extract --out DIR`` writes them, ``pledgegraph load --facts DIR`` writes them to the graph
through the same single writer that places documents into instruments and editions.

One row per file of the run, in the loader's file order: the file's identity (``key``,
``path``, ``source``), its content hash and extractor version, what became of it
(``extracted``, ``excluded`` with the metadata file, ``rejected`` with the reason), and
the whole :class:`core.model.ExtractedDocument` (facts with their evidence, warnings,
text) as one nested column. The Arrow schema is derived from the model's annotations, so
a field added to the model is a column without a change here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import types
import typing
from collections.abc import Iterator
from pathlib import Path
from typing import Any, Literal

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic import BaseModel

from core.errors import ExtractionError
from core.model import ExtractedDocument

FORMAT = "pledgegraph-facts/1"  # written in each file's metadata; a reader refuses another
PART_GLOB = "part-*.parquet"
Status = Literal["extracted", "excluded", "rejected"]


def arrow_type(annotation: Any) -> tuple[pa.DataType, bool]:
    """The Arrow type of a model field's annotation, and whether it may be null."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) != 1:
            raise TypeError(f"no Arrow type for a union of {args}")
        return arrow_type(args[0])[0], True
    if origin is Literal:
        values = typing.get_args(annotation)
        if all(isinstance(v, str) for v in values):
            return pa.string(), False
        raise TypeError(f"no Arrow type for {annotation}")
    if origin is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(arrow_field("item", item)), False
    if origin is dict:
        key, value = typing.get_args(annotation)
        return pa.map_(arrow_type(key)[0], arrow_type(value)[0]), False
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return model_struct(annotation), False
    scalar = {str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32()}
    if annotation in scalar:
        return scalar[annotation], False
    raise TypeError(f"no Arrow type for {annotation!r}")


def arrow_field(name: str, annotation: Any) -> pa.Field:
    kind, nullable = arrow_type(annotation)
    return pa.field(name, kind, nullable=nullable)


def model_struct(model: type[BaseModel]) -> pa.StructType:
    """A pydantic model as an Arrow struct, field by field (by alias where the model has one)."""
    hints = _hints(model)
    return pa.struct([arrow_field(info.alias or name, hints[name]) for name, info in model.model_fields.items()])


def facts_schema() -> pa.Schema:
    return pa.schema([
        pa.field("key", pa.string(), nullable=False),
        pa.field("path", pa.string(), nullable=False),
        pa.field("source", pa.string(), nullable=False),
        pa.field("sha256", pa.string(), nullable=False),
        pa.field("extractor_version", pa.string(), nullable=False),
        pa.field("status", pa.string(), nullable=False),
        pa.field("reason", pa.string()),
        pa.field("metadata_file", pa.string()),
        pa.field("document", model_struct(ExtractedDocument)),
    ], metadata={"format": FORMAT})


class FactRecord(BaseModel):
    """One file's extraction as it travels between extract and load (a row of a facts file)."""

    key: str
    path: str
    source: str
    sha256: str
    extractor_version: str
    status: Status
    reason: str | None = None
    metadata_file: str | None = None
    document: ExtractedDocument | None = None

    def row(self) -> dict[str, Any]:
        row = self.model_dump(mode="python", exclude={"document"})
        row["document"] = self.document.model_dump(mode="python", by_alias=True) if self.document else None
        return row

    @classmethod
    def from_row(cls, row: dict[str, Any]) -> "FactRecord":
        doc = row.get("document")
        if doc is not None:
            doc = ExtractedDocument.model_validate(_unmap(doc, ExtractedDocument))
        return cls.model_validate({**row, "document": doc})


@functools.lru_cache(maxsize=None)
def _hints(model: type[BaseModel]) -> dict[str, Any]:
    """A model's resolved annotations, once per model: resolving them for every record was
    most of the time spent reading a facts file (53 of 78 s profiled on 1,000 documents)."""
    return typing.get_type_hints(model)


def _unmap(value: Any, model: type[BaseModel]) -> Any:
    """Arrow gives a map back as a list of (key, value) pairs; the model wants a dict."""
    hints = _hints(model)
    out = dict(value)
    for name, info in model.model_fields.items():
        field = info.alias or name
        out[field] = _unmap_value(out.get(field), hints[name])
    return out


def _unmap_value(value: Any, annotation: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        (inner,) = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unmap_value(value, inner)
    if origin is dict and isinstance(value, list):
        return dict(value)
    if origin is list:
        (item,) = typing.get_args(annotation)
        return [_unmap_value(v, item) for v in value]
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return _unmap(value, annotation)
    return value


def part_name(index: int) -> str:
    return f"part-{index:05d}.parquet"


def write_part(folder: Path, index: int, records: list[FactRecord]) -> Path:
    """Write one batch as ``part-NNNNN.parquet`` (through a temporary name, so a reader never
    sees half a file)."""
    folder.mkdir(parents=True, exist_ok=True)
    table = pa.Table.from_pylist([r.row() for r in records], schema=facts_schema())
    target = folder / part_name(index)
    tmp = target.with_suffix(".parquet.tmp")
    pq.write_table(table, tmp, compression="zstd")
    tmp.replace(target)
    return target


def write_manifest(folder: Path, summary: dict[str, Any]) -> None:
    (folder / "manifest.json").write_text(json.dumps({"format": FORMAT, **summary}, indent=2, sort_keys=True) + "\n",
                                          encoding="utf-8")


def part_files(folder: Path) -> list[Path]:
    """The parts of a facts folder, in order; a folder with none is an error naming it."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExtractionError(str(folder), "no such facts folder")
    parts = sorted(folder.glob(PART_GLOB))
    if not parts:
        raise ExtractionError(str(folder), f"no facts files ({PART_GLOB}) in the folder")
    return parts


def read_part(path: Path) -> list[FactRecord]:
    """One part's records; a file of another format, or a row the model refuses, is an error naming the file."""
    try:
        table = pq.read_table(path)
    except (OSError, pa.ArrowException) as exc:
        raise ExtractionError(str(path), f"not a readable Parquet file: {exc}") from exc
    found = (table.schema.metadata or {}).get(b"format", b"").decode()
    if found != FORMAT:
        raise ExtractionError(str(path), f"not a facts file of format {FORMAT} (found {found or 'none'!r})")
    records = []
    for i, row in enumerate(table.to_pylist()):
        try:
            records.append(FactRecord.from_row(row))
        except ValueError as exc:
            raise ExtractionError(str(path), f"row {i}: {exc}") from exc
    return records


def read_facts(folder: Path) -> Iterator[FactRecord]:
    """Every record of a facts folder, part by part (one part in memory at a time)."""
    for part in part_files(folder):
        yield from read_part(part)

