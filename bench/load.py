"""Loading: ``load_paths`` end to end, in a child process so its peak memory is its own.

    python -m bench.load DOCS        # one load run against the bench server; prints JSON

The parent (:func:`run_load_phases`) runs a first load into an empty graph, a rerun with
nothing changed, and a rerun after 1% of the files changed (appended text, restored
afterwards). Peak RSS is the loader process's own (VmHWM) and, separately, its largest
extraction worker's: the workers are started by a forkserver, so they are not this
process's children for ``ru_maxrss``; a sampling thread reads their VmHWM instead.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import threading
import time
from pathlib import Path

import psutil

from bench.server import ROOT, client_env


def peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM). Not ru_maxrss: Linux carries that across
    fork and exec, so a child started by a large parent reports the parent's size."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


class DescendantPeak(threading.Thread):
    """The largest VmHWM among this process's descendants (forkserver and its workers),
    sampled twice a second until stopped."""

    def __init__(self) -> None:
        super().__init__(daemon=True)
        self.peak_mb = 0.0
        self._stop_event = threading.Event()

    def run(self) -> None:
        me = psutil.Process()
        while not self._stop_event.wait(0.5):
            for proc in me.children(recursive=True):
                try:
                    self.peak_mb = max(self.peak_mb, _hwm_mb(proc.pid))
                except (OSError, psutil.Error):
                    pass  # exited between the listing and the read

    def stop(self) -> float:
        self._stop_event.set()
        self.join()
        return round(self.peak_mb, 1)


def child(docs: Path) -> dict:
    from graph.driver import open_driver
    from core.settings import get_neo4j_settings
    from loaders.run import load_paths

    driver = open_driver(get_neo4j_settings())
    workers = DescendantPeak()
    workers.start()
    start = time.perf_counter()
    report = load_paths([docs], driver=driver)
    seconds = time.perf_counter() - start
    worker_peak = workers.stop()
    driver.close()
    counts = report.count()
    return {
        "seconds": round(seconds, 2), "files": sum(counts.values()), "counts": counts,
        "nodes_created": report.nodes_created, "relationships_created": report.relationships_created,
        "peak_rss_mb": peak_rss_mb(),
        "worker_peak_rss_mb": worker_peak,
        "rejected": [f.model_dump() for f in report.files if f.action == "rejected"][:5],
        "error": report.error,
    }


def load_once(docs: Path) -> dict:
    out = subprocess.run([sys.executable, "-m", "bench.load", str(docs)], cwd=ROOT, env=client_env(),
                         capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(f"load run failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def change_one_percent(docs: Path) -> dict[Path, bytes]:
    """Append a sentence to every 100th text or HTML file; returns the originals to restore."""
    originals: dict[Path, bytes] = {}
    files = sorted(p for p in docs.iterdir() if p.suffix in (".txt", ".html"))
    wanted = max(1, sum(1 for _ in docs.iterdir()) // 100)
    for path in files[:: max(1, len(files) // wanted)][:wanted]:
        data = path.read_bytes()
        originals[path] = data
        addendum = "\n\nThis statement was updated on 1 December 2025.\n"
        if path.suffix == ".html":
            path.write_bytes(data.replace(b"</article>", b"<p>" + addendum.strip().encode() + b"</p></article>"))
        else:
            path.write_bytes(data + addendum.encode())
    return originals


def run_load_phases(docs: Path) -> dict:
    first = load_once(docs)
    rerun = load_once(docs)
    originals = change_one_percent(docs)
    try:
        changed = load_once(docs)
    finally:
        for path, data in originals.items():
            path.write_bytes(data)
    for phase in (first, rerun, changed):
        phase["docs_per_s"] = round(phase["files"] / phase["seconds"], 1)
    first["relationships_per_s"] = round(first["relationships_created"] / first["seconds"], 1)
    changed["changed_files"] = len(originals)
    return {"first": first, "rerun_unchanged": rerun, "rerun_1pct_changed": changed}


if __name__ == "__main__":
    print(json.dumps(child(Path(sys.argv[1]))))
