"""`pledgegraph load --facts DIR`: a load run whose documents come from facts files.

The run is the load run of :mod:`loaders.run` (lease, LoadRun record, curated files,
placement into instruments and editions, groups, the one writer); only the screening
differs: a record already holds its content hash, extractor version and extraction, so
nothing is read or extracted here. A record whose content the graph holds under the same
extractor version is unchanged; a second copy of a content is a duplicate; records
extraction rejected or metadata excluded are reported as a file load reports them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path

import neo4j

from core.errors import DocumentExcluded, ExtractionError
from core.settings import get_app_settings, get_neo4j_settings
from graph.loader_reads import document_states, documents_by_sha
from loaders.factfiles import FactRecord, part_files, read_part
from loaders.report import FileOutcome, LoadReport, ProgressCallback
from loaders.run import execute
from loaders.scheduling import Run
from loaders.screening import Candidate, Excluded, SeenContents


def _done(value) -> Future:
    future: Future = Future()
    future.set_result(value)
    return future


class FactScreener:
    """Screens facts records as :class:`loaders.screening.Screener` screens files, with the
    same two graph reads per batch."""

    def __init__(self, driver: neo4j.Driver, database: str, *, dry_run: bool, force: bool):
        self.driver, self.database, self.dry_run, self.force = driver, database, dry_run, force
        self.seen_sha = SeenContents(bounded=not dry_run)

    def unchanged(self, prev: dict | None, r: FactRecord) -> bool:
        return (bool(prev) and prev["sha256"] == r.sha256 and prev.get("extractor_version") == r.extractor_version
                and not self.force)

    def screen(self, batch: list[FactRecord]) -> Iterator[Candidate | Excluded | FileOutcome]:
        existing = document_states(self.driver, self.database, [r.key for r in batch])
        shas = sorted({r.sha256 for r in batch if r.status == "extracted" and r.sha256 not in self.seen_sha
                       and not self.unchanged(existing.get(r.key), r)})
        by_sha = documents_by_sha(self.driver, self.database, shas) if shas and not self.dry_run else {}
        for r in batch:
            yield self._decide(r, existing.get(r.key), by_sha)

    def _decide(self, r: FactRecord, prev: dict | None, by_sha: dict[str, list[str]]) -> Candidate | Excluded | FileOutcome:
        if r.status == "rejected" or (r.status == "extracted" and r.document is None):
            return FileOutcome(source=r.source, action="rejected", reason=r.reason or "no extraction in the facts file")
        if r.status == "excluded":
            return Excluded(r.source, DocumentExcluded(r.source, r.reason or "", r.metadata_file or ""), prev)
        if self.unchanged(prev, r):
            return FileOutcome(source=r.source, action="unchanged", document_id=prev["id"])  # type: ignore[index]
        duplicate = self.seen_sha.get(r.sha256) or next((p for p in by_sha.get(r.sha256, ()) if p != r.key), None)
        if duplicate is not None and duplicate != r.key:
            return FileOutcome(source=r.source, action="rejected", reason=f"same content as {duplicate}; loaded once")
        self.seen_sha[r.sha256] = r.key
        c = Candidate(Path(r.path), r.key, r.source, prev, b"", r.sha256)
        c.job = _done((r.document, None, None))
        return c


class FactsRun(Run):
    """A load run over facts records: screening by :class:`FactScreener`, no extraction pool."""

    def __init__(self, driver: neo4j.Driver, database: str, **kwargs):
        super().__init__(driver, database, workers=1, **kwargs)
        self.screener = FactScreener(driver, database, dry_run=self.dry_run, force=self.force)  # type: ignore[assignment]

    def screen(self, batch: list) -> Iterator[Candidate | Excluded | FileOutcome]:  # type: ignore[override]
        return self.screener.screen(batch)

    def submit(self, c: Candidate) -> None:
        """Its extraction is already in the record."""
        self.extracted += 1


def load_facts(
    folders: Iterable[Path | str],
    *,
    driver: neo4j.Driver,
    database: str | None = None,
    dry_run: bool = False,
    metadata_dir: Path | None = None,
    progress: ProgressCallback | None = None,
    force: bool = False,
    group_commit: int | None = None,
    lease_wait: float = 0.0,
) -> LoadReport:
    """Load the records of facts folders (see :func:`loaders.run.load_paths` for the run's
    rules and exit codes). ``metadata_dir`` gives the curated instruments placement uses."""
    settings = get_app_settings()
    folders = [Path(f) for f in folders]
    run = FactsRun(driver, database or get_neo4j_settings().database, dry_run=dry_run,
                   metadata_dir=Path(metadata_dir or settings.metadata_dir), progress=progress,
                   batch_size=settings.load_batch_size, force=force,
                   group_commit=group_commit or settings.load_group_commit)
    return execute(run, fact_records(folders), folders, lease_wait=lease_wait)


def fact_records(folders: list[Path]) -> Iterator[FactRecord]:
    """The folders' records in order; a missing folder or an unreadable part is one rejected
    entry naming it, and the other parts still load."""
    for folder in folders:
        try:
            parts = part_files(folder)
        except ExtractionError as exc:
            yield _unreadable(exc)
            continue
        for part in parts:
            try:
                yield from read_part(part)
            except ExtractionError as exc:
                yield _unreadable(exc)


def _unreadable(exc: ExtractionError) -> FactRecord:
    return FactRecord(key=exc.source, path=exc.source, source=exc.source, sha256="", extractor_version="",
                      status="rejected", reason=exc.reason)
