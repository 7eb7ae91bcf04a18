"""GET /explorer/data-version: the data version the explorer's "cite this" line and exports name.

Each finished load run is a new version of the data; a reader citing a figure needs to say
which one it came from and when it was last updated. Kept apart from the resource routes:
it exists for the page's citations and export footers.
"""

from __future__ import annotations

from fastapi import APIRouter
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
