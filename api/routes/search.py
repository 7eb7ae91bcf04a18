"""GET /search?q=: full-text search over document titles and text (the ``document_text`` index).

User text never reaches Lucene as syntax: every special character is escaped and the
operators AND/OR/NOT are lower-cased into plain words, so ``q=(foo`` or ``q=a AND`` is a
search for those words, not a 500. Anything Lucene still rejects is a 422 naming ``q``.
"""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import APIRouter, Query
from neo4j.exceptions import ClientError

from api.deps import Database, Driver, Format, ReadKey
from api.errors import COMMON_RESPONSES, InvalidParameter, problem_schema
from api.formats import CSV_RESPONSE_DOC, csv_response
from api.graphdb import read_one
from api.models import SearchHit, SearchResult
from api.paging import Limit, Offset, next_link

router = APIRouter(tags=["search"], dependencies=[ReadKey])
_LUCENE_SPECIAL = re.compile(r'([+\-!(){}\[\]^"~*?:\\/&|])')
_TERM = re.compile(r"\w+", re.UNICODE)


def lucene_terms(q: str) -> tuple[str, list[str]]:
    """An escaped Lucene query (terms OR-ed, best match first) and the plain lower-case terms."""
    words = [w for w in q.split() if w]
    escaped = [_LUCENE_SPECIAL.sub(r"\\\1", w.lower() if w in ("AND", "OR", "NOT", "TO") else w) for w in words]
    terms = [t.lower() for t in _TERM.findall(q)]
    return " ".join(escaped), terms


@router.get("/search", response_model=SearchResult, summary="Full-text search over documents",
            description="Matches document titles and text in any language; best first, with a snippet. "
                        "Lucene syntax is escaped: the words are searched as typed.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES,
                       422: problem_schema(422, "invalid-parameter", "Invalid parameter", "query parameter 'q': nothing to search for", parameter="q")})
async def search(driver: Driver, database: Database, fmt: Format,
                 q: Annotated[str, Query(min_length=1, max_length=500, description="words to find", examples=["surveillance export"])],
                 limit: Limit = 20, offset: Offset = 0):
    lucene, terms = lucene_terms(q)
    if not terms:
        raise InvalidParameter("q", "query parameter 'q': nothing to search for (no letters or digits)")
    try:
        row = await read_one(driver, database, "search_documents",
                             {"lucene": lucene, "terms": terms, "offset": offset, "limit": limit}) or {}
    except ClientError as exc:
        raise InvalidParameter("q", f"query parameter 'q': the search index rejected it ({exc.message})") from None
    if fmt == "csv":
        return csv_response(list(SearchHit.model_fields), row.get("items") or [], "search")
    items = row.get("items") or []
    return SearchResult(q=q, total=row.get("total", 0), limit=limit, offset=offset, items=items,
                        next=next_link(offset, limit, row.get("total", 0), len(items)))
