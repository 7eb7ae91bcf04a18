"""What a load run reports: per file an outcome, for the run its totals and exit code.

Shared by the CLI (``--json``), the API (an upload's answer) and the LoadRun node the run
writes into the graph. A run's memory must not grow with its files, so the report keeps
counts and a bounded listing: every outcome while the run has at most ``LISTED_FILES``
files, past that only the notable ones (rejected, excluded, or a document with warnings);
each outcome also goes, as it is reported, to the progress callback (the CLI's
``--outcomes`` file) and, in batches, to the run's LoadRun node.
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
    warnings: int = 0  # the document's extraction warnings (stored on its Document node)

    def notable(self) -> bool:
        """What a reader of a long run's report must see file by file: a failure, an
        exclusion, or a document loaded with warnings."""
        return self.action in ("rejected", "excluded") or self.warnings > 0


LISTED_FILES = 1000  # outcomes a report lists in full; a longer run lists its notable files only


class LoadReport(BaseModel):
    run_id: str
    started_at: str
    finished_at: str | None = None
    dry_run: bool = False
    status: Literal["ok", "partial", "failed"] = "ok"
    exit_code: int = 0
    error: str | None = None
    files: list[FileOutcome] = Field(default_factory=list, description=(
        f"every file's outcome in a run of at most {LISTED_FILES} files; in a longer run the notable ones "
        f"(rejected, excluded, loaded with warnings), at most {LISTED_FILES}"))
    listing: Literal["all", "notable"] = "all"  # which outcomes ``files`` lists
    unlisted: int = 0  # outcomes counted in ``totals`` but not in ``files``
    totals: dict[str, int] = Field(default_factory=dict)
    nodes_created: int = 0
    relationships_created: int = 0
    seconds: float = 0.0
    took_over: str | None = None  # the dead run whose loader lease this one took over

    def add(self, outcome: FileOutcome) -> None:
        """Count an outcome and list it while the listing has room (see the module docstring)."""
        self.totals[outcome.action] = self.totals.get(outcome.action, 0) + 1
        if self.listing == "all" and len(self.files) >= LISTED_FILES:
            kept = [f for f in self.files if f.notable()]
            self.unlisted += len(self.files) - len(kept)
            self.files, self.listing = kept, "notable"
        if self.listing == "all" or (outcome.notable() and len(self.files) < LISTED_FILES):
            self.files.append(outcome)
        else:
            self.unlisted += 1

    def count(self) -> dict[str, int]:
        """Outcomes per action, of every file of the run (listed or not)."""
        return dict(self.totals)


# What the LoadRun node's ``report`` property holds: the counts, the error, and the bounded
# listing of files (every one in a short run, the notable ones in a long run).
REPORT_IN_GRAPH = {"files", "error", "totals", "listing", "unlisted"}


class RunAborted(PledgegraphError):
    """Neo4j went away mid-run; what was written before stays, nothing is half-written."""


class DocumentRejected(PledgegraphError):
    """The server refused one document's transaction; it was rolled back, the run goes on."""


ProgressCallback = Callable[[FileOutcome], None]


def new_run_id() -> str:
    return "run-" + uuid.uuid4().hex[:12]


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")

