"""What POST /documents answers (the upload's queued run) and what its status URL answers."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import ConfigDict, Field

from api.models import Out


class UploadQueued(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "run_id": "run-3f2a9c1d7e4b", "status_url": "/documents/uploads/run-3f2a9c1d7e4b", "state": "queued",
        "filename": "statement.txt", "size": 8374, "format": "text", "dry_run": False}})

    run_id: str = Field(description="the load run that will load the upload")
    status_url: str = Field(description="where the run's state and, once done, its report are")
    state: Literal["queued", "running", "done", "failed"]
    filename: str = Field(description="the sanitised name the document is loaded under")
    size: int
    format: str
    dry_run: bool


class UploadStatus(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "run_id": "run-3f2a9c1d7e4b", "state": "done", "filename": "statement.txt", "dry_run": False,
        "exit_code": 0, "error": None, "report": {"status": "ok", "totals": {"added": 1}, "files": []}}})

    run_id: str
    state: Literal["queued", "running", "done", "failed"] = Field(
        description="queued, running, done (the report says what was loaded or rejected), or failed "
                    "(the run could not go on, e.g. another load run held the loader lease: error names it)")
    filename: str
    dry_run: bool
    exit_code: int | None = Field(default=None, description="the load run's exit code, as `pledgegraph load` gives it")
    error: str | None = None
    report: dict[str, Any] | None = Field(default=None, description="the load run's report, once it ran")
