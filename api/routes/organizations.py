"""GET /organizations?q= and GET /organizations/{key}: organisations (NGOs, companies,
international organisations, EU institutions) found by name, and each one's record.

A name is matched as ``api/organization_terms.py`` says (case and accents folded, every typed
word the start of a word of one of its names in any language); GET /search finds
organisations by the same rules.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES, InvalidParameter, NotFound, problem_schema
from api.graphdb import read_one
from api.models_organizations import OrganizationRecord, OrganizationSearch
from api.organization_terms import folded_words, organization_search_params
from api.paging import Limit, Offset, next_link

router = APIRouter(prefix="/organizations", tags=["organizations"], dependencies=[ReadKey])
Key = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$", description="the organisation's key", examples=["amnesty-international"])]


@router.get("", response_model=OrganizationSearch, summary="Organisations by name",
            description="Organisations whose name, key or another registered name (any EU language) has a word "
                        "starting with every word of `q`; case and accents do not matter. Best first.",
            responses={**COMMON_RESPONSES,
                       422: problem_schema(422, "invalid-parameter", "Invalid parameter", "query parameter 'q': nothing to search for", parameter="q")})
async def search_organizations(driver: Driver, database: Database,
                               q: Annotated[str, Query(min_length=1, max_length=200, description="a name, or its start", examples=["amnistia"])],
                               limit: Limit = 20, offset: Offset = 0) -> OrganizationSearch:
    if not folded_words(q):
        raise InvalidParameter("q", "query parameter 'q': nothing to search for (no letters or digits)")
    row = await read_one(driver, database, "organizations_search",
                         {**organization_search_params(q), "offset": offset, "limit": limit}) or {}
    items = row.get("items") or []
    total = row.get("total", 0)
    return OrganizationSearch(q=q, total=total, limit=limit, offset=offset, items=items,
                              next=next_link(offset, limit, total, len(items)))


@router.get("/{key}", response_model=OrganizationRecord, summary="An organisation's record",
            description="What it signed (each edition with its date), joined, endorsed or withdrew from, what others "
                        "report it took part in, what it authored, its stances and the documents that mention it, "
                        "each fact with evidence.",
            responses={**COMMON_RESPONSES, 404: problem_schema(404, "not-found", "Not found", "no organisation 'x' in the graph")})
async def get_organization(key: Key, driver: Driver, database: Database) -> OrganizationRecord:
    row = await read_one(driver, database, "organization_record", {"key": key})
    if row is None:
        raise NotFound(f"no organisation '{key}' in the graph")
    return OrganizationRecord(**row)
