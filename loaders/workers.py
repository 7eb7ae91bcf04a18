"""The extraction pool's workers: what runs in them, and how they die with their loader.

Extraction is CPU-bound and the loader's own process places and writes, so the files
ahead of it are extracted in worker processes; a worker must never outlive a loader
killed with SIGKILL (it would hold nothing the run needs, and spin).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading
import time
from pathlib import Path

from core.errors import DocumentExcluded, ExtractionError
from core.model import ExtractedDocument
from loaders.pipeline import extract_bytes

POOL_AFTER = 8  # fewer files than this are extracted in-process (an API upload never forks)


def extract_job(data: bytes, source: str, path: Path,
                 metadata_dir: Path) -> tuple[ExtractedDocument | None, str | None, DocumentExcluded | None]:
    """Runs in a pool worker: an expected refusal comes back as a value, not as the future's
    exception, so the loader reads one shape of answer whether it extracted here or there."""
    try:
        return extract_bytes(data, source=source, document_path=path, metadata_dir=metadata_dir), None, None
    except DocumentExcluded as exc:
        return None, None, exc
    except ExtractionError as exc:
        return None, exc.reason, None


_PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_loader(loader_pid: int) -> None:
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



def default_workers() -> int:
    """One process per core: this one places and writes, the others extract ahead of it."""
    return max(1, os.cpu_count() or 1)
