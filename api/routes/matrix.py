"""GET /matrix and GET /timeline: the explorer's data in one round trip each.

The page could assemble the matrix from /states/{iso2} for every state, one request each
and every one carrying full evidence; on each step of an "as of" replay that is dozens of
requests and most of the graph's Evidence. ``/matrix`` answers the whole grid in one
Cypher statement (``cypher/api/matrix.cypher``) with fact ids only; ``/timeline`` puts an
instrument's editions, documents, stances and related acts on one dated list
(``cypher/api/instrument_events.cypher``). Both are plain resources, usable without the page.

The matrix is computed once per ``as_of`` and data version (:mod:`api.answer_cache`): a
replay or a crowd of readers asks the same questions, and the answer changes only when a
load run does.
"""

from __future__ import annotations

import asyncio
import gzip
from dataclasses import dataclass
from typing import Annotated

from fastapi import APIRouter, Query, Request, Response

from api.deps import Database, Driver, Format, ReadKey
from api.errors import COMMON_RESPONSES, NotFound, problem_schema
from api.formats import CSV_RESPONSE_DOC, as_of_filename, csv_response
from api.graphdb import read_one, read_rows
from api.models_matrix import Matrix, MatrixCell, Timeline, TimelineEvent
from api.paging import AsOf

router = APIRouter(tags=["explorer"], dependencies=[ReadKey])


@router.get("/matrix", response_model=Matrix, summary="The signatory matrix as of a date",
            description="States (rows) × instruments and the legal acts states took a stance on (columns); one cell "
                        "per fact: signed (edition and date joined), joined or endorsed (a state's own announcement, never a "
                        "signature; ended by a later withdrawal), authored, oppose or support, each naming its "
                        "`fact_ids` (evidence: `/queries/fact_evidence?fact_id=`); a column names an instrument by "
                        "`instrument_id`, a legal act by `act_id`. Without `as_of`, everything loaded. "
                        "`?format=csv` (or `Accept: text/csv`) gives one line per cell, in a file named for the date.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES})
async def matrix(request: Request, driver: Driver, database: Database, fmt: Format, as_of: AsOf = None):
    cache = request.app.state.answer_cache
    version = await cache.version(driver, database)

    async def compute() -> MatrixAnswer:
        row = await read_one(driver, database, "matrix", {"as_of": as_of}) or {}
        body = Matrix(as_of=as_of, columns=row.get("columns") or [], rows=row.get("rows") or [],
                      cells=row.get("cells") or []).model_dump_json().encode()
        return MatrixAnswer(row.get("cells") or [], body, await asyncio.to_thread(gzip.compress, body, 6))

    answer: MatrixAnswer = await cache.get(("matrix", as_of), version, compute)
    if fmt == "csv":
        return csv_response(list(MatrixCell.model_fields), answer.cells, as_of_filename("matrix", as_of))
    if "gzip" in request.headers.get("accept-encoding", ""):
        return Response(answer.gzip, media_type="application/json",
                        headers={"Content-Encoding": "gzip", "Vary": "Accept-Encoding"})
    return Response(answer.json, media_type="application/json", headers={"Vary": "Accept-Encoding"})


@dataclass(frozen=True)
class MatrixAnswer:
    """One computed matrix: its cells for CSV, and its JSON rendered and compressed once for every request that asks.

    Compressed because the grid lists every state and target at every date: 2.1 MB of JSON
    (48 KB gzipped) on the 10,000-document graph, which at 64 clients made the bytes, not the
    query, the limit.
    """

    cells: list[dict]
    json: bytes
    gzip: bytes


@router.get("/timeline", response_model=Timeline, summary="An instrument's editions and events, dated",
            description="Editions (with who joined), the documents that express or report it, its authors, the stances "
                        "(oppose, support) taken by, on or via it, and the dated legal acts those stances lead to, in "
                        "date order; dates at their precision (\"2018\"). With `as_of`, nothing dated after it: "
                        "editions, documents and acts by their date, stances by the date they were first stated. "
                        "`?format=csv` (or `Accept: text/csv`) gives one line per event, in a file named for the date.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES,
                       404: problem_schema(404, "not-found", "Not found", "no instrument 'nope' in the graph")})
async def timeline(driver: Driver, database: Database, fmt: Format,
                   instrument: Annotated[str, Query(min_length=1, max_length=300, description="instrument id",
                                                    examples=["spyware-joint-statement"])],
                   as_of: AsOf = None):
    node = await read_one(driver, database, "neighbourhood_start", {"id": instrument})
    if node is None or "Instrument" not in node["labels"]:
        raise NotFound(f"no instrument '{instrument}' in the graph")
    events = await read_rows(driver, database, "instrument_events", {"instrument": instrument, "as_of": as_of})
    if fmt == "csv":
        return csv_response(list(TimelineEvent.model_fields), events, as_of_filename(f"{instrument}-timeline", as_of))
    return Timeline(instrument_id=instrument, as_of=as_of, events=events)
