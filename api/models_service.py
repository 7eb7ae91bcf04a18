"""Typed models of the service's own state (``/health``, ``/ready``) and of a direct ingest's answer."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from api.models import Out


class Health(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {"status": "ok"}})

    status: Literal["ok"] = "ok"


class Ready(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "status": "ready", "neo4j": "reachable", "missing_schema": []}})

    status: Literal["ready", "not_ready"]
    neo4j: Literal["reachable", "unreachable"]
    missing_schema: list[str] = []


class IngestResult(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "filename": "statement.txt", "size": 8374, "format": "text", "dry_run": False,
        "report": {"loaded": 1, "failed": 0, "errors": []}}})

    filename: str = Field(description="the sanitised name the document was loaded under")
    size: int
    format: str
    dry_run: bool
    report: dict[str, Any]
