"""GET /search?q=: organisations by name and documents by title and text, in one list.

Organisations come first, matched as GET /organizations matches them (case and accents
folded, every word typed the start of a word of one of their names in any language,
``api/organization_terms.py``); then documents, by the ``document_text`` full-text index.
Each hit says what it is (``type``), its ``key`` and its ``name``; the pages of the list run
over both, so ``total`` counts both.

User text never reaches Lucene as syntax: only its words (letters and digits) are kept, and
the query is built from them, so ``q=(foo`` or ``q=a AND`` is a search for those words, not
a 500. Upper-case ``AND`` makes every word required and ``NOT`` excludes the next word, as
a reader expects; ``OR`` is the default. Each word also matches as a prefix of its first
letters without its last one or two (``Zviedrijas`` finds ``Zviedrija``, ``Szwecji`` finds
``Szwecja``): a light, language-blind stemming, since one index holds every EU language and
Lucene's per-language stemmers would need one index per language. Anything Lucene still
rejects is a 422 naming ``q``. For organisations the operators are no words of a name, and a
word after ``NOT`` is left out.
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
from api.models_graph import SearchHit, SearchResult
from api.organization_terms import organization_search_params
from api.paging import Limit, Offset, next_link

router = APIRouter(tags=["search"], dependencies=[ReadKey])
_TERM = re.compile(r"\w+", re.UNICODE)
_OPERATORS = frozenset({"AND", "OR", "NOT"})


def light_stem(term: str) -> str:
    """The prefix a word's inflected forms share, roughly: without its last two letters
    from seven letters on, its last one from five; numbers and short words stay whole."""
    if not term.isalpha() or len(term) < 5:
        return term
    return term[:-2] if len(term) >= 7 else term[:-1]


def lucene_terms(q: str) -> tuple[str, list[str]]:
    """A Lucene query built from the words of ``q`` (the exact word boosted, its stem as a
    prefix) and the stems to place the snippet on; empty when ``q`` has no word to find."""
    words = q.split()
    required = "AND" in words
    clauses: list[str] = []
    stems: list[str] = []
    exclude = False
    for word in words:
        if word in _OPERATORS:
            exclude = exclude or word == "NOT"
            continue
        for term in (t.lower() for t in _TERM.findall(word)):
            stem = light_stem(term)
            clause = f"({term}^2 OR {stem}*)" if len(stem) >= 3 else term
            if exclude:
                clauses.append(f"-{clause}")
            else:
                clauses.append(f"+{clause}" if required else clause)
                stems.append(stem)
        exclude = False
    return " ".join(clauses), stems


def name_words(q: str) -> str:
    """What of ``q`` may name an organisation: its words without the operators and without a word after NOT."""
    kept: list[str] = []
    exclude = False
    for word in q.split():
        if word in _OPERATORS:
            exclude = exclude or word == "NOT"
            continue
        if not exclude:
            kept.append(word)
        exclude = False
    return " ".join(kept)


def organization_hit(row: dict) -> dict:
    return {"type": "organization", "key": row["key"], "name": row.get("name"), "id": row["key"], "title": row.get("name"),
            "kind": row.get("kind"), "score": row.get("score") or 0.0}


def document_hit(row: dict) -> dict:
    return {"type": "document", "key": row["id"], "name": row.get("title"), **row}


@router.get("/search", response_model=SearchResult, summary="Organisations and documents by the words typed",
            description="Organisations first (a word of one of their names, in any language, starts with every word "
                        "typed; case and accents do not matter), then documents whose title or text match, in any "
                        "language, best first, with a snippet. Each hit has its type (organization, document), key "
                        "and name. Words only (Lucene syntax never passes); each word also matches a document's "
                        "inflected forms by a shared prefix; upper-case AND requires every word, NOT excludes the "
                        "next one.",
            responses={**CSV_RESPONSE_DOC, **COMMON_RESPONSES,
                       422: problem_schema(422, "invalid-parameter", "Invalid parameter", "query parameter 'q': nothing to search for", parameter="q")})
async def search(driver: Driver, database: Database, fmt: Format,
                 q: Annotated[str, Query(min_length=1, max_length=500, description="words to find", examples=["surveillance export"])],
                 limit: Limit = 20, offset: Offset = 0):
    lucene, terms = lucene_terms(q)
    if not terms:
        raise InvalidParameter("q", "query parameter 'q': nothing to search for (no letters or digits)")
    # One list over both: the organisations this page holds, then documents from where they end.
    named = organization_search_params(name_words(q))
    organizations = {}
    if named["lucene"] or named["keys"]:
        organizations = await read_one(driver, database, "organizations_search", {**named, "offset": 0, "limit": offset + limit}) or {}
    org_total = organizations.get("total", 0)
    org_items = [organization_hit(r) for r in (organizations.get("items") or [])[offset:offset + limit]]
    try:
        documents = await read_one(driver, database, "search_documents",
                                   {"lucene": lucene, "terms": terms, "offset": max(0, offset - org_total),
                                    "limit": limit - len(org_items)}) or {}
    except ClientError as exc:
        raise InvalidParameter("q", f"query parameter 'q': the search index rejected it ({exc.message})") from None
    items = org_items + [document_hit(r) for r in documents.get("items") or []]
    total = org_total + documents.get("total", 0)
    if fmt == "csv":
        return csv_response(list(SearchHit.model_fields), items, "search")
    return SearchResult(q=q, total=total, limit=limit, offset=offset, items=items,
                        next=next_link(offset, limit, total, len(items)))
