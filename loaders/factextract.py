"""Extraction into facts files, here or on a Dask cluster: the same batches, the same files.

Files are taken in the loader's order (:func:`loaders.pipeline.iter_document_paths`) and cut
into batches of ``batch`` files; batch *i* becomes ``part-i.parquet`` whichever engine
extracted it, so the local and the distributed runs write identical files. With Dask a batch
is one task: a worker reads the files (the paths must be visible to the workers, as on one
machine or a shared file system), extracts them and returns the records; this process writes
the parts in order, keeping only a bounded number of batches in flight.

Extraction knows nothing of the graph: whether a file is unchanged, a duplicate, or where it
is placed is decided when the facts are loaded, by the single writer.
"""

from __future__ import annotations

import hashlib
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from core.errors import DocumentExcluded, ExtractionError
from core.model import EXTRACTOR_VERSION
from core.settings import get_app_settings
from loaders.factfiles import FactRecord, write_manifest, write_part
from loaders.pipeline import extract_bytes, iter_document_paths, read_document_bytes

DEFAULT_BATCH = 64  # files per part: a task's work and a part's rows


@dataclass(frozen=True)
class FileJob:
    """A file to extract: where to read it, and the identity the loader gives it."""

    path: str
    key: str
    source: str


def file_jobs(paths: Iterable[Path | str]) -> Iterator[FileJob]:
    """The files under ``paths`` in the loader's order, keyed as the loader keys them."""
    from loaders.run import path_key

    for p in iter_document_paths(paths):
        yield FileJob(path=str(p), key=path_key(p), source=str(p))


def extract_record(job: FileJob, metadata_dir: Path | None) -> FactRecord:
    """One file's record: its extraction, or why there is none (a bug in a rule included)."""
    base = {"key": job.key, "path": job.path, "source": job.source, "extractor_version": EXTRACTOR_VERSION}
    try:
        data = read_document_bytes(Path(job.path))
    except ExtractionError as exc:
        return FactRecord(**base, sha256="", status="rejected", reason=exc.reason)
    sha = hashlib.sha256(data).hexdigest()
    try:
        doc = extract_bytes(data, source=job.source, document_path=Path(job.path), metadata_dir=metadata_dir)
    except DocumentExcluded as exc:
        return FactRecord(**base, sha256=sha, status="excluded", reason=exc.reason, metadata_file=exc.metadata_file)
    except ExtractionError as exc:
        return FactRecord(**base, sha256=sha, status="rejected", reason=exc.reason)
    except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the others
        return FactRecord(**base, sha256=sha, status="rejected", reason=f"internal error: {type(exc).__name__}: {exc}")
    return FactRecord(**base, sha256=sha, status="extracted", document=doc)


def extract_batch(jobs: list[FileJob], metadata_dir: str | None) -> list[FactRecord]:
    """One task: a batch of files extracted in order (runs in a Dask worker or here); with
    no ``metadata_dir``, the project's (``PLEDGEGRAPH_METADATA_DIR``), as a load run uses."""
    folder = Path(metadata_dir) if metadata_dir else get_app_settings().metadata_dir
    return [extract_record(j, folder) for j in jobs]


@dataclass
class ExtractSummary:
    """What an extraction into files did: counts by status, parts written, the engine."""

    engine: str
    parts: int = 0
    counts: dict[str, int] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)

    def add(self, records: list[FactRecord]) -> None:
        self.parts += 1
        for r in records:
            self.counts[r.status] = self.counts.get(r.status, 0) + 1
            if r.status == "rejected":
                self.errors.append({"source": r.source, "reason": r.reason or ""})

    def manifest(self) -> dict:
        return {"engine": self.engine, "parts": self.parts, "counts": self.counts,
                "extractor_version": EXTRACTOR_VERSION}


def _batches(jobs: Iterable[FileJob], size: int) -> Iterator[list[FileJob]]:
    from loaders.screening import chunked

    return chunked(jobs, size)


def extract_to_files(paths: Iterable[Path | str], out: Path, *, metadata_dir: Path | None,
                     batch: int = DEFAULT_BATCH) -> ExtractSummary:
    """Extract in this process, one batch after another."""
    summary = ExtractSummary(engine="local")
    folder = str(metadata_dir) if metadata_dir else None
    for i, jobs in enumerate(_batches(file_jobs(paths), batch)):
        records = extract_batch(jobs, folder)
        write_part(out, i, records)
        summary.add(records)
    write_manifest(out, summary.manifest())
    return summary


def extract_to_files_dask(paths: Iterable[Path | str], out: Path, *, metadata_dir: Path | None,
                          batch: int = DEFAULT_BATCH, address: str | None = None, workers: int = 2,
                          window: int | None = None) -> ExtractSummary:
    """Extract on a Dask cluster: the one at ``address``, or a local cluster of ``workers``
    processes of one thread each (extraction is pure Python: threads would share one core)."""
    from distributed import Client, LocalCluster

    summary = ExtractSummary(engine=f"dask:{address}" if address else f"dask:local:{workers}")
    folder = str(metadata_dir) if metadata_dir else None  # as given, as the local path passes it (give absolute
    # paths, of files and metadata, to a cluster whose workers run elsewhere)
    cluster = None if address else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                               dashboard_address=None, silence_logs=40)
    try:
        with Client(address or cluster) as client:
            limit = window or 2 * max(1, len(client.scheduler_info().get("workers", {})) or workers)
            inflight: deque = deque()
            index = 0
            for jobs in _batches(file_jobs(paths), batch):
                inflight.append(client.submit(extract_batch, jobs, folder, pure=False))
                while len(inflight) >= limit:
                    index = _write_next(inflight, out, index, summary)
            while inflight:
                index = _write_next(inflight, out, index, summary)
    finally:
        if cluster is not None:
            cluster.close()
    write_manifest(out, summary.manifest())
    return summary


def _write_next(inflight: deque, out: Path, index: int, summary: ExtractSummary) -> int:
    records = inflight.popleft().result()
    write_part(out, index, records)
    summary.add(records)
    return index + 1
