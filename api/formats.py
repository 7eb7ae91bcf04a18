"""CSV for every list and named query, streamed row by row.

JSON goes through the endpoints' typed response models (FastAPI serialises them with
pydantic straight to bytes); CSV bypasses them: :func:`csv_response` writes a header
line from the columns and yields one encoded line per row, so a dashboard can pipe a
large result without the server building the whole file first. Nested records are spread
into columns, one line per row still: a map's keys become ``column.key``, the n-th record
of a list of maps (an evidence list) ``column.n.key`` (``signing_evidence.1.quote``), so a
spreadsheet reads a quote without parsing JSON (one cell held up to 2,783 characters of
it). Lists of plain values (fact ids, languages) stay compact JSON in one cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse

from api.values import csv_cell, plain

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
CSV_RESPONSE_DOC: dict[int | str, dict] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"},
                                   "example": "iso2,name\r\nSE,Sweden\r\n"}},
          "description": "JSON by default; CSV with ?format=csv or Accept: text/csv"},
}


def as_of_filename(stem: str, as_of: Any) -> str:
    """A download's name carries the date its answer holds for: ``stem-as-of-2024-06-01`` or ``stem-latest``."""
    return f"{stem}-as-of-{as_of}" if as_of else f"{stem}-latest"


def _lines(columns: list[str], rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    buffer = io.StringIO()
    writer = csv.writer(buffer)

    def flush() -> bytes:
        data = buffer.getvalue().encode("utf-8")
        buffer.seek(0)
        buffer.truncate()
        return data

    writer.writerow(columns)
    yield flush()
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
        yield flush()


def spread(value: Any, prefix: str) -> dict[str, Any]:
    """One row's value as flat columns: maps by key, lists of maps by position (1-based)."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            out.update(spread(item, f"{prefix}.{key}"))
        return out
    if isinstance(value, list) and value and all(isinstance(x, dict) for x in value):
        out = {}
        for n, item in enumerate(value, 1):
            out.update(spread(item, f"{prefix}.{n}"))
        return out
    if isinstance(value, list) and not value:
        return {}
    return {prefix: value}


def spread_rows(columns: list[str], rows: Iterable[dict[str, Any]]) -> tuple[list[str], list[dict[str, Any]]]:
    """Rows with nested records spread into columns, and the columns in order: each declared
    column where it was declared (or the columns spread from it), then any other."""
    flat = []
    for row in rows:
        out: dict[str, Any] = {}
        for key, value in plain(row).items():
            out.update(spread(value, key))
        flat.append(out)
    seen: dict[str, None] = {}
    found = [k for row in flat for k in row]
    for column in columns:
        if column in found or not any(k.startswith(column + ".") for k in found):
            seen.setdefault(column, None)
        for key in found:
            if key.startswith(column + "."):
                seen.setdefault(key, None)
    for key in found:
        seen.setdefault(key, None)
    return list(seen), flat


def columns_of(rows: list[dict[str, Any]], preferred: list[str] | None = None) -> list[str]:
    """Column order: the declared ones first, then any other key in first-seen order."""
    seen = list(preferred or [])
    for row in rows:
        for key in row:
            if key not in seen:
                seen.append(key)
    return seen


def csv_response(columns: list[str], rows: Iterable[dict[str, Any]], filename: str) -> StreamingResponse:
    columns, flat = spread_rows(columns, rows)
    safe = "".join(ch for ch in filename if ch.isalnum() or ch in "-_") or "rows"
    return StreamingResponse(
        _lines(columns, flat), media_type=CSV_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{safe}.csv"'},
    )
