"""A load run: files and folders in, the graph updated, a report out.

Only new or changed files are processed (decided by the sha256 of their bytes, and the
extractor version), a document is never split across transactions, and a file that
fails is reported by name with its reason while the rest of the run goes on.

Writing overlaps the work on the next documents: a writer thread commits one group of
whole documents while this thread places the next ones. A group is full
(``PLEDGEGRAPH_LOAD_GROUP_COMMIT`` documents) unless no other file is on its way: the
last documents of a run, or those before an excluded file's removal. If the server refuses a group,
it was rolled back whole; the run re-reads what the graph holds and writes that
group's documents one transaction each, so only the document at fault is rejected. The run
itself is recorded in the graph as a LoadRun node from the moment it starts, so a run
that was killed stays visible as ``running`` until the next run takes over its lease and
ends it as ``failed``.

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

import ctypes
import datetime as dt
import hashlib
import os
import signal
import sys
import threading
import time
import uuid
import multiprocessing as mp
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from pathlib import Path
from typing import Literal

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from pydantic import BaseModel, Field

from graph.cypher_files import statement
from graph.driver import explain_failure
from core.errors import PledgegraphError
from graph.lease import LeaseHeld, LoadLease
from graph.rows import DocumentRows, document_id, document_rows
from graph.schema import apply_schema
from core.settings import get_app_settings, get_neo4j_settings
from graph.writer import DocumentWrite, DocumentWriter, GroupResult, finish_run, start_run
from loaders.curated import curated_files
from loaders.identity import (
    KnownEdition,
    KnownInstrument,
    KnownInstruments,
    place,
    placement_inputs,
    remember,
    reported_editions,
)
from core.model import (
    EXTRACTOR_VERSION,
    DocumentExcluded,
    ExtractedDocument,
    ExtractionError,
    InstrumentManifest,
    Placement,
)
from loaders.pipeline import _read_file as read_document_bytes
from loaders.pipeline import check_excluded, extract_bytes, iter_document_paths

Action = Literal["added", "changed", "unchanged", "rejected", "excluded", "would_add", "would_change"]


def _document_rows(doc: ExtractedDocument, key: str, placement: Placement | None,
                   known: KnownInstruments) -> DocumentRows:
    """Rows for one document; statements it only reports point at the edition they speak
    of when the run knows it (``reported_editions``)."""
    editions = reported_editions(doc, known)
    return document_rows(doc, key, placement, editions) if editions else document_rows(doc, key, placement)


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


def path_key(path: Path) -> str:
    """The identity of a file across runs: its absolute path (symlinks not resolved)."""
    return os.path.abspath(path)


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds")


def _known_instruments(driver: neo4j.Driver, database: str) -> KnownInstruments:
    """What placement knew when the last run stopped, read back as it was stored with each
    placement (:func:`loaders.identity.placement_inputs`); instruments of a graph written
    before placements stored it come after them, derived from their facts."""
    known: dict[str, KnownInstrument] = {}
    for name in ("known_instruments", "known_instruments_derived"):
        for r in driver.execute_query(statement("loader", name), database_=database).records:
            titles: dict[str, str] = {}
            for t in r["titles"] or []:  # first title seen per language, as identity.remember keeps it
                lang, sep, title = t.partition(":")
                if sep:
                    titles.setdefault(lang, title)
            editions = [
                KnownEdition(id=e["id"], number=e["number"], date=e["date"].to_native() if e["date"] else None,
                             signatories=frozenset(code or None for code in e["signatories"] or ()))
                for e in r["editions"] if e
            ]
            rank = r["rank"] if "rank" in r.keys() else max((k.rank + 1 for k in known.values()), default=0)
            known[r["id"]] = KnownInstrument(id=r["id"], title=r["title"] or r["id"], kind=r["kind"] or "other",
                                             titles=titles, commitment_count=r["commitment_count"] or 0,
                                             editions=editions, references=frozenset(r["references"] or ()), rank=rank)
    return KnownInstruments(known)


def _existing(driver: neo4j.Driver, database: str, keys: list[str]) -> dict[str, dict]:
    records = driver.execute_query(statement("loader", "document_state"), paths=keys, database_=database).records
    return {r["path"]: dict(r) for r in records}


def _placement_props(doc: ExtractedDocument, placement) -> dict | None:
    if placement is None:
        return None
    return {
        "instrument_id": placement.instrument_id, "edition_id": f"{placement.instrument_id}#{placement.edition_number}",
        "method": placement.method, "confidence": placement.confidence, "detail": placement.detail,
        "decided_at": _now(), "extractor_version": doc.extractor_version,
    }


class _Excluded:
    """A file metadata excludes; ``prev`` is the graph's record of it if an earlier run loaded it."""

    __slots__ = ("source", "reason", "prev")

    def __init__(self, source: str, exc: DocumentExcluded, prev: dict | None):
        self.source, self.reason, self.prev = source, f"{exc.reason} ({exc.metadata_file})", prev


class _Candidate:
    """A file that must be extracted: new, changed, or forced. Holds its bytes only while
    it waits in the extraction window."""

    __slots__ = ("path", "key", "source", "prev", "data", "sha", "job")

    def __init__(self, path: Path, key: str, source: str, prev: dict | None, data: bytes, sha: str):
        self.path, self.key, self.source, self.prev, self.data, self.sha = path, key, source, prev, data, sha
        self.job: Future | None = None


class _Ready:
    """A document extracted, placed and turned into rows, waiting for its transaction."""

    __slots__ = ("candidate", "doc", "placement", "rows", "known")

    def __init__(self, candidate: _Candidate, doc: ExtractedDocument, placement, rows, known: dict | None = None):
        self.candidate, self.doc, self.placement, self.rows, self.known = candidate, doc, placement, rows, known

    def write(self) -> DocumentWrite:
        return DocumentWrite(self.rows, replace=self.candidate.prev is not None,
                             placement=_placement_props(self.doc, self.placement), known=self.known)


_Entry = _Ready | FileOutcome  # what waits for the writer, in file order


def _extract_job(data: bytes, source: str, path: Path,
                 metadata_dir: Path) -> tuple[ExtractedDocument | None, str | None, DocumentExcluded | None]:
    """Runs in a pool worker: errors come back as values (ExtractionError does not pickle)."""
    try:
        return extract_bytes(data, source=source, document_path=path, metadata_dir=metadata_dir), None, None
    except DocumentExcluded as exc:
        return None, None, DocumentExcluded(exc.source, exc.reason, exc.metadata_file)
    except ExtractionError as exc:
        return None, exc.reason, None


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def _die_with_loader(loader_pid: int) -> None:
    """Runs first in every extraction worker, so that a loader killed with SIGKILL leaves no
    worker behind: a worker holds both ends of its own pipes, so it never sees them close.

    Its parent is the pool's forkserver, which exits when the loader does: Linux kills the
    worker then (``PR_SET_PDEATHSIG``). A thread also watches the loader itself, for other
    systems and for a loader that died before the signal was armed.
    """
    if sys.platform.startswith("linux"):
        try:
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):
            pass
    parent = os.getppid()
    threading.Thread(target=_watch_loader, args=(loader_pid, parent), name="pledgegraph-watch", daemon=True).start()


def _process_gone(pid: int) -> bool:
    """Whether ``pid`` has exited (a zombie counts as gone: it is dead, only not yet reaped)."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
        return stat[stat.rindex(b")") + 2:stat.rindex(b")") + 3] in (b"Z", b"X")
    except FileNotFoundError:
        return True
    except OSError:
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


def _watch_loader(loader_pid: int, parent: int) -> None:
    while True:
        time.sleep(0.5)
        if os.getppid() != parent or _process_gone(loader_pid):
            os._exit(1)  # the loader is gone: nothing will read this worker's results


def _chunked(items: Iterable, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


class _Run:
    def __init__(self, driver: neo4j.Driver, database: str, *, dry_run: bool, metadata_dir: Path,
                 progress: ProgressCallback | None, batch_size: int, force: bool = False, workers: int = 1,
                 group_commit: int = 1):
        self.driver, self.database, self.dry_run, self.force = driver, database, dry_run, force
        self.metadata_dir, self.progress, self.batch_size, self.workers = metadata_dir, progress, batch_size, workers
        self.group_commit = max(1, group_commit)
        self.report = LoadReport(run_id="run-" + uuid.uuid4().hex[:12], started_at=_now(), dry_run=dry_run)
        self.recorded = False  # whether its LoadRun node was written (it must then be finished)
        self.loaded: list[dict[str, str]] = []
        self.seen_sha: dict[str, str] = {}
        self.known = KnownInstruments()
        self.manifests: dict[str, InstrumentManifest] = {}
        self.writer: DocumentWriter | None = None
        self.pool: ProcessPoolExecutor | None = None
        self.extracted = 0
        self.pending: list[_Entry] = []  # placed, waiting to be handed to the writer thread
        self.inflight: tuple[list[_Entry], Future] | None = None  # the group being committed
        self.committer: ThreadPoolExecutor | None = None
        self.window: deque[_Candidate | _Excluded | FileOutcome] = deque()  # screened, waiting for their turn

    def outcome(self, o: FileOutcome) -> None:
        self.report.files.append(o)
        if o.action in ("added", "changed") and o.document_id:
            self.loaded.append({"document_id": o.document_id, "action": o.action})
        if self.progress:
            self.progress(o)

    def write(self, source: str, key: str, rows, existing: dict | None, placement_props: dict | None,
              known: dict | None = None) -> tuple[Action, int, int]:
        replace = existing is not None
        if self.dry_run:
            return ("would_change" if replace else "would_add"), len(rows.facts), len(rows.evidence)
        assert self.writer is not None
        try:
            res = self.writer.write(rows, replace=replace, placement=placement_props, known=known)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise RunAborted(f"Neo4j became unreachable while writing {source}: {exc}") from exc
        except Neo4jError as exc:
            raise DocumentRejected(f"the graph refused it, nothing written: {exc.message or exc}") from exc
        self.report.nodes_created += res.nodes_created
        self.report.relationships_created += res.relationships_created
        return ("changed" if replace else "added"), res.facts, res.evidence

    def curated(self, existing: dict[str, dict]) -> None:
        try:
            files, self.manifests = curated_files(self.metadata_dir)
        except ExtractionError as exc:
            self.outcome(FileOutcome(source=exc.source, action="rejected", reason=exc.reason))
            return
        for cf in files:
            prev = existing.get(cf.key)
            if prev and prev["sha256"] == cf.sha256 and not self.force:
                self.outcome(FileOutcome(source=str(cf.path), action="unchanged", document_id=prev["id"], kind="curated"))
                continue
            try:
                action, facts, evidence = self.write(str(cf.path), cf.key, cf.rows, prev, None)
            except DocumentRejected as exc:
                self.outcome(FileOutcome(source=str(cf.path), action="rejected", reason=str(exc)))
                continue
            self.outcome(FileOutcome(source=str(cf.path), action=action, document_id=cf.rows.document["id"],
                                     title=cf.title, kind="curated", facts=facts, evidence=evidence))

    def screen(self, batch: list[tuple[Path, str, str | None]]) -> Iterator[_Candidate | _Excluded | FileOutcome]:
        """Decide, for a batch of files, which are unchanged, duplicates or unreadable, with
        two reads for the whole batch (states by path, documents by content hash)."""
        existing = _existing(self.driver, self.database, [key for _, key, _ in batch])
        read: list[tuple[Path, str, str, bytes | None, str, str | None]] = []
        for path, key, name in batch:
            source = name or str(path)
            try:
                data = read_document_bytes(path)
            except ExtractionError as exc:
                read.append((path, key, source, None, "", exc.reason))
                continue
            read.append((path, key, source, data, hashlib.sha256(data).hexdigest(), None))
        by_sha: dict[str, list[str]] = {}
        if not self.dry_run:
            shas = sorted({sha for _, key, _, _, sha, _ in read  # an unchanged file needs no duplicate check
                           if sha and sha not in self.seen_sha and not self._unchanged(existing.get(key), sha)})
            if shas:
                records = self.driver.execute_query(statement("loader", "documents_by_sha"), shas=shas,
                                                    database_=self.database).records
                by_sha = {r["sha256"]: r["paths"] for r in records}
        for path, key, source, data, sha, error in read:
            if data is None:
                yield FileOutcome(source=source, action="rejected", reason=error)
                continue
            prev = existing.get(key)
            if self._unchanged(prev, sha):
                try:  # a file excluded after it was loaded must go; a new or changed one is
                    # checked by its extraction (in the worker, off this thread's path)
                    check_excluded(sha, source=source, document_path=path, metadata_dir=self.metadata_dir)
                except DocumentExcluded as exc:
                    yield _Excluded(source, exc, prev)
                    continue
                except ExtractionError:
                    pass  # a broken metadata file is reported when the document is extracted
                yield FileOutcome(source=source, action="unchanged", document_id=prev["id"])
                continue
            duplicate = self.seen_sha.get(sha)
            if duplicate is None:
                duplicate = next((p for p in by_sha.get(sha, ()) if p != key), None)
            if duplicate is not None and duplicate != key:
                try:  # two copies of an excluded catalogue are both excluded, not duplicates
                    check_excluded(sha, source=source, document_path=path, metadata_dir=self.metadata_dir)
                except DocumentExcluded as exc:
                    yield _Excluded(source, exc, prev)
                    continue
                except ExtractionError:
                    pass
                yield FileOutcome(source=source, action="rejected", reason=f"same content as {duplicate}; loaded once")
                continue
            self.seen_sha[sha] = key
            yield _Candidate(path, key, source, prev, data, sha)

    def _unchanged(self, prev: dict | None, sha: str) -> bool:
        return bool(prev) and prev["sha256"] == sha and prev.get("extractor_version") == EXTRACTOR_VERSION and not self.force

    def submit(self, c: _Candidate) -> None:
        """Start extracting ``c`` on the pool (created once enough files need it), or leave it
        to be extracted in this process when its turn comes."""
        self.extracted += 1
        if self.pool is None and self.workers > 1 and self.extracted > _POOL_AFTER:
            # forkserver, not fork: a forked child would hold a copy of this process's Bolt
            # socket, so after a kill -9 of the loader the server would keep its open
            # transaction (and its locks) alive until the orphan exits.
            self.pool = ProcessPoolExecutor(max_workers=self.workers - 1, mp_context=mp.get_context("forkserver"),
                                            initializer=_die_with_loader, initargs=(os.getpid(),))
            # The files before this one wait in the window, unextracted: send them too, or
            # this process would load every language model just to extract those few.
            for waiting in self.window:
                if isinstance(waiting, _Candidate) and waiting.job is None:
                    self._send(waiting)
        if self.pool is not None:
            self._send(c)

    def _send(self, c: _Candidate) -> None:
        assert self.pool is not None
        c.job = self.pool.submit(_extract_job, c.data, c.source, c.path, self.metadata_dir)
        c.data = b""

    def document(self, c: _Candidate) -> None:
        if c.job is not None:
            doc, reason, excluded = c.job.result()
        else:
            doc, reason, excluded = _extract_job(c.data, c.source, c.path, self.metadata_dir)
        c.data = b""
        if excluded is not None:
            if self.seen_sha.get(c.sha) == c.key:
                del self.seen_sha[c.sha]  # not loaded, so a later copy is not its duplicate
            self.finish(_Excluded(c.source, excluded, c.prev))
        elif doc is None:
            self.queue(FileOutcome(source=c.source, action="rejected", reason=reason))
        elif self.dry_run or self.committer is None:
            self.write_alone(c, doc)
        else:
            self.queue(self.prepare(c, doc))

    def prepare(self, c: _Candidate, doc: ExtractedDocument) -> _Ready:
        """Place the document and build its rows. The run learns from it at once, before
        its transaction commits, so the next document can join its instrument; if its
        group is refused, :meth:`recover` replaces what was learnt with the graph's view."""
        placement = place(doc, self.known, self.manifests)
        rows = _document_rows(doc, c.key, placement, self.known)
        return _Ready(c, doc, placement, rows, self.learn(doc, placement))

    def learn(self, doc: ExtractedDocument, placement) -> dict | None:
        """Remember a placed document for the next ones, and return what is now known of its
        instrument and edition: the graph stores it with the placement, in the same
        transaction, so a rerun after a crash reads back what this run holds in memory."""
        if placement is None:
            return None
        remember(self.known, doc, placement)
        return placement_inputs(self.known, placement)

    def write_alone(self, c: _Candidate, doc: ExtractedDocument) -> None:
        """Place, learn, write in a transaction of its own: the path of a dry run, of a run
        without a writer thread, and of a refused group's documents. A document the server
        refuses is forgotten again (the graph's view is read back)."""
        placement = place(doc, self.known, self.manifests)
        rows = _document_rows(doc, c.key, placement, self.known)
        known = self.learn(doc, placement)
        try:
            action, facts, evidence = self.write(c.source, c.key, rows, c.prev, _placement_props(doc, placement), known)
        except DocumentRejected as exc:
            if known is not None:
                self.known = _known_instruments(self.driver, self.database)
            self.outcome(FileOutcome(source=c.source, action="rejected", reason=str(exc)))
            return
        self.outcome(self.written(_Ready(c, doc, placement, rows, known), action, facts, evidence))

    @staticmethod
    def written(r: _Ready, action: Action, facts: int, evidence: int) -> FileOutcome:
        p = r.placement
        return FileOutcome(
            source=r.candidate.source, action=action, document_id=r.rows.document["id"], title=r.doc.title,
            kind=r.doc.kind, facts=facts, evidence=evidence,
            placement=f"{p.instrument_id} edition {p.edition_number} ({p.method}, {p.confidence:.2f})" if p else None,
        )

    def queue(self, entry: _Entry) -> None:
        if self.committer is None:
            assert isinstance(entry, FileOutcome)
            self.outcome(entry)
            return
        self.pending.append(entry)
        self.pump()

    def pump(self, *, drain: bool = False) -> None:
        """Hand the pending documents to the writer thread as one group once the group is
        full, or once no other file is on its way (``drain``: the end of the run, or an
        excluded file's removal, which is written after everything before it); wait for
        the writer only then.

        Why full groups: Neo4j's cost per transaction and per execution of the group's
        statement is fixed, so a group of 4 costs it about a third more CPU per document
        than a group of 8. Handing over whatever was ready whenever the writer was free
        made groups of 4 on average in a bulk load, on a machine whose two cores the
        extraction, this process and Neo4j already fill.
        """
        ready = sum(isinstance(e, _Ready) for e in self.pending)
        full = drain or ready >= self.group_commit or not self._more_coming()
        if self.inflight is not None:
            if not (full or self.inflight[1].done()):
                return
            group, future = self.inflight
            self.inflight = None
            self.collect(group, future)
        if self.pending and full:
            group, self.pending = self.pending, []
            writes = [e.write() for e in group if isinstance(e, _Ready)]
            if writes:
                assert self.committer is not None and self.writer is not None
                self.inflight = (group, self.committer.submit(self.writer.write_many, writes))
            else:
                for entry in group:
                    self.outcome(entry)  # type: ignore[arg-type]
        if drain and self.inflight is not None:
            group, future = self.inflight
            self.inflight = None
            self.collect(group, future)

    def _more_coming(self) -> bool:
        """Whether a file waiting in the window will become a document to write."""
        return any(isinstance(item, _Candidate) for item in self.window)

    def collect(self, group: list[_Entry], future: Future) -> None:
        """Report a committed group in file order, or recover from a refused one."""
        try:
            written: GroupResult = future.result()
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            first = next(e.candidate.source for e in group if isinstance(e, _Ready))
            raise RunAborted(f"Neo4j became unreachable while writing {first}: {exc}") from exc
        except Neo4jError:
            self.recover(group)
            return
        self.report.nodes_created += written.nodes_created
        self.report.relationships_created += written.relationships_created
        done = iter(written.documents)
        for entry in group:
            if isinstance(entry, FileOutcome):
                self.outcome(entry)
                continue
            res = next(done)
            self.outcome(self.written(entry, "changed" if entry.candidate.prev is not None else "added",
                                      res.facts, res.evidence))

    def recover(self, group: list[_Entry]) -> None:
        """The server refused a group and rolled it back whole. Forget what the run learnt
        from it (re-read the instruments the graph holds), write its documents one
        transaction each so that only the one at fault is rejected, then place the
        pending documents again with what is now known."""
        self.known = _known_instruments(self.driver, self.database)
        for entry in group:
            if isinstance(entry, FileOutcome):
                self.outcome(entry)
            else:
                self.write_alone(entry.candidate, entry.doc)
        self.pending = [self.prepare(e.candidate, e.doc) if isinstance(e, _Ready) else e for e in self.pending]

    def documents(self, files: Iterable[tuple[Path, str, str | None]]) -> None:
        """Stream the files through screen -> extraction (pool, bounded window) -> place,
        rows, write (here, in order). Memory holds one batch of screening results and the
        window, never the corpus."""
        window = self.window
        limit = max(4, 4 * self.workers)
        if not self.dry_run:
            self.committer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pledgegraph-writer")
        try:
            for batch in _chunked(files, _SCREEN_BATCH):
                for item in self.screen(batch):
                    if isinstance(item, _Candidate):
                        self.submit(item)
                    window.append(item)
                    while len(window) > limit:
                        self.finish(window.popleft())
            while window:
                self.finish(window.popleft())
            self.pump(drain=True)
        finally:
            for item in window:
                if isinstance(item, _Candidate) and item.job is not None:
                    item.job.cancel()
            if self.inflight is not None:  # a failed run: let the open transaction end before the session closes
                wait([self.inflight[1]])
                self.inflight = None
            if self.committer is not None:
                self.committer.shutdown(wait=True)
                self.committer = None
            if self.pool is not None:
                self.pool.shutdown(wait=True, cancel_futures=True)
                self.pool = None

    def finish(self, item: _Candidate | _Excluded | FileOutcome) -> None:
        if isinstance(item, FileOutcome):
            self.queue(item)
        elif isinstance(item, _Excluded):
            if self.committer is not None:
                self.pump(drain=True)  # the removal is written here, after everything before it
            self.exclude(item)
        else:
            self.document(item)

    def exclude(self, item: _Excluded) -> None:
        """Report a file metadata excludes; remove the document an earlier run loaded from it."""
        reason, prev = item.reason, item.prev
        if prev is not None and self.dry_run:
            reason += f"; would remove its loaded document {prev['id']}"
        elif prev is not None:
            assert self.writer is not None
            try:
                self.writer.remove(prev["id"])
            except (ServiceUnavailable, SessionExpired, OSError) as exc:
                raise RunAborted(f"Neo4j became unreachable while removing {item.source}: {exc}") from exc
            except Neo4jError as exc:
                self.outcome(FileOutcome(source=item.source, action="rejected",
                                         reason=f"excluded, but removing its loaded document failed: {exc.message or exc}"))
                return
            reason += f"; removed its previously loaded document {prev['id']}"
        self.outcome(FileOutcome(source=item.source, action="excluded", reason=reason))


_SCREEN_BATCH = 256  # files whose state is read from the graph in one query
_POOL_AFTER = 8  # fewer files than this are extracted in-process (an API upload never forks)


def default_workers() -> int:
    """One process per core: this one places and writes, the others extract ahead of it."""
    return max(1, os.cpu_count() or 1)


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
    code 3); a dry run writes nothing and takes no lease.
    """
    settings = get_app_settings()
    database = database or get_neo4j_settings().database
    paths = list(paths)
    run = _Run(driver, database, dry_run=dry_run, metadata_dir=Path(metadata_dir or settings.metadata_dir),
               progress=progress, batch_size=batch_size or settings.load_batch_size, force=force,
               workers=workers or default_workers(), group_commit=group_commit or settings.load_group_commit)
    started = dt.datetime.now(dt.timezone.utc)
    names = {Path(k): v for k, v in (source_names or {}).items()}
    files = ((p, names.get(p) and f"upload:{names[p]}" or path_key(p), names.get(p)) for p in iter_document_paths(paths))
    lease = LoadLease(driver, database, run.report.run_id) if not dry_run else None
    try:
        try:
            _load(run, files, paths, lease, lease_wait)
        except Exception as exc:  # noqa: BLE001 - a bug must not leave the LoadRun 'running' nor lose the report
            _failed(run.report, exc)
        counts = run.report.count()
        run.report.totals = counts
        if run.report.exit_code == 0 and counts.get("rejected"):
            run.report.status, run.report.exit_code = "partial", 1
        run.report.finished_at = _now()
        run.report.seconds = round((dt.datetime.now(dt.timezone.utc) - started).total_seconds(), 3)
        if run.recorded:
            try:
                finish_run(driver, database, run.report.run_id, finished_at=run.report.finished_at,
                           status=run.report.status, counts=[f"{k}:{v}" for k, v in sorted(counts.items())],
                           report=run.report.model_dump_json(include={"files", "error", "totals"}), loaded=run.loaded)
            except (ServiceUnavailable, SessionExpired, Neo4jError, OSError):
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


def _load(run: _Run, files: Iterator[tuple[Path, str, str | None]], paths: list, lease: LoadLease | None,
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
                    *(f"curated:instruments/{p.name}" for p in (run.metadata_dir / "instruments").glob("*.yaml"))]
    run.known = _known_instruments(driver, database)
    with DocumentWriter(driver, database, batch_size=run.batch_size, lease=lease) as run.writer:
        run.curated(_existing(driver, database, curated_keys))
        run.documents(files)


__all__ = ["FileOutcome", "LoadReport", "load_paths", "path_key", "document_id"]
