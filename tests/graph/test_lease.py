"""The loader lease: one run at a time, a clear refusal naming the holder, takeover of a dead
holder, and no write from a run that lost it."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from graph.lease import LeaseHeld, LeaseLost, LoadLease, holder_alive, process_start
from graph.writer import DocumentWriter
from loaders.identity import place
from loaders.pipeline import extract_bytes
from graph.rows import document_rows
from tests.conftest import ROOT, graph_snapshot
from tests.loaders.test_run import STATEMENT_A

pytestmark = pytest.mark.neo4j


def _lease_nodes(driver) -> list[dict]:
    return [dict(r["l"]) for r in driver.execute_query("MATCH (l:LoadLease) RETURN l").records]


def _plant(driver, **props) -> None:
    """A lease node as another run would have left it."""
    driver.execute_query(
        "CREATE (l:LoadLease {name: 'loader'}) SET l += $props, l.acquired_at = datetime(), l.renewed_at = datetime(), "
        "l.expires_at = datetime() + duration({seconds: $ttl})",
        props={k: v for k, v in props.items() if k != "ttl"}, ttl=props.get("ttl", 600))


def _dead_pid() -> int:
    proc = subprocess.Popen([sys.executable, "-c", "pass"])
    proc.wait()
    return proc.pid


def _cli_load(folder, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "loaders.cli", "load", str(folder), "--json", *extra], cwd=ROOT,
                          env=dict(os.environ), capture_output=True, text=True, timeout=300)


def test_a_second_run_is_refused_naming_the_holder_and_exits_3(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "rivers.txt").write_text(STATEMENT_A, encoding="utf-8")
    holder = LoadLease(clean_graph, neo4j_settings.database, "run-holding-it")
    holder.acquire()
    try:
        before = graph_snapshot(clean_graph, include_runs=True)
        result = _cli_load(tmp_path)
        assert result.returncode == 3, result.stderr
        assert "run-holding-it" in result.stderr and f"pid {os.getpid()}" in result.stderr
        assert "--wait" in result.stderr
        assert graph_snapshot(clean_graph, include_runs=True) == before, "a refused run reads and writes nothing"
    finally:
        holder.release()
    assert _lease_nodes(clean_graph) == []
    result = _cli_load(tmp_path)
    assert result.returncode == 0, result.stderr
    assert _lease_nodes(clean_graph) == [], "a finished run deletes its lease"


def test_a_waiting_run_takes_the_lease_once_the_holder_releases_it(clean_graph, neo4j_settings):
    holder = LoadLease(clean_graph, neo4j_settings.database, "run-first")
    holder.acquire()
    second = LoadLease(clean_graph, neo4j_settings.database, "run-second")
    with pytest.raises(LeaseHeld, match="run-first"):
        second.acquire(wait=0.5)
    import threading

    threading.Timer(1.0, holder.release).start()
    second.acquire(wait=30)
    assert [n["holder"] for n in _lease_nodes(clean_graph)] == ["run-second"]
    second.release()
    assert _lease_nodes(clean_graph) == []


def test_the_lease_of_a_killed_run_on_this_host_is_taken_over_at_once(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "rivers.txt").write_text(STATEMENT_A, encoding="utf-8")
    _plant(clean_graph, holder="run-killed", host=socket.gethostname(), pid=_dead_pid(), ttl=3600)
    result = _cli_load(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "took over the loader lease of a dead run: run-killed" in result.stderr
    assert _lease_nodes(clean_graph) == []


def test_the_load_run_of_a_dead_holder_ends_failed_when_its_lease_is_taken_over(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "rivers.txt").write_text(STATEMENT_A, encoding="utf-8")
    clean_graph.execute_query("CREATE (:LoadRun {id: 'run-killed', status: 'running', started_at: datetime()}), "
                              "(:LoadRun {id: 'run-done', status: 'finished', started_at: datetime()})")
    _plant(clean_graph, holder="run-killed", host=socket.gethostname(), pid=_dead_pid(), ttl=3600)
    assert _cli_load(tmp_path).returncode == 0
    runs = {r["id"]: r for r in clean_graph.execute_query(
        "MATCH (r:LoadRun) RETURN r.id AS id, r.status AS status, r.report AS report, r.finished_at AS finished").records}
    assert runs["run-killed"]["status"] == "failed" and runs["run-killed"]["finished"] is not None
    assert "interrupted" in runs["run-killed"]["report"] and "taken over" in runs["run-killed"]["report"]
    assert runs["run-done"]["status"] == "finished"
    assert not [r for r in runs.values() if r["status"] == "running"]


def test_an_expired_lease_of_another_host_is_taken_over_a_live_one_is_not(clean_graph, neo4j_settings):
    _plant(clean_graph, holder="run-elsewhere", host="another-host", pid=1, ttl=3600)
    lease = LoadLease(clean_graph, neo4j_settings.database, "run-here")
    with pytest.raises(LeaseHeld, match="run-elsewhere .host another-host"):
        lease.acquire()
    clean_graph.execute_query("MATCH (l:LoadLease) SET l.expires_at = datetime() - duration({seconds: 1})")
    lease.acquire()
    assert lease.took_over is not None and lease.took_over.run_id == "run-elsewhere"
    lease.release()


def test_a_reused_pid_is_not_mistaken_for_the_holder():
    me = os.getpid()
    assert holder_alive(socket.gethostname(), me, process_start(me))
    assert not holder_alive(socket.gethostname(), me, "1")  # same pid, another start time: the holder is gone
    assert not holder_alive(socket.gethostname(), _dead_pid(), None)
    assert holder_alive("another-host", _dead_pid(), None), "a process of another host cannot be seen dead"


def test_a_run_that_lost_its_lease_writes_nothing(clean_graph, neo4j_settings, tmp_path):
    path = tmp_path / "rivers.txt"
    path.write_text(STATEMENT_A, encoding="utf-8")
    doc = extract_bytes(path.read_bytes(), source=str(path), document_path=path)
    placement = place(doc, {})
    rows = document_rows(doc, str(path), placement)
    lease = LoadLease(clean_graph, neo4j_settings.database, "run-stalled")
    lease.acquire()
    # Another run took it over while this one stalled (as after its expiry).
    clean_graph.execute_query("MATCH (l:LoadLease) SET l.holder = 'run-newer'")
    before = graph_snapshot(clean_graph)
    with DocumentWriter(clean_graph, neo4j_settings.database, lease=lease) as writer:
        with pytest.raises(LeaseLost, match="run-stalled lost the loader lease"):
            writer.write(rows, replace=False)
    assert graph_snapshot(clean_graph) == before
    lease.release()
    assert [n["holder"] for n in _lease_nodes(clean_graph)] == ["run-newer"], "release leaves another run's lease alone"


def test_runs_taking_and_releasing_the_lease_at_once_never_hold_it_together(clean_graph, neo4j_settings):
    """Four runs, five turns each, taking the lease as soon as it is released (the node is
    deleted under the waiters' feet each time): never two holders at once, never a turn lost."""
    import threading

    inside, turns, errors = [], [], []
    guard = threading.Lock()

    def run(n: int) -> None:
        for turn in range(5):
            lease = LoadLease(clean_graph, neo4j_settings.database, f"run-{n}-{turn}")
            try:
                lease.acquire(wait=120)
                with guard:
                    inside.append(n)
                    overlap = len(inside)
                holders = [x["holder"] for x in _lease_nodes(clean_graph)]
                if overlap != 1 or holders != [lease.run_id]:
                    errors.append((lease.run_id, overlap, holders))
                with guard:
                    inside.remove(n)
                    turns.append(lease.run_id)
            except Exception as exc:  # noqa: BLE001 - reported below
                errors.append((n, turn, repr(exc)))
            finally:
                lease.release()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    assert len(turns) == 20
    assert _lease_nodes(clean_graph) == []
