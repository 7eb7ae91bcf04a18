"""The explorer's own reads: what its pickers offer, and a state by any of its names.

The data version its citations name comes from ``GET /versions`` (the API's one account of it).
GET /explorer/targets: the acts and topics a "signed X, opposed it elsewhere" question
(``parties_opposing``) can be about, for the act-or-topic picker, so the page names none itself.
GET /explorer/state-name: the search box finds a state typed in any EU language and case
("Zviedrija", "Szwecji", "Schweden") with the loaders' own name resolver (CLDR names and
their declensions), so the page and the extraction agree on what a name means.
"""

from __future__ import annotations

import asyncio
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES
from api.graphdb import read_rows

router = APIRouter(tags=["explorer"], dependencies=[ReadKey])


class Target(BaseModel):
    type: Literal["act", "topic"] = Field(description="a legal act (its lineage counts too) or a topic acts concern")
    id: str
    label: str | None = None
    kind: str | None = Field(default=None, description="an act's kind (proposal, regulation, ...); null for a topic")


class Targets(BaseModel):
    items: list[Target]

    model_config = {"json_schema_extra": {"examples": [{"items": [
        {"type": "act", "id": "celex:32021R0821", "label": "Regulation (EU) 2021/821", "kind": "regulation"},
        {"type": "topic", "id": "export-controls", "label": "export controls", "kind": None}]}]}}


@router.get("/explorer/targets", response_model=Targets, summary="Acts and topics one can ask 'signed, and opposed elsewhere' about",
            description="The legal acts someone opposed with the acts in their lineage, then the topics any act, instrument "
                        "or commitment concerns: the values the `target` parameter of `parties_opposing` can usefully take.",
            responses=COMMON_RESPONSES)
async def targets(driver: Driver, database: Database) -> Targets:
    return Targets(items=await read_rows(driver, database, "explorer_targets", {}))


class StateName(BaseModel):
    q: str
    iso2: str | None = Field(default=None, description="the state the name denotes on its own; null when unknown or ambiguous")
    name: str | None = Field(default=None, description="its English name")

    model_config = {"json_schema_extra": {"examples": [{"q": "Zviedrija", "iso2": "SE", "name": "Sweden"}]}}


@router.get("/explorer/state-name", response_model=StateName, summary="The state a name denotes, in any EU language",
            description="Resolves a state's name as written in any EU language and grammatical case (\"Zviedrija\", "
                        "\"Szwecji\") to the state, with the loaders' resolver; null when unknown or ambiguous.",
            responses=COMMON_RESPONSES)
async def state_name(q: Annotated[str, Query(min_length=1, max_length=100, description="a name as typed")]) -> StateName:
    from loaders.service import resolve_state  # the name tables load on first use, not with the API

    found = await asyncio.to_thread(resolve_state, q)
    return StateName(q=q, iso2=found.iso2 if found else None, name=found.name if found else None)
