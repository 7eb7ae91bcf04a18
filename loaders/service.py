"""The loaders' one public entry for callers outside ``loaders/`` (the API).

An upload is loaded as the CLI loads a folder: by :func:`loaders.run.load_paths`, through
a driver of its own opened with the CLI's settings, so a transient error is retried for
``NEO4J_MAX_TRANSACTION_RETRY_TIME`` (15 s) rather than failing at once as the API's
read driver does (its retry time is 0, so a slow read never holds a request). Uploads
wait in a queue served by one thread, off the request path: the request is answered with
the run's id at once, and the run's state is asked for by that id. The format check and
the metadata sidecar format are the readers' and the metadata module's, and a state's
name is read by the names' resolver, named here so the API needs nothing else of ``loaders``.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal, Protocol

from core.settings import get_neo4j_settings
from graph.driver import open_driver
from loaders.metadata import SIDECAR_SUFFIX, DocumentMetadata, MetadataError, parse_yaml_text
from loaders.names.resolve import resolve_state
from loaders.readers.detect import detect_format
from loaders.report import LoadReport, new_run_id

__all__ = ["SIDECAR_SUFFIX", "DocumentMetadata", "MetadataError", "parse_yaml_text", "detect_format",
           "LoadReport", "load_upload", "UploadQueue", "UploadState", "upload_queue", "resolve_state"]

KEEP_STATES = 1000  # finished uploads whose state can still be asked for


def load_upload(path: Path, name: str, *, database: str | None = None, dry_run: bool = False,
                lease_wait: float = 0.0, run_id: str | None = None) -> LoadReport:
    """Load one uploaded file under the name it was sent as (a changed version uploaded
    under the same name replaces the earlier one). Blocking: :class:`UploadQueue` calls it."""
    from loaders.run import load_paths  # the loader is heavy; imported on first upload only

    settings = get_neo4j_settings()
    driver = open_driver(settings, verify=False)
    try:
        return load_paths([path], driver=driver, database=database or settings.database, dry_run=dry_run,
                          source_names={path: name}, lease_wait=lease_wait, run_id=run_id)
    finally:
        driver.close()


class _Folder(Protocol):
    """Where the upload waits (a ``tempfile.TemporaryDirectory``): removed once it is loaded."""

    def cleanup(self) -> None: ...


@dataclass
class UploadState:
    """An upload's run: ``queued``, ``running``, then ``done`` (its report says what was
    loaded or rejected) or ``failed`` (the run could not go on: ``error`` says why)."""

    run_id: str
    filename: str
    dry_run: bool
    state: Literal["queued", "running", "done", "failed"] = "queued"
    report: dict[str, Any] | None = None
    error: str | None = None
    exit_code: int | None = None
    extra: dict[str, Any] = field(default_factory=dict)


class UploadQueue:
    """Uploads loaded one after another by one thread, in the order they came."""

    def __init__(self) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pledgegraph-upload")
        self._states: OrderedDict[str, UploadState] = OrderedDict()
        self._lock = threading.Lock()

    def submit(self, folder: _Folder, path: Path, name: str, *, database: str | None, dry_run: bool,
               lease_wait: float) -> UploadState:
        """Queue ``path`` (inside ``folder``, which the queue now owns); returns its state."""
        state = UploadState(run_id=new_run_id(), filename=name, dry_run=dry_run)
        with self._lock:
            self._states[state.run_id] = state
            while len(self._states) > KEEP_STATES:
                self._states.popitem(last=False)
        self._pool.submit(self._run, state, folder, path, database, lease_wait)
        return state

    def state(self, run_id: str) -> UploadState | None:
        with self._lock:
            return self._states.get(run_id)

    def _run(self, state: UploadState, folder: _Folder, path: Path, database: str | None, lease_wait: float) -> None:
        state.state = "running"
        try:
            report = load_upload(path, state.filename, database=database, dry_run=state.dry_run,
                                 lease_wait=lease_wait, run_id=state.run_id)
            state.report = report.model_dump(mode="json")
            state.exit_code, state.error = report.exit_code, report.error
            state.state = "failed" if report.exit_code in (2, 3) else "done"
        except Exception as exc:  # noqa: BLE001 - the sender asks for the state; it must say why
            state.state, state.error = "failed", f"internal error: {type(exc).__name__}: {exc}"
        finally:
            folder.cleanup()


@lru_cache(maxsize=1)
def upload_queue() -> UploadQueue:
    """The process's one queue (created on first upload)."""
    return UploadQueue()
