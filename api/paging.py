"""Paging and sorting parameters shared by the list endpoints.

Limits are capped so one request cannot ask Neo4j for everything; sort keys are
whitelisted per resource by ``Literal`` types, so an unknown key is a 422 naming
``sort`` and only known keys reach the Cypher (which orders by ``row[$sort]``).
"""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import Query

MAX_LIMIT = 500

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"rows per page (at most {MAX_LIMIT})")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="rows to skip")]
Order = Annotated[Literal["asc", "desc"], Query(description="sort direction")]


def page_params(sort: str, order: str, offset: int, limit: int) -> dict:
    return {"sort": sort, "descending": order == "desc", "offset": offset, "limit": limit}


def page_meta(sort: str, order: str, offset: int, limit: int) -> dict:
    return {"sort": sort, "order": order, "offset": offset, "limit": limit}


def respond_page(page_model: type, item_model: type, result: dict, meta: dict, fmt: str, filename: str, **extra):
    """The page as its typed model (JSON) or its items as streamed CSV, columns from the item model."""
    from api.formats import csv_response  # local: formats is only needed for CSV

    items = result.get("items") or []
    if fmt == "csv":
        return csv_response(list(item_model.model_fields), items, filename)
    return page_model(total=result.get("total", 0), items=items, **meta, **extra)
