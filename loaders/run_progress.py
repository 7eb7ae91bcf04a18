"""What a load run has not yet written to its LoadRun node, buffered and written in batches
as groups commit, so neither the run's memory nor its final transaction grows with the
number of files. Kept apart from the scheduling of the run (:mod:`loaders.scheduling`),
which hands each outcome here."""

from __future__ import annotations

from typing import TYPE_CHECKING

from loaders.report import FileOutcome

if TYPE_CHECKING:
    from loaders.scheduling import Run


NOTABLE_IN_GRAPH = 10_000  # notable outcomes a LoadRun node lists; the rest it counts
PROGRESS_EVERY = 256  # documents loaded (or notable files) per progress write
COUNTS_EVERY = 4096  # outcomes after which the counts are written even if nothing was loaded


class RunProgress:
    """The outcomes of a run not yet written to its LoadRun node: the documents loaded (its
    ``LOADED`` links), the notable files (as JSON strings) and how many outcomes came since
    the last write. Written in batches as groups commit, so neither the run's memory nor its
    final transaction grows with the number of files."""

    def __init__(self, run: "Run"):
        self.run = run
        self.loaded: list[dict[str, str]] = []
        self.notable: list[str] = []
        self.since = 0

    def add(self, o: FileOutcome) -> None:
        if o.action in ("added", "changed") and o.document_id:
            self.loaded.append({"document_id": o.document_id, "action": o.action})
        if o.notable():
            self.notable.append(o.model_dump_json(include={"source", "action", "reason", "document_id", "warnings"},
                                                  exclude_none=True))
        self.since += 1
        if len(self.loaded) + len(self.notable) >= PROGRESS_EVERY or self.since >= COUNTS_EVERY:
            self.flush()

    def flush(self) -> None:
        """Write what is buffered (its counts so far with it)."""
        loaded, notable = self.loaded, self.notable
        self.loaded, self.notable, self.since = [], [], 0
        counts = [f"{k}:{v}" for k, v in sorted(self.run.report.totals.items())]
        self.run.record_progress(counts, loaded, notable)
