"""CSV for every list and named query, streamed row by row.

JSON goes through the endpoints' typed response models (FastAPI serialises them with
pydantic straight to bytes); CSV bypasses them: :func:`csv_response` writes a header
line from the columns and yields one encoded line per row, so a dashboard can pipe a
large result without the server building the whole file first. Nested values (evidence
lists) become compact JSON in one cell.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from typing import Any

from fastapi.responses import StreamingResponse

from api.values import csv_cell

CSV_MEDIA_TYPE = "text/csv; charset=utf-8"
CSV_RESPONSE_DOC: dict[int | str, dict] = {
    200: {"content": {"text/csv": {"schema": {"type": "string"},
                                   "example": "iso2,name\r\nSE,Sweden\r\n"}},
          "description": "JSON by default; CSV with ?format=csv or Accept: text/csv"},
}


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


def columns_of(rows: list[dict[str, Any]], preferred: list[str] | None = None) -> list[str]:
    """Column order: the declared ones first, then any other key in first-seen order."""
    seen = list(preferred or [])
    for row in rows:
        for key in row:
            if key not in seen:
                seen.append(key)
    return seen


def csv_response(columns: list[str], rows: Iterable[dict[str, Any]], filename: str) -> StreamingResponse:
    safe = "".join(ch for ch in filename if ch.isalnum() or ch in "-_") or "rows"
    return StreamingResponse(
        _lines(columns, rows), media_type=CSV_MEDIA_TYPE,
        headers={"Content-Disposition": f'attachment; filename="{safe}.csv"'},
    )
