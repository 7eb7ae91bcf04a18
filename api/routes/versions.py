"""GET /versions and GET /versions/changes: the numbered data versions and what changed between two.

Each finished load run is a data version (:mod:`graph.versions`); the list says when each
was made ("last updated" is the newest one's end) and how many facts it added and removed,
and the change list names each fact that came or went between two versions, with the run
and the document that did it and why. The list is kept per data version in the answer
cache: it counts over every relationship, and changes only when a run finishes.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request

from api.deps import Database, Driver, Format, ReadKey
from api.errors import problem_schema, COMMON_RESPONSES, InvalidParameter
from api.formats import CSV_RESPONSE_DOC, csv_response
from api.graphdb import read_one, read_rows
from api.models_versions import Change, ChangePage, DataVersionOut, VersionPage
from api.paging import Limit, Offset, next_link
from graph.versions import VersionRangeError, change_parameters, resolve_range, version_of_runs

router = APIRouter(tags=["data versions"], dependencies=[ReadKey])


async def _versions(request: Request, driver, database: str) -> list[dict]:
    cache = request.app.state.answer_cache
    version = await cache.version(driver, database)

    async def compute() -> list[dict]:
        return await read_rows(driver, database, "data_versions", {"counts": True})

    return await cache.get(("data_versions",), version, compute)


@router.get("/versions", response_model=VersionPage, summary="The data versions: one per finished load run",
            description="Newest first. Version n is the graph after the n-th finished load run (0: the empty graph); "
                        "`last_updated` is when the newest finished. Each names its run, status, the documents it "
                        "loaded, and how many facts it added and removed. Paged like every list.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES})
async def versions(request: Request, driver: Driver, database: Database, fmt: Format,
                   limit: Limit = 100, offset: Offset = 0):
    rows = await _versions(request, driver, database)
    page = rows[offset:offset + limit]
    if fmt == "csv":
        return csv_response(list(DataVersionOut.model_fields), page, "versions")
    newest = rows[0] if rows else None
    return VersionPage(total=len(rows), limit=limit, offset=offset, next=next_link(offset, limit, len(rows), len(page)),
                       latest=newest["version"] if newest else 0,
                       last_updated=newest["finished_at"] if newest else None, items=page)


@router.get("/versions/changes", response_model=ChangePage, summary="Facts added and removed between two data versions",
            description="Every fact that came or went after `from_version` up to `to_version` (defaults: the newest "
                        "version and the one before it), net of the range: `added` names the run and the document that "
                        "first stated it, `removed` the run, the document whose new text no longer states it "
                        "(`reason: replaced`) or that left the corpus (`removed`). Paged; `?format=csv` for a file.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES,
                       422: problem_schema(422, "invalid-parameter", "Invalid parameter",
                                           "query parameter 'to_version': there is no version 9 (the newest is 3)",
                                           parameter="to_version")})
async def changes(request: Request, driver: Driver, database: Database, fmt: Format,
                  from_version: Annotated[int | None, Query(ge=0, le=1_000_000, description="the earlier version (0: the empty graph)")] = None,
                  to_version: Annotated[int | None, Query(ge=0, le=1_000_000, description="the later version; default the newest")] = None,
                  limit: Limit = 100, offset: Offset = 0):
    rows = await read_rows(driver, database, "data_versions", {"counts": False})
    try:
        from_v, to_v = resolve_range(rows, from_version, to_version)
    except VersionRangeError as exc:
        raise InvalidParameter(exc.parameter, str(exc)) from None
    params = {**change_parameters(rows, from_v, to_v), "limit": limit, "offset": offset}
    result = await read_one(driver, database, "version_changes", params) or {}
    numbers = version_of_runs(rows)
    items = [{**c, "version": numbers.get(c["run_id"])} for c in result.get("items") or []]
    if fmt == "csv":
        return csv_response(list(Change.model_fields), items, f"changes-{from_v}-to-{to_v}")
    total = result.get("total", 0)
    return ChangePage(total=total, limit=limit, offset=offset, next=next_link(offset, limit, total, len(items)),
                      from_version=from_v, to_version=to_v, items=items)
