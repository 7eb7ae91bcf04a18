"""Paging and sorting parameters shared by the list endpoints.

Limits are capped so one request cannot ask Neo4j for everything; sort keys are
whitelisted per resource by ``Literal`` types, so an unknown key is a 422 naming
``sort`` and only known keys reach the Cypher (which orders by ``row[$sort]``).
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Literal
from urllib.parse import urlencode

from fastapi import Query
from pydantic import BeforeValidator

MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")]
Order = Annotated[Literal["asc", "desc"], Query(description="sort direction")]
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def _iso_day(value: object) -> object:
    """Only YYYY-MM-DD: pydantic would read ``2024`` or ``86400`` as a Unix timestamp (1970)."""
    if isinstance(value, str) and not _ISO_DAY.match(value):
        raise ValueError("expected a date as YYYY-MM-DD (a year alone is not a date: use e.g. 2024-12-31)")
    return value


AsOf = Annotated[dt.date | None, BeforeValidator(_iso_day),
                 Query(description="YYYY-MM-DD; only facts, stances and evidence dated on or before it",
                       examples=["2024-06-01"])]


def page_params(sort: str, order: str, offset: int, limit: int) -> dict:
    return {"sort": sort, "descending": order == "desc", "offset": offset, "limit": limit}


def page_meta(sort: str, order: str, offset: int, limit: int) -> dict:
    return {"sort": sort, "order": order, "offset": offset, "limit": limit}


def next_link(offset: int, limit: int, total: int | None, returned: int) -> str | None:
    """The same request one page on (path and query string, ``offset`` moved), or None on the last page.

    With ``total`` unknown (a named query that pages itself), a full page may have a next one.
    """
    from api.errors import CURRENT_REQUEST

    more = offset + limit < total if total is not None else returned >= limit
    request = CURRENT_REQUEST.get()
    if not more or request is None:
        return None
    query = dict(request.query_params)
    query.update({"offset": str(offset + limit), "limit": str(limit)})
    return str(request.url.replace(query=urlencode(query)).path) + "?" + urlencode(query)


def respond_page(page_model: type, item_model: type, result: dict, meta: dict, fmt: str, filename: str, **extra):
    """The page as its typed model (JSON) or its items as streamed CSV, columns from the item model."""
    from api.formats import csv_response  # local: formats is only needed for CSV

    items = result.get("items") or []
    if fmt == "csv":
        return csv_response(list(item_model.model_fields), items, filename)
    total = result.get("total", 0)
    return page_model(total=total, items=items, next=next_link(meta["offset"], meta["limit"], total, len(items)),
                      **meta, **extra)
