"""Scheduling and writing of a load run: screen, extract ahead, place, group, commit.

Writing overlaps the work on the next documents: a writer thread commits one group of
whole documents while this thread places the next ones. A group is full
(``PLEDGEGRAPH_LOAD_GROUP_COMMIT`` documents) unless no other file is on its way: the
last documents of a run, or those before an excluded file's removal. If the server
refuses a group, it was rolled back whole; the run re-reads what the graph holds and
writes that group's documents one transaction each, so only the document at fault is
rejected.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor, wait
from pathlib import Path

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from core.errors import DocumentExcluded, ExtractionError
from core.model import ExtractedDocument, InstrumentManifest, Placement
from graph.rows import DocumentRows, document_rows
from graph.run_record import run_progress
from graph.writer import DocumentWrite, DocumentWriter, GroupResult
from loaders.curated import curated_files
from loaders.identity import place, reported_editions
from loaders.known_instruments import KnownInstruments, placement_inputs, remember
from loaders.stored_instruments import StoredInstruments
from loaders.report import (
    Action,
    DocumentRejected,
    FileOutcome,
    LoadReport,
    ProgressCallback,
    RunAborted,
    new_run_id,
    now,
)
from loaders.run_progress import NOTABLE_IN_GRAPH, RunProgress
from loaders.screening import SCREEN_BATCH, Candidate, Excluded, Screener, chunked
from loaders.workers import POOL_AFTER, die_with_loader, extract_job


def _document_rows(doc: ExtractedDocument, key: str, placement: Placement | None,
                   known: KnownInstruments) -> DocumentRows:
    """Rows for one document; statements it only reports point at the edition they speak
    of when the run knows it (``reported_editions``)."""
    editions = reported_editions(doc, known)
    return document_rows(doc, key, placement, editions) if editions else document_rows(doc, key, placement)


def known_instruments(driver: neo4j.Driver, database: str) -> StoredInstruments:
    """What placement knew when the last run stopped (:func:`graph.loader_reads.known_instruments`):
    every edition indexed, the details of a bounded number of instruments in memory."""
    return StoredInstruments(driver, database).load()


def placement_props(doc: ExtractedDocument, placement) -> dict | None:
    if placement is None:
        return None
    return {
        "instrument_id": placement.instrument_id, "edition_id": f"{placement.instrument_id}#{placement.edition_number}",
        "method": placement.method, "confidence": placement.confidence, "detail": placement.detail,
        "decided_at": now(), "extractor_version": doc.extractor_version,
    }


class _Ready:
    """A document extracted, placed and turned into rows, waiting for its transaction."""

    __slots__ = ("candidate", "doc", "placement", "rows", "known")

    def __init__(self, candidate: Candidate, doc: ExtractedDocument, placement, rows, known: dict | None = None):
        self.candidate, self.doc, self.placement, self.rows, self.known = candidate, doc, placement, rows, known

    def write(self) -> DocumentWrite:
        return DocumentWrite(self.rows, replace=self.candidate.prev is not None,
                             placement=placement_props(self.doc, self.placement), known=self.known)


_Entry = _Ready | FileOutcome  # what waits for the writer, in file order


class Run:
    """One load run's state: the extraction window and pool, what placement knows, the
    documents waiting for the writer thread and the group it is committing."""

    def __init__(self, driver: neo4j.Driver, database: str, *, dry_run: bool, metadata_dir: Path,
                 progress: ProgressCallback | None, batch_size: int, force: bool = False, workers: int = 1,
                 group_commit: int = 1, run_id: str | None = None):
        self.driver, self.database, self.dry_run, self.force = driver, database, dry_run, force
        self.metadata_dir, self.progress, self.batch_size, self.workers = metadata_dir, progress, batch_size, workers
        self.group_commit = max(1, group_commit)
        self.report = LoadReport(run_id=run_id or new_run_id(), started_at=now(), dry_run=dry_run)
        self.recorded = False  # whether its LoadRun node was written (it must then be finished)
        self.progress_log = RunProgress(self)  # outcomes not yet written to the LoadRun node
        self.screener = Screener(driver, database, dry_run=dry_run, force=force, metadata_dir=metadata_dir)
        self.known = KnownInstruments()
        self.manifests: dict[str, InstrumentManifest] = {}
        self.writer: DocumentWriter | None = None
        self.pool: ProcessPoolExecutor | None = None
        self.extracted = 0
        self.pending: list[_Entry] = []  # placed, waiting to be handed to the writer thread
        self.inflight: tuple[list[_Entry], Future] | None = None  # the group being committed
        self.committer: ThreadPoolExecutor | None = None
        self.window: deque[Candidate | Excluded | FileOutcome] = deque()  # screened, waiting for their turn

    def outcome(self, o: FileOutcome) -> None:
        """Report one file: counted (and listed while there is room) in the report, handed to
        the progress callback, and on its way to the LoadRun node (:class:`RunProgress`)."""
        self.report.add(o)
        self.progress_log.add(o)
        if self.progress:
            self.progress(o)

    def record_progress(self, counts: list[str], loaded: list[dict[str, str]], notable: list[str]) -> None:
        """Write a batch of outcomes to the run's LoadRun node (nothing for a run not recorded:
        a dry run)."""
        if not self.recorded:
            return
        try:
            run_progress(self.driver, self.database, self.report.run_id, counts=counts, loaded=loaded,
                         notable=notable, notable_limit=NOTABLE_IN_GRAPH)
        except (ServiceUnavailable, SessionExpired, OSError) as exc:
            raise RunAborted(f"Neo4j became unreachable while recording the run's progress: {exc}") from exc

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

    def screen(self, batch: list[tuple[Path, str, str | None]]) -> Iterator[Candidate | Excluded | FileOutcome]:
        return self.screener.screen(batch)

    def submit(self, c: Candidate) -> None:
        """Start extracting ``c`` on the pool (created once enough files need it), or leave it
        to be extracted in this process when its turn comes."""
        self.extracted += 1
        if self.pool is None and self.workers > 1 and self.extracted > POOL_AFTER:
            # forkserver, not fork: a forked child would hold a copy of this process's Bolt
            # socket, so after a kill -9 of the loader the server would keep its open
            # transaction (and its locks) alive until the orphan exits.
            self.pool = ProcessPoolExecutor(max_workers=self.workers - 1, mp_context=mp.get_context("forkserver"),
                                            initializer=die_with_loader, initargs=(os.getpid(),))
            # The files before this one wait in the window, unextracted: send them too, or
            # this process would load every language model just to extract those few.
            for waiting in self.window:
                if isinstance(waiting, Candidate) and waiting.job is None:
                    self._send(waiting)
        if self.pool is not None:
            self._send(c)

    def _send(self, c: Candidate) -> None:
        assert self.pool is not None
        c.job = self.pool.submit(extract_job, c.data, c.source, c.path, self.metadata_dir)
        c.data = b""

    def document(self, c: Candidate) -> None:
        if c.job is not None:
            doc, reason, excluded = c.job.result()
        else:
            doc, reason, excluded = extract_job(c.data, c.source, c.path, self.metadata_dir)
        c.data = b""
        if excluded is not None:
            if self.screener.seen_sha.get(c.sha) == c.key:
                del self.screener.seen_sha[c.sha]  # not loaded, so a later copy is not its duplicate
            self.finish(Excluded(c.source, excluded, c.prev))
        elif doc is None:
            self.queue(FileOutcome(source=c.source, action="rejected", reason=reason))
        elif self.dry_run or self.committer is None:
            self.write_alone(c, doc)
        else:
            self.queue(self.prepare(c, doc))

    def prepare(self, c: Candidate, doc: ExtractedDocument) -> _Ready:
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
        self.known.pin(placement.instrument_id)  # kept in memory until its transaction commits
        remember(self.known, doc, placement)
        return placement_inputs(self.known, placement)

    def write_alone(self, c: Candidate, doc: ExtractedDocument) -> None:
        """Place, learn, write in a transaction of its own: the path of a dry run, of a run
        without a writer thread, and of a refused group's documents. A document the server
        refuses is forgotten again (the graph's view is read back)."""
        placement = place(doc, self.known, self.manifests)
        rows = _document_rows(doc, c.key, placement, self.known)
        known = self.learn(doc, placement)
        try:
            action, facts, evidence = self.write(c.source, c.key, rows, c.prev, placement_props(doc, placement), known)
        except DocumentRejected as exc:
            if known is not None:
                self.known = known_instruments(self.driver, self.database)
            self.outcome(FileOutcome(source=c.source, action="rejected", reason=str(exc)))
            return
        if placement is not None and not self.dry_run:
            self.known.settle(placement.instrument_id)
        self.outcome(self.written(_Ready(c, doc, placement, rows, known), action, facts, evidence))

    @staticmethod
    def written(r: _Ready, action: Action, facts: int, evidence: int) -> FileOutcome:
        p = r.placement
        return FileOutcome(
            source=r.candidate.source, action=action, document_id=r.rows.document["id"], title=r.doc.title,
            kind=r.doc.kind, facts=facts, evidence=evidence, warnings=len(r.doc.warnings),
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
        statement is fixed, so small groups cost more CPU per document; handing over
        whatever was ready whenever the writer was free made small groups in a bulk load
        (figures: bench/NOTES.md).
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
        return any(isinstance(item, Candidate) for item in self.window)

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
            if entry.placement is not None:
                self.known.settle(entry.placement.instrument_id)
            self.outcome(self.written(entry, "changed" if entry.candidate.prev is not None else "added",
                                      res.facts, res.evidence))

    def recover(self, group: list[_Entry]) -> None:
        """The server refused a group and rolled it back whole. Forget what the run learnt
        from it (re-read the instruments the graph holds), write its documents one
        transaction each so that only the one at fault is rejected, then place the
        pending documents again with what is now known."""
        self.known = known_instruments(self.driver, self.database)
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
            for batch in chunked(files, SCREEN_BATCH):
                for item in self.screen(batch):
                    if isinstance(item, Candidate):
                        self.submit(item)
                    window.append(item)
                    while len(window) > limit:
                        self.finish(window.popleft())
            while window:
                self.finish(window.popleft())
            self.pump(drain=True)
        finally:
            for item in window:
                if isinstance(item, Candidate) and item.job is not None:
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

    def finish(self, item: Candidate | Excluded | FileOutcome) -> None:
        if isinstance(item, FileOutcome):
            self.queue(item)
        elif isinstance(item, Excluded):
            if self.committer is not None:
                self.pump(drain=True)  # the removal is written here, after everything before it
            self.exclude(item)
        else:
            self.document(item)

    def exclude(self, item: Excluded) -> None:
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

