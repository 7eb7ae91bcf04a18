"""The explorer's own reads: the data version its citations name, and a state by any of its names.

GET /explorer/data-version: each finished load run is a new version of the data; a reader
citing a figure needs to say which one it came from and when it was last updated.
GET /explorer/state-name: the search box finds a state typed in any EU language and case
("Zviedrija", "Szwecji", "Schweden") with the loaders' own name resolver (CLDR names and
their declensions), so the page and the extraction agree on what a name means.
"""

from __future__ import annotations

import asyncio
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES
from api.graphdb import read_one

router = APIRouter(tags=["explorer"], dependencies=[ReadKey])


class DataVersion(BaseModel):
    version: int = Field(description="how many load runs have finished: each one is a new version of the data")
    last_updated: str | None = Field(default=None, description="when the newest finished load run ended (ISO 8601)")
    documents: int = Field(description="documents in the graph")


@router.get("/explorer/data-version", response_model=DataVersion, summary="The data version to cite",
            description="The number of finished load runs and when the newest ended: what the explorer's "
                        "\"cite this\" line and export footers name.", responses=COMMON_RESPONSES)
async def data_version(driver: Driver, database: Database) -> DataVersion:
    row = await read_one(driver, database, "explorer_data_version", {}) or {}
    return DataVersion(version=row.get("version") or 0, last_updated=row.get("last_updated"), documents=row.get("documents") or 0)


class StateName(BaseModel):
    q: str
    iso2: str | None = Field(default=None, description="the state the name denotes on its own; null when unknown or ambiguous")
    name: str | None = Field(default=None, description="its English name")


@router.get("/explorer/state-name", response_model=StateName, summary="The state a name denotes, in any EU language",
            description="Resolves a state's name as written in any EU language and grammatical case (\"Zviedrija\", "
                        "\"Szwecji\") to the state, with the loaders' resolver; null when unknown or ambiguous.",
            responses=COMMON_RESPONSES)
async def state_name(q: Annotated[str, Query(min_length=1, max_length=100, description="a name as typed")]) -> StateName:
    from loaders.service import resolve_state  # the name tables load on first use, not with the API

    found = await asyncio.to_thread(resolve_state, q)
    return StateName(q=q, iso2=found.iso2 if found else None, name=found.name if found else None)
