"""What a load run reports: per file an outcome, for the run its totals and exit code.

Shared by the CLI (``--json``), the API (an upload's answer) and the LoadRun node the run
writes into the graph.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Literal

from pydantic import BaseModel, Field

from core.errors import PledgegraphError

Action = Literal["added", "changed", "unchanged", "rejected", "excluded", "would_add", "would_change"]


class FileOutcome(BaseModel):
    source: str
    action: Action
    reason: str | None = None
    document_id: str | None = None
    title: str | None = None
    kind: str | None = None
    placement: str | None = None
    facts: int = 0
    evidence: int = 0


class LoadReport(BaseModel):
    run_id: str
    started_at: str
    finished_at: str | None = None
    dry_run: bool = False
    status: Literal["ok", "partial", "failed"] = "ok"
    exit_code: int = 0
    error: str | None = None
    files: list[FileOutcome] = []
    totals: dict[str, int] = Field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0
    took_over: str | None = None  # the dead run whose loader lease this one took over

    def count(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for f in self.files:
            counts[f.action] = counts.get(f.action, 0) + 1
        return counts


class RunAborted(PledgegraphError):
    """Neo4j went away mid-run; what was written before stays, nothing is half-written."""


class DocumentRejected(PledgegraphError):
    """The server refused one document's transaction; it was rolled back, the run goes on."""


ProgressCallback = Callable[[FileOutcome], None]


def new_run_id() -> str:
    return "run-" + uuid.uuid4().hex[:12]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")

