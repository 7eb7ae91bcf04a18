"""Any instrument, any party: parties as of a date, sources side by side, interop exports.

GET /instruments/{id}/parties?as_of=   parties by their own acts, reported participation marked (paged)
GET /instruments/{id}/sources?as_of=   counts that sources state, side by side, with what explains them (paged)
GET /instruments/{id}/export/ftm       followthemoney entities (JSON lines), validated
GET /instruments/{id}/export/statements  the same as followthemoney statements (CSV)
GET /instruments/{id}/export/quickstatements  Wikidata QuickStatements: P1891 with P585 and S854

The first two run the named queries ``parties_as_of`` and ``sources_compared`` (also at
/queries/...); the exports read ``cypher/interop/participation.cypher``.
"""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Path, Request
from fastapi.responses import Response

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES, NotFound, answers_csv, problem_schema
from api.graphdb import read_one, run_read
from api.paging import MAX_LIMIT, AsOf, Limit, Offset, next_link
from graph.cypher_files import statement
from graph.interop.quickstatements import WikidataItems, quickstatements
from core.settings import get_app_settings

router = APIRouter(prefix="/instruments", tags=["participation"], dependencies=[ReadKey])
_NOT_FOUND = {404: problem_schema(404, "not-found", "Not found", "no instrument 'nope' in the graph"),
              422: problem_schema(422, "invalid-parameter", "Invalid parameter",
                                  "query parameter 'as_of': a whole date (YYYY-MM-DD)", parameter="as_of")}


def _ok(media_type: str, example: Any) -> dict:
    """The 200 entry of an export: its media type with an example body."""
    return {200: {"description": "the file", "content": {media_type: {"example": example}}}}


_PARTIES_EXAMPLE = {"instrument": "pall-mall-code-of-practice", "as_of": "2025-12-31", "parties": 1, "reported_only": 5,
                    "total": 6, "limit": 500, "offset": 0, "next": None, "items": [{"party": "GB", "name": "United Kingdom", "status": "party", "act": "ENDORSED",
                               "since": "2025-04-25"}]}
_SOURCES_EXAMPLE = {"instrument": "pall-mall-code-of-practice", "as_of": "2025-12-31", "counts": [["states", 21], ["states", 25]],
                    "total": 1, "limit": 500, "offset": 0, "next": None, "items": [{"what": "states", "count": 21, "date": "2025-04-04", "source": "https://example.org/page"}]}
_FTM_EXAMPLE = '{"id": "pg-instrument-pall-mall-code-of-practice", "schema": "Project", "properties": {"name": ["..."]}}\n'
_STATEMENTS_EXAMPLE = "id,entity_id,canonical_id,prop,prop_type,schema,value,dataset,lang,original_value,external,first_seen,last_seen\n"
_QS_EXAMPLE = "Q123|P1891|Q34|P585|+2023-03-30T00:00:00Z/11\n"
InstrumentId = Annotated[str, Path(max_length=300, description="instrument id", examples=["pall-mall-code-of-practice"])]


async def _named(request: Request, driver, database: str, name: str, supplied: dict[str, Any]) -> list[dict[str, Any]]:
    """Rows of a named query; an empty answer about an instrument the graph does not hold is a 404."""
    query = request.app.state.named_queries.get()[name]
    rows = await run_read(driver, database, query.cypher, query.bind(supplied))
    if not rows and not (await read_one(driver, database, "entity_exists", {"kind": "instrument", "id": supplied["instrument"]}))["found"]:
        raise NotFound(f"no instrument '{supplied['instrument']}' in the graph")
    return rows


def _page(rows: list[dict[str, Any]], limit: int, offset: int) -> dict[str, Any]:
    """One page of the rows, with the paging every list has (total, limit, offset, next)."""
    items = rows[offset:offset + limit]
    return {"total": len(rows), "limit": limit, "offset": offset, "next": next_link(offset, limit, len(rows), len(items)),
            "items": items}


async def _rows(driver, database: str, instrument_id: str) -> list[dict[str, Any]]:
    rows = await run_read(driver, database, statement("interop", "participation"), {"instrument": instrument_id})
    if not rows:
        raise NotFound(f"no participation in instrument '{instrument_id}' in the graph")
    return rows


@router.get("/{instrument_id}/parties", summary="Parties of any instrument as of a date",
            description="States and organisations by their own acts (signed, joined, endorsed; a withdrawal ends it), "
                        "with participation a third party reports shown beside, marked; every act with its evidence.",
            responses={**_ok("application/json", _PARTIES_EXAMPLE), **COMMON_RESPONSES, **_NOT_FOUND})
async def parties(instrument_id: InstrumentId, request: Request, driver: Driver, database: Database, as_of: AsOf = None,
                  limit: Limit = MAX_LIMIT, offset: Offset = 0):
    rows = await _named(request, driver, database, "parties_as_of", {"instrument": instrument_id, "as_of": as_of})
    return {"instrument": instrument_id, "as_of": as_of, "parties": sum(r["status"] == "party" for r in rows),
            "reported_only": sum(r["status"] == "reported" for r in rows), **_page(rows, limit, offset)}


@router.get("/{instrument_id}/sources", summary="Sources that count an instrument's parties, side by side",
            description="Each count a source states (with its page, address and date), the sources that agree, and the "
                        "editions, own acts and reported joins by the day the count holds for.",
            responses={**_ok("application/json", _SOURCES_EXAMPLE), **COMMON_RESPONSES, **_NOT_FOUND})
async def sources(instrument_id: InstrumentId, request: Request, driver: Driver, database: Database, as_of: AsOf = None,
                  limit: Limit = MAX_LIMIT, offset: Offset = 0):
    rows = await _named(request, driver, database, "sources_compared", {"instrument": instrument_id, "as_of": as_of})
    return {"instrument": instrument_id, "as_of": as_of, "counts": sorted({(r["what"], r["count"]) for r in rows}),
            **_page(rows, limit, offset)}


@router.get("/{instrument_id}/export/ftm", summary="followthemoney entities (JSON lines)",
            responses={**_ok("application/x-ndjson", _FTM_EXAMPLE), **COMMON_RESPONSES, **_NOT_FOUND})
async def export_ftm(instrument_id: InstrumentId, driver: Driver, database: Database) -> Response:
    from graph.interop import ftm  # here: followthemoney costs ~2 s to import, only these two exports need it

    entities = ftm.entities(await _rows(driver, database, instrument_id))
    body = b"".join(orjson.dumps(e.to_dict()) + b"\n" for e in entities)
    return Response(body, media_type="application/x-ndjson")


@router.get("/{instrument_id}/export/statements", summary="followthemoney statements (CSV)",
            responses={**_ok("text/csv", _STATEMENTS_EXAMPLE), **COMMON_RESPONSES, **_NOT_FOUND})
@answers_csv
async def export_statements(instrument_id: InstrumentId, driver: Driver, database: Database) -> Response:
    from graph.interop import ftm  # here: followthemoney costs ~2 s to import, only these two exports need it

    entities = ftm.entities(await _rows(driver, database, instrument_id))
    return Response(ftm.statements_csv(entities), media_type="text/csv")


@router.get("/{instrument_id}/export/quickstatements", summary="Wikidata QuickStatements (P1891, P585, S854)",
            responses={**_ok("text/plain", _QS_EXAMPLE), **COMMON_RESPONSES, **_NOT_FOUND})
async def export_quickstatements(instrument_id: InstrumentId, driver: Driver, database: Database) -> Response:
    items = WikidataItems.load(get_app_settings().metadata_dir / "wikidata.yaml")
    commands, left_out = quickstatements(await _rows(driver, database, instrument_id), items)
    return Response("\n".join(commands) + "\n", media_type="text/plain; charset=utf-8",
                    headers={"X-Left-Out": ",".join(left_out)} if left_out else None)
