"""GET /organizations?q= and GET /organizations/{key}: organisations (NGOs, companies,
international organisations, EU institutions) found by name, and each one's record.

A name is matched with case and accents folded (the ``organization_name`` full-text index,
analyzer ``standard-folding``), each typed word as the start of a word of the name; the
organisation's other names in any language (``loaders/data/organisations.yaml``, the
loaders' own registry) are matched the same way in Python, so "Amnistía" finds Amnesty
International as the extraction does. User text reaches Lucene only as folded words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Annotated

from fastapi import APIRouter, Path, Query

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES, InvalidParameter, NotFound, problem_schema
from api.graphdb import read_one
from api.models_organizations import OrganizationRecord, OrganizationSearch
from api.paging import Limit, Offset, next_link

router = APIRouter(prefix="/organizations", tags=["organizations"], dependencies=[ReadKey])
Key = Annotated[str, Path(pattern=r"^[a-z0-9][a-z0-9-]{0,99}$", description="the organisation's key", examples=["amnesty-international"])]


def folded_words(text: str) -> list[str]:
    """Lower-case words without accents: the form the index and the registry are compared in."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in plain).split()


@lru_cache(maxsize=1)
def _aliases() -> dict[str, list[list[str]]]:
    from core.organisations import organisation_names  # the registry loads on first use, not with the API

    return {key: [w for w in (folded_words(n) for n in names) if w] for key, names in organisation_names().items()}


def alias_keys(q: str) -> list[str]:
    """Keys of registered organisations one of whose names has a word starting with every word typed."""
    typed = folded_words(q)
    if not typed:
        return []
    return sorted(key for key, names in _aliases().items()
                  if any(all(any(w.startswith(t) for w in name) for t in typed) for name in names))


def lucene_prefixes(q: str) -> str:
    """Each typed word as the start of a word of the name or key; words of four letters or more
    are required, shorter ones ("of", "the") only help, since the index drops stop words."""
    return " ".join(f"+{w}*" if len(w) >= 4 else f"{w}*" for w in folded_words(q))


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
                         {"lucene": lucene_prefixes(q), "keys": alias_keys(q), "offset": offset, "limit": limit}) or {}
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
