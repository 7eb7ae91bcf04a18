"""`pledgegraph bulk-import`: facts files to the files of an offline `neo4j-admin` import.

A first load of a large corpus into an empty database. The run is the load run of
``load --facts`` (:mod:`loaders.factload`: curated files, screening of the records,
placement into instruments and editions in file order, rows by ``graph/rows.py``), with
two things taken away because the database is empty and offline: the graph reads (nothing
is loaded yet, so every record is new and placement starts from nothing) and the
transactions (each group of documents goes into a :class:`graph.image.GraphImage`, which
does what the writer's statements do). The image is then written as the importer's CSV
files (:mod:`graph.import_files`). Incremental loads stay transactional: this never reads
nor replaces what a graph holds.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from core.errors import PledgegraphError
from core.settings import get_app_settings
from graph.image import GraphImage
from graph.import_files import ImportManifest, write_import_files
from graph.rows import DocumentRows
from graph.writer import DocumentWrite, GroupResult, WriteResult
from loaders.factfiles import FactRecord
from loaders.factload import FactScreener, FactsRun, fact_records
from loaders.run_progress import NOTABLE_IN_GRAPH
from loaders.screening import SeenContents
from loaders.report import REPORT_IN_GRAPH, LoadReport, now


class BulkImportError(PledgegraphError):
    """The facts cannot be turned into an offline import (the message says which and why)."""


class ImageWriter:
    """The load run's writer (:class:`graph.writer.DocumentWriter`'s methods), writing into an image."""

    def __init__(self, image: GraphImage, run_id: str):
        self.image, self.run_id = image, run_id

    def write(self, rows: DocumentRows, *, replace: bool, placement: dict[str, Any] | None = None,
              known: dict[str, Any] | None = None) -> WriteResult:
        group = self.write_many([DocumentWrite(rows, replace, placement, known)])
        alone = group.documents[0]
        alone.add(group)
        return alone

    def write_many(self, writes: list[DocumentWrite]) -> GroupResult:
        group = GroupResult()
        before = (self.image.counts.nodes_created, self.image.counts.relationships_created)
        for w in writes:
            if w.replace:  # cannot happen from an empty graph; a bug if it does
                raise BulkImportError(f"{w.rows.document['id']}: a bulk import writes an empty database, "
                                      "it replaces no document")
            self.image.write_document(w.rows, placement=w.placement, known=w.known, run_id=self.run_id)
            group.documents.append(WriteResult(document_id=w.rows.document["id"], facts=len(w.rows.facts),
                                               evidence=len(w.rows.evidence)))
        group.nodes_created = self.image.counts.nodes_created - before[0]
        group.relationships_created = self.image.counts.relationships_created - before[1]
        return group

    def remove(self, document_id: str) -> WriteResult:
        raise BulkImportError(f"{document_id}: a bulk import writes an empty database, it removes no document")


class _EmptyGraphScreener(FactScreener):
    """Screens records as ``load --facts`` does against an empty graph: no reads (so every
    content seen is remembered: no graph answers for the older ones)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.seen_sha = SeenContents(bounded=False)

    def screen(self, batch: list[FactRecord]):  # type: ignore[override]
        for r in batch:
            yield self._decide(r, None, {})


class ImageRun(FactsRun):
    """A facts run with no driver: the graph it starts from is empty, its writer an image."""

    def __init__(self, *, metadata_dir: Path, batch_size: int, group_commit: int):
        super().__init__(None, "", dry_run=False, metadata_dir=metadata_dir, progress=None,  # type: ignore[arg-type]
                         batch_size=batch_size, group_commit=group_commit)
        self.screener = _EmptyGraphScreener(None, "", dry_run=False, force=False)  # type: ignore[arg-type]
        self.image = GraphImage()
        self.writer = ImageWriter(self.image, self.report.run_id)  # type: ignore[assignment]
        # the image's LoadRun is written whole at the end, as run_progress.cypher leaves it
        self.loaded: list[dict[str, str]] = []
        self.notable: list[str] = []
        self.notable_unlisted = 0

    def record_progress(self, counts: list[str], loaded: list[dict[str, str]], notable: list[str]) -> None:
        self.loaded.extend(loaded)
        room = max(0, NOTABLE_IN_GRAPH - len(self.notable))
        self.notable.extend(notable[:room])
        self.notable_unlisted += len(notable[room:])


def build_image(folders: Iterable[Path | str], *, metadata_dir: Path | None = None) -> tuple[GraphImage, LoadReport]:
    """The graph a first ``load --facts`` of ``folders`` writes into an empty database, and its report.

    A missing folder or an unreadable part is one rejected entry naming it; the others go on."""
    settings = get_app_settings()
    folders = [Path(f) for f in folders]
    started = dt.datetime.now(dt.timezone.utc)
    run = ImageRun(metadata_dir=Path(metadata_dir or settings.metadata_dir), batch_size=settings.load_batch_size,
                   group_commit=settings.load_group_commit)
    run.curated({})
    run.documents(fact_records(folders))
    run.progress_log.flush()
    report = run.report
    counts = report.count()
    if counts.get("rejected"):
        report.status, report.exit_code = "partial", 1
    report.finished_at = now()
    report.seconds = round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 3)
    run.image.record_run(report.run_id, started_at=report.started_at, finished_at=report.finished_at,
                         status=report.status, paths=[str(f) for f in folders],
                         counts=[f"{k}:{v}" for k, v in sorted(counts.items())],
                         report=report.model_dump_json(include=REPORT_IN_GRAPH), loaded=run.loaded,
                         notable=run.notable, notable_unlisted=run.notable_unlisted)
    report.nodes_created = run.image.counts.nodes_created
    report.relationships_created = run.image.counts.relationships_created
    try:
        run.image.check_shape()
    except ValueError as exc:
        raise BulkImportError(str(exc)) from exc
    return run.image, report


def facts_to_import_files(folders: Iterable[Path | str], out: Path, *,
                          metadata_dir: Path | None = None) -> tuple[ImportManifest, LoadReport]:
    """Write the import files of ``folders`` into ``out``; the manifest records the run."""
    image, report = build_image(folders, metadata_dir=metadata_dir)
    try:
        manifest = write_import_files(image, Path(out), run={
            "run_id": report.run_id, "status": report.status, "totals": report.totals,
            "unmatched": image.counts.unmatched})
    except ValueError as exc:
        raise BulkImportError(f"{out}: {exc}") from exc
    return manifest, report


__all__ = ["BulkImportError", "ImageWriter", "build_image", "facts_to_import_files"]
