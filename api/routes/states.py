"""GET /states and GET /states/{iso2}: the states in the graph and each one's record."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Path, Query

from api.deps import Database, Driver, Format, ReadKey
from api.errors import COMMON_RESPONSES, NotFound, problem_schema
from api.formats import CSV_RESPONSE_DOC
from api.graphdb import read_one
from api.models import Page, StateRecord, StateSummary
from api.paging import Limit, Offset, Order, page_meta, page_params, respond_page

router = APIRouter(prefix="/states", tags=["states"], dependencies=[ReadKey])
StateSort = Literal["iso2", "name", "instruments_signed", "stances", "mentions"]
ISO2 = Annotated[str, Path(pattern=r"^[A-Za-z]{2}$", description="ISO 3166 alpha-2 code", examples=["SE"])]


@router.get("", response_model=Page[StateSummary], summary="List states",
            description="Every state with counts of instruments signed, stances and mentions. Paged and sortable.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES})
async def list_states(driver: Driver, database: Database, fmt: Format,
                      sort: Annotated[StateSort, Query(description="sort key")] = "iso2",
                      order: Order = "asc", limit: Limit = 50, offset: Offset = 0):
    result = await read_one(driver, database, "states_list", page_params(sort, order, offset, limit))
    return respond_page(Page[StateSummary], StateSummary, result or {}, page_meta(sort, order, offset, limit),
                        fmt, "states")


@router.get("/{iso2}", response_model=StateRecord, summary="A state's record",
            description="Instruments signed (each edition with its date), stances and mentions, each with evidence.",
            responses={**COMMON_RESPONSES, 404: problem_schema(404, "not-found", "Not found", "no state 'XX' in the graph")})
async def get_state(iso2: ISO2, driver: Driver, database: Database) -> StateRecord:
    row = await read_one(driver, database, "state_record", {"iso2": iso2.upper()})
    if row is None:
        raise NotFound(f"no state '{iso2.upper()}' in the graph")
    return StateRecord(**row)
