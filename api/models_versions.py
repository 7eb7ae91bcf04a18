"""Typed models of the data versions (``/versions``), their change lists and the download index (``/export``)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict, Field

from api.models import Out


class DataVersionOut(Out):
    version: int = Field(description="n: the graph after the n-th finished load run")
    run_id: str
    status: str | None = Field(default=None, description="ok, partial or failed: a failed run may have written")
    started_at: str | None = None
    finished_at: str | None = Field(default=None, description="when this version was made")
    documents: int = Field(default=0, description="documents the run loaded, replaced or removed")
    facts_added: int | None = Field(default=None, description="facts this run created (including facts later runs removed)")
    facts_removed: int | None = None


class VersionPage(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "total": 2, "limit": 100, "offset": 0, "next": None, "latest": 2, "last_updated": "2026-11-30T16:02:11.120000Z",
        "items": [{"version": 2, "run_id": "run-5b0c1e2f9a11", "status": "ok", "started_at": "2026-11-30T16:01:58Z",
                   "finished_at": "2026-11-30T16:02:11.120000Z", "documents": 1, "facts_added": 3, "facts_removed": 1}]}})

    total: int
    limit: int
    offset: int
    next: str | None = None
    latest: int = Field(description="the newest version: the data every answer is computed from")
    last_updated: str | None = Field(default=None, description="when the newest version was made")
    items: list[DataVersionOut]


class Change(Out):
    change: Literal["added", "removed"]
    fact_id: str
    type: str = Field(description="the fact's relationship type: SIGNED, OPPOSES, ...")
    from_uid: str | None = None
    to_uid: str | None = None
    version: int | None = Field(default=None, description="the version whose load run made the change")
    run_id: str | None = None
    document_id: str | None = Field(default=None, description="added: the document that stated it; removed: the "
                                                              "document whose new text no longer does, or that left")
    document_title: str | None = None
    reason: str | None = Field(default=None, description="stated (added), replaced or removed (removed)")


class ChangePage(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "total": 1, "limit": 100, "offset": 0, "next": None, "from_version": 1, "to_version": 2,
        "items": [{"change": "added", "fact_id": "f-3e683e5b943392b0a29de102", "type": "SIGNED", "from_uid": "state:SE",
                   "to_uid": "edition:spyware-joint-statement#2", "version": 2, "run_id": "run-5b0c1e2f9a11",
                   "document_id": "doc-0a1b2c3d4e5f6a7b", "document_title": "Joint statement", "reason": "stated"}]}})

    total: int
    limit: int
    offset: int
    next: str | None = None
    from_version: int
    to_version: int
    items: list[Change]


class ExportFileOut(Out):
    path: str = Field(description="the file's place in a download, and its URL under /export/")
    kind: Literal["nodes", "facts", "links"]
    name: str = Field(description="the node label or relationship type it holds")
    columns: list[str]
    records: int = Field(description="nodes, facts or links in it (a fact file has a line per piece of evidence)")
    url: str


class ExportIndex(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "version": 2, "last_updated": "2026-11-30T16:02:11.120000Z", "jsonl": "/export/graph.jsonl",
        "files": [{"path": "facts/SIGNED.csv", "kind": "facts", "name": "SIGNED",
                   "columns": ["fact_id", "type", "from_key", "from_label", "to_key", "to_label", "evidence_quote"],
                   "records": 49, "url": "/export/facts/SIGNED.csv"}]}})

    version: int = Field(description="the data version the files are read from (it may move while one downloads)")
    last_updated: str | None = None
    jsonl: str = Field(description="every node, fact (with its evidence) and link, one JSON object a line")
    files: list[ExportFileOut]
