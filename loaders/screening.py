"""Screening: which files of a run need extracting, decided before any is extracted.

A file is unchanged (same bytes, same extractor version), a duplicate of another file's
content, unreadable, excluded by curated metadata, or a candidate to extract. Two graph
reads decide it for a whole batch of files (states by path, documents by content hash).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from concurrent.futures import Future
from pathlib import Path
from typing import NamedTuple

import neo4j

from core.errors import DocumentExcluded, ExtractionError
from core.model import EXTRACTOR_VERSION
from graph.loader_reads import document_states, documents_by_sha
from loaders.pipeline import check_excluded, read_document_bytes
from loaders.report import FileOutcome

SCREEN_BATCH = 256  # files whose state is read from the graph in one query


class Excluded:
    """A file metadata excludes; ``prev`` is the graph's record of it if an earlier run loaded it."""

    __slots__ = ("source", "reason", "prev")

    def __init__(self, source: str, exc: DocumentExcluded, prev: dict | None):
        self.source, self.reason, self.prev = source, f"{exc.reason} ({exc.metadata_file})", prev


class Candidate:
    """A file that must be extracted: new, changed, or forced. Holds its bytes only while
    it waits in the extraction window."""

    __slots__ = ("path", "key", "source", "prev", "data", "sha", "job")

    def __init__(self, path: Path, key: str, source: str, prev: dict | None, data: bytes, sha: str):
        self.path, self.key, self.source, self.prev, self.data, self.sha = path, key, source, prev, data, sha
        self.job: Future | None = None



class _File(NamedTuple):
    """A file of the batch as read: its bytes and their hash, or why it could not be read."""

    path: Path
    key: str
    source: str
    data: bytes | None
    sha: str
    error: str | None


def _read(path: Path, key: str, name: str | None) -> _File:
    source = name or str(path)
    try:
        data = read_document_bytes(path)
    except ExtractionError as exc:
        return _File(path, key, source, None, "", exc.reason)
    return _File(path, key, source, data, hashlib.sha256(data).hexdigest(), None)


SEEN_CONTENTS = 8192  # contents a run remembers itself; older ones the graph answers for


class SeenContents(dict[str, str]):
    """Content hash -> the key of the run's file that has it, for the files the graph may not
    hold yet. A file is screened at most a screening batch and the extraction window
    before its document commits, so past ``SEEN_CONTENTS`` files the oldest are dropped:
    the graph's ``documents_by_sha`` names them from then on, and the run's memory stays
    flat. A dry run writes nothing, so it keeps them all."""

    def __init__(self, *, bounded: bool):
        super().__init__()
        self.bounded = bounded

    def __setitem__(self, sha: str, key: str) -> None:
        super().__setitem__(sha, key)
        if self.bounded and len(self) > SEEN_CONTENTS:
            del self[next(iter(self))]


class Screener:
    """Screens a run's files in order; remembers the contents seen so far, so a second copy
    of a file in the same run is a duplicate too."""

    def __init__(self, driver: neo4j.Driver, database: str, *, dry_run: bool, force: bool, metadata_dir: Path):
        self.driver, self.database, self.dry_run, self.force = driver, database, dry_run, force
        self.metadata_dir = metadata_dir
        self.seen_sha = SeenContents(bounded=not dry_run)

    def screen(self, batch: list[tuple[Path, str, str | None]]) -> Iterator[Candidate | Excluded | FileOutcome]:
        """Decide, for a batch of files, which are unchanged, duplicates or unreadable, with
        two reads for the whole batch (states by path, documents by content hash)."""
        existing = document_states(self.driver, self.database, [key for _, key, _ in batch])
        read = [_read(path, key, name) for path, key, name in batch]
        by_sha = self._loaded_by_sha(read, existing)
        for f in read:
            yield self._decide(f, existing.get(f.key), by_sha)

    def _loaded_by_sha(self, read: list[_File], existing: dict[str, dict]) -> dict[str, list[str]]:
        """Paths the graph holds under each new content hash (an unchanged file needs no check)."""
        if self.dry_run:
            return {}
        shas = sorted({f.sha for f in read
                       if f.sha and f.sha not in self.seen_sha and not self.unchanged(existing.get(f.key), f.sha)})
        return documents_by_sha(self.driver, self.database, shas) if shas else {}

    def _decide(self, f: _File, prev: dict | None, by_sha: dict[str, list[str]]) -> Candidate | Excluded | FileOutcome:
        if f.data is None:
            return FileOutcome(source=f.source, action="rejected", reason=f.error)
        if self.unchanged(prev, f.sha):
            # A file excluded after it was loaded must go; a new or changed one is checked
            # by its extraction (in the worker, off this thread's path).
            return self._excluded(f, prev) or FileOutcome(source=f.source, action="unchanged", document_id=prev["id"])
        duplicate = self.seen_sha.get(f.sha)
        if duplicate is None:
            duplicate = next((p for p in by_sha.get(f.sha, ()) if p != f.key), None)
        if duplicate is not None and duplicate != f.key:
            # Two copies of an excluded catalogue are both excluded, not duplicates.
            return self._excluded(f, prev) or FileOutcome(
                source=f.source, action="rejected", reason=f"same content as {duplicate}; loaded once")
        self.seen_sha[f.sha] = f.key
        return Candidate(f.path, f.key, f.source, prev, f.data, f.sha)

    def _excluded(self, f: _File, prev: dict | None) -> Excluded | None:
        try:
            check_excluded(f.sha, source=f.source, document_path=f.path, metadata_dir=self.metadata_dir)
        except DocumentExcluded as exc:
            return Excluded(f.source, exc, prev)
        except ExtractionError:
            pass  # a broken metadata file is reported when the document is extracted
        return None

    def unchanged(self, prev: dict | None, sha: str) -> bool:
        return bool(prev) and prev["sha256"] == sha and prev.get("extractor_version") == EXTRACTOR_VERSION and not self.force



def chunked(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch

