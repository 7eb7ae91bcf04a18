"""Typed models of full-text search (``/search``) and the neighbourhood graph (``/graph``).

Kept apart from :mod:`api.models` because both answer with documents and nodes, not with facts and their evidence.
"""

from __future__ import annotations

import datetime as dt

from typing import Literal

from pydantic import ConfigDict, Field

from api.models import Out


class SearchHit(Out):
    type: Literal["organization", "document"] = Field(description="what was found: an organisation (by its name in any "
                                                      "language) or a document (by its title or text)")
    key: str = Field(description="the organisation's key (GET /organizations/{key}) or the document's id (GET /documents/{id})")
    name: str | None = Field(default=None, description="the organisation's name or the document's title")
    id: str = Field(description="the same as key (the field documents were found by before organisations were)")
    title: str | None = Field(default=None, description="the same as name")
    date: str | None = Field(default=None, description="a document's ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])
    kind: str | None = Field(default=None, description="a document's kind (news, position_paper, ...) or an organisation's (ngo, company, ...)")
    languages: list[str] | None = None
    score: float = Field(description="the full-text score; an organisation named by one of its other names scores 10")
    snippet: str | None = Field(default=None, description="a document's text around the first word found")


class SearchResult(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "q": "amnesty", "total": 2, "limit": 20, "offset": 0, "next": None,
        "items": [{"type": "organization", "key": "amnesty-international", "name": "Amnesty International",
                   "id": "amnesty-international", "title": "Amnesty International", "kind": "ngo", "score": 10.0},
                  {"type": "document", "key": "doc-003", "name": "NGO statement on ...", "id": "doc-003",
                   "title": "NGO statement on ...", "date": "2024-11-24", "kind": "ngo_statement", "languages": ["en"],
                   "score": 1.3, "snippet": "... Amnesty International ..."}]}})

    q: str
    total: int = Field(description="organisations and documents found, organisations first")
    limit: int
    offset: int
    next: str | None = Field(default=None, description="path and query of the next page; null on the last page")
    items: list[SearchHit]


class GraphNode(Out):
    id: str = Field(description="stable uid (state:SE, edition:...#2); edges refer to it; the same after a rebuild")
    key: str | None = Field(default=None, description="natural key (iso2, key or id): pass it back as ?id=")
    labels: list[str]
    caption: str | None = None
    date: str | None = Field(default=None, description="ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])
    depth: int


class GraphEdge(Out):
    id: str = Field(description="the fact_id, or type:source->target for a structural link")
    type: str
    source: str
    target: str
    fact_id: str | None = None


class Neighbourhood(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "root": "state:SE", "depth": 1, "as_of": None, "truncated": False,
        "nodes": [{"id": "state:SE", "key": "SE", "labels": ["State"], "caption": "Sweden", "date": None, "depth": 0},
                  {"id": "edition:spyware-joint-statement#1", "key": "spyware-joint-statement#1", "labels": ["Edition"],
                   "caption": "spyware-joint-statement#1", "date": "2023-03-30", "depth": 1}],
        "edges": [{"id": "f-3c1e...", "type": "SIGNED", "source": "state:SE", "target": "edition:spyware-joint-statement#1",
                   "fact_id": "f-3c1e..."}]}})

    root: str
    depth: int
    as_of: dt.date | None = None
    truncated: bool
    nodes: list[GraphNode]
    edges: list[GraphEdge]
