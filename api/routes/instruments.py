"""GET /instruments, /instruments/{id}, /instruments/{id}/signatories?as_of= and /instruments/{id}/documents?as_of=."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query
from pydantic import Field

from api.deps import Database, Driver, Format, ReadKey
from api.errors import COMMON_RESPONSES, NotFound, problem_schema
from api.formats import CSV_RESPONSE_DOC, as_of_filename
from api.graphdb import read_one
from api.models import InstrumentRecord, InstrumentSummary, Out, Page, SignatoryOut, SignatoryPage
from api.paging import AsOf, Limit, Offset, Order, page_meta, page_params, respond_page

router = APIRouter(prefix="/instruments", tags=["instruments"], dependencies=[ReadKey])
InstrumentSort = Literal["instrument_id", "title", "kind", "editions", "latest_edition_date", "signatories"]
SignatorySort = Literal["iso2", "name", "joined", "first_edition"]
ReferenceSort = Literal["date", "id", "title", "kind"]
InstrumentId = Annotated[str, Path(max_length=300, description="instrument id", examples=["spyware-joint-statement"])]
_NOT_FOUND = {404: problem_schema(404, "not-found", "Not found", "no instrument 'nope' in the graph")}


@router.get("", response_model=Page[InstrumentSummary], summary="List instruments",
            description="Every instrument with its editions, latest edition date and distinct signatories.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES})
async def list_instruments(driver: Driver, database: Database, fmt: Format,
                           sort: Annotated[InstrumentSort, Query(description="sort key")] = "instrument_id",
                           order: Order = "asc", limit: Limit = 50, offset: Offset = 0):
    result = await read_one(driver, database, "instruments_list", page_params(sort, order, offset, limit))
    return respond_page(Page[InstrumentSummary], InstrumentSummary, result or {}, page_meta(sort, order, offset, limit),
                        fmt, "instruments")


@router.get("/{instrument_id}", response_model=InstrumentRecord, summary="An instrument's record",
            description="Editions with dates and signatory counts, commitments in every language, stances and "
                        "authors, each fact with its evidence.",
            responses={**COMMON_RESPONSES, **_NOT_FOUND})
async def get_instrument(instrument_id: InstrumentId, driver: Driver, database: Database) -> InstrumentRecord:
    row = await read_one(driver, database, "instrument_record", {"id": instrument_id})
    if row is None:
        raise NotFound(f"no instrument '{instrument_id}' in the graph")
    return InstrumentRecord(**row)


@router.get("/{instrument_id}/signatories", response_model=SignatoryPage, summary="Signatories as of a date",
            description="States with a SIGNED edition dated on or before `as_of` (all editions without it), "
                        "with the date each joined and the evidence of each signature.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES, **_NOT_FOUND})
async def list_signatories(instrument_id: InstrumentId, driver: Driver, database: Database, fmt: Format,
                           as_of: AsOf = None,
                           sort: Annotated[SignatorySort, Query(description="sort key")] = "iso2",
                           order: Order = "asc", limit: Limit = 100, offset: Offset = 0):
    params = {"id": instrument_id, "as_of": as_of, **page_params(sort, order, offset, limit)}
    row = await read_one(driver, database, "instrument_signatories", params)
    if row is None:
        raise NotFound(f"no instrument '{instrument_id}' in the graph")
    return respond_page(SignatoryPage, SignatoryOut, row, page_meta(sort, order, offset, limit), fmt,
                        as_of_filename(f"{instrument_id}-signatories", as_of), instrument=row["instrument"], as_of=as_of, edition=row["edition"])


class InstrumentDocument(Out):
    """A document that refers to an instrument, and how: what a reader is shown when the instrument has no edition or party."""

    id: str
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date at its precision (\"2018\", \"2018-05\")", examples=["2024-09-22", "2018"])
    date_precision: str | None = None
    kind: str | None = None
    languages: list[str] | None = None
    source_url: str | None = None
    refers_by: list[str] = Field(default_factory=list, description="how the document refers to it: signed, authored, oppose, support, "
                                 "joined, endorsed, withdrew, reported, concerns, claim, expresses, reports, commitment")


class InstrumentDocumentPage(Page[InstrumentDocument]):
    instrument: str
    as_of: dt.date | None = None


@router.get("/{instrument_id}/documents", response_model=InstrumentDocumentPage, summary="Documents that refer to an instrument",
            description="Every document that expresses or reports the instrument or an edition of it, states a count of its "
                        "parties, or is quoted as evidence of a fact on it (a signature, an authorship, a party's own act, a "
                        "reported participation, a stance by, on or via it, a commitment), with `refers_by` saying how; with "
                        "`as_of`, none dated after it. Answers for an instrument with no edition and no party too.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES, **_NOT_FOUND})
async def list_instrument_documents(instrument_id: InstrumentId, driver: Driver, database: Database, fmt: Format,
                                    as_of: AsOf = None,
                                    sort: Annotated[ReferenceSort, Query(description="sort key")] = "date",
                                    order: Order = "asc", limit: Limit = 50, offset: Offset = 0):
    params = {"id": instrument_id, "as_of": as_of, **page_params(sort, order, offset, limit)}
    row = await read_one(driver, database, "instrument_documents", params)
    if row is None:
        raise NotFound(f"no instrument '{instrument_id}' in the graph")
    return respond_page(InstrumentDocumentPage, InstrumentDocument, row, page_meta(sort, order, offset, limit), fmt,
                        as_of_filename(f"{instrument_id}-documents", as_of), instrument=row["instrument"],
                        as_of=as_of)
