"""Faults during a load: the loader killed with SIGKILL (its graph, and its extraction
workers), Neo4j stopped under a load and under API traffic.

Each scenario ends with a rerun, and the final graph must equal the fault-free load of
the same folder (``reference_load``): no partial document, no duplicate, nothing lost.
Neo4j is stopped and started through scripts/neo4j.sh on the test server only
(``run_neo4j_script``), so these tests cannot run against an external server.
"""

from __future__ import annotations

import os
import signal
import threading
import time

import httpx
import psutil
import pytest

from tests.conftest import run_neo4j_script, wipe_graph
from tests.reliability.conftest import (
    RESUMED_VOLATILE,     count_documents, evidence_per_document, run_loader, snapshot_diff, stable_snapshot, start_loader,
)

pytestmark = [pytest.mark.neo4j, pytest.mark.slow,
              pytest.mark.skipif(bool(os.environ.get("PLEDGEGRAPH_TEST_NEO4J_URI")), reason="stops the test server")]
API_PATHS = ["/states", "/instruments", "/documents?limit=5", "/search?q=export", "/states/FR"]


def _wait_for_documents(driver, at_least: int, proc, timeout: float = 300) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        n = count_documents(driver)
        if n >= at_least:
            return n
        assert proc.poll() is None, "the loader finished before the fault could be injected"
        time.sleep(0.05)
    raise AssertionError(f"fewer than {at_least} documents loaded in {timeout} s")


def _no_partial_document(driver, reference) -> None:
    """Every document in the graph has all of its evidence (the transaction wrote all or nothing)."""
    present = evidence_per_document(driver)
    partial = {d: (n, reference.evidence.get(d)) for d, n in present.items() if reference.evidence.get(d) != n}
    assert not partial, f"documents with missing or extra evidence after the fault: {partial}"


def test_kill_9_mid_run_then_rerun_gives_the_fault_free_graph(neo4j_driver, neo4j_settings, reference_load, tmp_path, figures):
    wipe_graph(neo4j_driver, neo4j_settings.database)
    proc = start_loader(neo4j_settings, reference_load.folder, log=tmp_path / "killed")
    loaded = _wait_for_documents(neo4j_driver, reference_load.documents // 3, proc)
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    before_rerun = count_documents(neo4j_driver)
    _no_partial_document(neo4j_driver, reference_load)
    stuck = neo4j_driver.execute_query("MATCH (r:LoadRun {status: 'running'}) RETURN count(r) AS n").records[0]["n"]
    assert stuck == 1, "the killed run stays visible as running"

    code, report, stderr = run_loader(neo4j_settings, reference_load.folder, log=tmp_path / "rerun")
    assert code == 0, stderr[-3000:]
    actions = report["totals"]
    assert actions.get("unchanged", 0) >= before_rerun and actions.get("added", 0) >= reference_load.documents - before_rerun
    actual = stable_snapshot(neo4j_driver, volatile=RESUMED_VOLATILE)
    assert actual == reference_load.snapshot, snapshot_diff(reference_load.snapshot, actual)
    figures["fault_kill_9"] = {"documents": reference_load.documents, "killed_after": before_rerun,
                               "partial_documents": 0, "duplicates": 0, "graph_identical_to_fault_free": True}


def test_kill_9_of_the_loader_leaves_no_extraction_worker(neo4j_driver, neo4j_settings, generated_corpus, tmp_path, figures):
    """Its workers (and the pool's forkserver) die with it: each watches for its parent's
    death, since a worker holding both ends of its own pipes never sees them close."""
    wipe_graph(neo4j_driver, neo4j_settings.database)
    proc = start_loader(neo4j_settings, generated_corpus, log=tmp_path / "orphans")
    loader = psutil.Process(proc.pid)
    deadline = time.monotonic() + 120
    children: list[psutil.Process] = []
    while time.monotonic() < deadline:
        assert proc.poll() is None, "the loader finished before its workers could be seen"
        children = loader.children(recursive=True)
        workers = [c for c in children if _parent(c) not in (None, proc.pid)]  # forked by the pool's forkserver
        if workers and count_documents(neo4j_driver) > 0:
            break
        time.sleep(0.05)
    assert workers, "no extraction worker was started"
    os.kill(proc.pid, signal.SIGKILL)
    killed_at = time.monotonic()
    assert proc.wait(timeout=30) == -signal.SIGKILL
    _, alive = psutil.wait_procs(children, timeout=5)
    alive = [p for p in alive if _running(p)]
    gone_after = time.monotonic() - killed_at
    assert not alive, [(p.pid, _cmdline(p)) for p in alive]
    for p in children:  # clean up if the test fails on a later line
        if _running(p):
            p.kill()
    figures["fault_kill_9_workers"] = {"processes_under_the_loader": len(children), "workers": len(workers),
                                       "left_after_kill": 0, "all_gone_within_s": round(gone_after, 2)}


def _cmdline(p: psutil.Process) -> str:
    try:
        return " ".join(p.cmdline())
    except psutil.Error:
        return "?"


def _parent(p: psutil.Process) -> int | None:
    try:
        return p.ppid()
    except psutil.Error:
        return None


def _running(p: psutil.Process) -> bool:
    try:
        return p.is_running() and p.status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


class Traffic:
    """Clients hitting the API in a loop; every response's status, latency and time is kept."""

    def __init__(self, url: str, clients: int = 8):
        self.url, self.stop_flag, self.samples = url, threading.Event(), []
        self.threads = [threading.Thread(target=self._run, args=(i,), daemon=True) for i in range(clients)]
        for t in self.threads:
            t.start()

    def _run(self, i: int) -> None:
        with httpx.Client(base_url=self.url, timeout=10) as client:
            n = i
            while not self.stop_flag.is_set():
                path = API_PATHS[n % len(API_PATHS)]
                n += 1
                started = time.monotonic()
                try:
                    status = client.get(path).status_code
                except httpx.HTTPError:
                    status = 0
                self.samples.append((started, status, time.monotonic() - started))
                time.sleep(0.02)

    def stop(self) -> None:
        self.stop_flag.set()
        for t in self.threads:
            t.join(timeout=15)


def test_neo4j_stopped_mid_load_and_under_api_traffic(neo4j_driver, neo4j_settings, reference_load, api_server, tmp_path, figures):
    """One stop/start of Neo4j serves two scenarios: the loader exits 2 and a rerun completes; the
    API answers 503 fast while Neo4j is down and 200 after, in the same process.

    Extends tests/api/test_resilience.py (in-process TestClient, one request at a time) with
    a real uvicorn process under concurrent traffic.
    """
    wipe_graph(neo4j_driver, neo4j_settings.database)
    api_pid = api_server.pid
    traffic = Traffic(api_server.url)
    proc = start_loader(neo4j_settings, reference_load.folder, log=tmp_path / "cut")
    _wait_for_documents(neo4j_driver, reference_load.documents // 3, proc)
    stopped_at = time.monotonic()
    stop = run_neo4j_script("stop")
    assert stop.returncode == 0, stop.stderr
    down_from = time.monotonic()
    try:
        code = proc.wait(timeout=120)
        stderr = (tmp_path / "cut.err").read_text()
        assert code == 2, stderr[-3000:]
        assert "Neo4j" in stderr and "unreachable" in stderr.lower() or "cannot reach" in stderr.lower(), stderr[-2000:]
        assert "Traceback" not in stderr
        time.sleep(1.0)
    finally:
        down_until = time.monotonic()
        start = run_neo4j_script("start")
        assert start.returncode == 0, start.stderr
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and httpx.get(api_server.url + "/states", timeout=5).status_code != 200:
        time.sleep(0.2)
    back_at = time.monotonic()
    time.sleep(2)
    traffic.stop()

    during = [(s, lat) for t, s, lat in traffic.samples if down_from <= t and t + lat <= down_until]
    after = [s for t, s, _ in traffic.samples if t >= back_at]
    assert during and {s for s, _ in during} == {503}, sorted({s for s, _ in during})
    assert max(lat for _, lat in during) < 1.0
    assert after and set(after) == {200}, sorted(set(after))
    assert api_server.proc.poll() is None and api_server.pid == api_pid, "the API process was not restarted"

    code, report, stderr = run_loader(neo4j_settings, reference_load.folder, log=tmp_path / "rerun")
    assert code == 0, stderr[-3000:]
    actual = stable_snapshot(neo4j_driver, volatile=RESUMED_VOLATILE)
    assert actual == reference_load.snapshot, snapshot_diff(reference_load.snapshot, actual)
    figures["fault_neo4j_stopped"] = {
        "loader_exit_code": 2, "rerun_exit_code": 0, "graph_identical_to_fault_free": True,
        "api_requests_while_down": len(during), "api_503_while_down": len(during),
        "api_max_latency_while_down_s": round(max(lat for _, lat in during), 3),
        "api_requests_after_restart": len(after), "api_restarted": False,
        "neo4j_down_seconds": round(down_until - stopped_at, 1),
    }
