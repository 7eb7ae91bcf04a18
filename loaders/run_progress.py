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
PROGRESS_EVERY = 256  # documents loaded per progress write
COUNTS_EVERY = 4096  # outcomes after which the counts are written even if nothing was loaded
# notable files per write of the LoadRun's list: the list is stored whole, so each append
# rewrites all of it, which every batch of loaded documents would repeat
NOTABLE_EVERY = 1024


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
        if len(self.notable) >= NOTABLE_EVERY:
            self.flush()
        elif len(self.loaded) >= PROGRESS_EVERY or self.since >= COUNTS_EVERY:
            self.flush(notable=False)

    def flush(self, notable: bool = True) -> None:
        """Write what is buffered (its counts so far with it); the notable files only when
        ``notable`` (they wait for a batch of ``NOTABLE_EVERY``, or the run's end)."""
        loaded, notable_files = self.loaded, self.notable if notable else []
        self.loaded, self.since = [], 0
        if notable:
            self.notable = []
        counts = [f"{k}:{v}" for k, v in sorted(self.run.report.totals.items())]
        self.run.record_progress(counts, loaded, notable_files)
