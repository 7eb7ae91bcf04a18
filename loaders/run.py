"""A load run: files and folders in, the graph updated, a report out.

Only new or changed files are processed (decided by the sha256 of their bytes, and the
extractor version), a document is never split across transactions, and a file that
fails is reported by name with its reason while the rest of the run goes on.

Files are screened (:mod:`loaders.screening`), extracted ahead in worker processes
(:mod:`loaders.workers`) and placed and written in groups (:mod:`loaders.scheduling`). The
run itself is recorded in the graph as a LoadRun node from the moment it starts, so a run
that was killed stays visible as ``running`` until the next run takes over its lease and
ends it as ``failed``. Its counts, its ``LOADED`` links and its notable files are written to
that node in batches as groups commit (:class:`loaders.run_progress.RunProgress`), and the
report it returns lists files within a bound (:mod:`loaders.report`), so a run's memory
does not grow with its files.

A file that curated metadata excludes (``exclude: true`` with a reason: a corpus
catalogue, a README) is reported as ``excluded``, not rejected; if it was loaded before,
its document is removed from the graph in one transaction.

One run writes at a time: a run takes the loader lease in the graph (:mod:`graph.lease`)
before it reads anything its placements depend on, every write transaction checks it,
and a second run waits for it (``lease_wait``) or gives up naming the run that holds it.

Exit codes: 0 everything loaded (or unchanged, or excluded), 1 some files rejected, 2
nothing could be done (Neo4j unreachable, schema failure), 3 another load run holds the
lease (nothing was read or written).
"""
from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from core.errors import PledgegraphError
from core.settings import get_app_settings, get_neo4j_settings
from graph.driver import explain_failure
from graph.lease import LeaseHeld, LoadLease
from graph.loader_reads import document_states
from graph.rows import document_id  # noqa: F401 - part of this module's public names
from graph.schema import apply_schema
from graph.writer import DocumentWriter, finish_run, start_run
from loaders.participation import sources_keys
from loaders.pipeline import iter_document_paths
from loaders.report import REPORT_IN_GRAPH, FileOutcome, LoadReport, ProgressCallback, RunAborted, now
from loaders.scheduling import Run, known_instruments
from loaders.workers import default_workers

# Older names, kept while callers move to the modules that now hold them.
_known_instruments = known_instruments


def path_key(path: Path) -> str:
    """The identity of a file across runs: its absolute path (symlinks not resolved)."""
    return os.path.abspath(path)


def load_paths(
    paths: Iterable[Path | str],
    *,
    driver: neo4j.Driver,
    database: str | None = None,
    dry_run: bool = False,
    metadata_dir: Path | None = None,
    source_names: dict[Path, str] | None = None,
    progress: ProgressCallback | None = None,
    batch_size: int | None = None,
    force: bool = False,
    workers: int | None = None,
    group_commit: int | None = None,
    lease_wait: float = 0.0,
    run_id: str | None = None,
) -> LoadReport:
    """Load files and folders; see the module docstring for what is skipped and the exit codes.

    ``source_names`` maps a path to the name it should carry in the graph (uploads
    arrive as temporary files but keep the name they were sent under). ``force``
    re-extracts unchanged files too (after the extraction rules changed). ``workers``
    counts this process: with 2 (the default on two cores) one worker process extracts
    the next files while this one writes; 1 extracts and writes in turn.
    ``group_commit`` caps the documents per transaction (default
    ``PLEDGEGRAPH_LOAD_GROUP_COMMIT``; 1 commits every document alone). ``lease_wait`` is
    how long to wait for another run that holds the loader lease (0: give up at once, exit
    code 3); a dry run writes nothing and takes no lease. ``run_id`` names the run (an
    upload's was given to its sender before the run started); a new one by default.
    """
    settings = get_app_settings()
    database = database or get_neo4j_settings().database
    paths = list(paths)
    run = Run(driver, database, dry_run=dry_run, metadata_dir=Path(metadata_dir or settings.metadata_dir),
               progress=progress, batch_size=batch_size or settings.load_batch_size, force=force,
               workers=workers or default_workers(), group_commit=group_commit or settings.load_group_commit,
               run_id=run_id)
    names = {Path(k): v for k, v in (source_names or {}).items()}
    files = ((p, names.get(p) and f"upload:{names[p]}" or path_key(p), names.get(p)) for p in iter_document_paths(paths))
    return execute(run, files, paths, lease_wait=lease_wait)


def execute(run: Run, files: Iterator, paths: list, *, lease_wait: float = 0.0) -> LoadReport:
    """Carry a prepared run to its end (lease, LoadRun record, curated files, ``files``,
    report): shared by :func:`load_paths` and the load of facts files (:mod:`loaders.factload`),
    whose run screens records instead of files."""
    driver, database = run.driver, run.database
    started = dt.datetime.now(dt.timezone.utc)
    lease = LoadLease(driver, database, run.report.run_id) if not run.dry_run else None
    try:
        try:
            _load(run, files, paths, lease, lease_wait)
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the LoadRun 'running' nor lose the report
            _failed(run.report, exc)
        counts = run.report.count()
        if run.report.exit_code == 0 and counts.get("rejected"):
            run.report.status, run.report.exit_code = "partial", 1
        run.report.finished_at = now()
        run.report.seconds = round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 3)
        if run.recorded:
            try:
                run.progress_log.flush()
                finish_run(driver, database, run.report.run_id, finished_at=run.report.finished_at,
                           status=run.report.status, counts=[f"{k}:{v}" for k, v in sorted(counts.items())],
                           report=run.report.model_dump_json(include=REPORT_IN_GRAPH), loaded=[])
            except (RunAborted, ServiceUnavailable, SessionExpired, Neo4jError, OSError):
                pass  # the server is gone; the run stays recorded as 'running' and the report says why
        return run.report
    finally:
        if lease is not None:
            lease.release()


def _failed(report: LoadReport, exc: BaseException) -> None:
    """Record why a run could not go on: exit 3 for a lease another run holds, else 2."""
    report.status, report.exit_code = "failed", 2
    if isinstance(exc, LeaseHeld):
        report.exit_code = 3
        report.error = f"{exc}; nothing was read or written (wait for it with --wait SECONDS)"
    elif isinstance(exc, (ServiceUnavailable, SessionExpired)):
        report.error = str(explain_failure(exc, get_neo4j_settings()))
    elif isinstance(exc, (RunAborted, PledgegraphError, Neo4jError)):
        report.error = str(exc)
    else:
        report.error = f"internal error: {type(exc).__name__}: {exc}"


def _load(run: Run, files: Iterator[tuple[Path, str, str | None]], paths: list, lease: LoadLease | None,
          lease_wait: float) -> None:
    """Schema, lease, LoadRun record, then the curated metadata and the files: every read
    that placements depend on comes after the lease is taken."""
    driver, database = run.driver, run.database
    if lease is not None:
        apply_schema(driver, database)
        lease.acquire(lease_wait)
        if lease.took_over is not None:
            run.report.took_over = lease.took_over.describe()
        start_run(driver, database, run.report.run_id, run.report.started_at, [str(p) for p in paths])
        run.recorded = True
    curated_keys = ["curated:legal_acts.yaml",
                    *(f"curated:instruments/{p.name}" for p in (run.metadata_dir / "instruments").glob("*.yaml")),
                    *sources_keys(run.metadata_dir)]  # public pages (metadata/sources/): unchanged ones are left alone
    run.known = known_instruments(driver, database)
    with DocumentWriter(driver, database, batch_size=run.batch_size, lease=lease) as run.writer:
        run.curated(document_states(driver, database, curated_keys))
        run.documents(files)


__all__ = ["FileOutcome", "LoadReport", "load_paths", "path_key", "document_id", "iter_document_paths"]
