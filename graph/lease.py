"""One loader at a time: a lease in the graph that a killed loader cannot keep.

Two load runs at once each place documents from what they read, then write: their
placements interleave, and the graph ends with documents in two editions and facts
written twice. So a run takes the lease (a single ``:LoadLease`` node, unique by name,
taken with ``MERGE`` under its constraint and a write lock) before it reads anything,
holds it while it writes, and deletes it at the end.

Every write transaction of the run first checks and renews the lease under the same lock
(:meth:`LoadLease.hold`, the fence), so a run that lost it (it stalled past its expiry and
another run took over) has its next write refused, never committed beside the other's.
A heartbeat thread renews it between writes. A lease whose holder is dead is taken over:
expired on the server's clock, or held by a process of this host that no longer exists
(``kill -9``), so a killed loader never blocks the next one for longer than the expiry.
"""

from __future__ import annotations

import json
import os
import socket
import threading
import time
from dataclasses import dataclass
from typing import Any

import neo4j
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired

from graph.cypher_files import statement
from core.errors import PledgegraphError

NAME = "loader"
DEFAULT_TTL_SECONDS = 60.0  # a live holder renews every TTL/4; a dead one on another host blocks this long
POLL_SECONDS = 1.0


class LeaseHeld(PledgegraphError):
    """Another live run holds the lease; ``holder`` describes it."""

    def __init__(self, holder: "Holder"):
        super().__init__(f"another load run holds the loader lease: {holder.describe()}")
        self.holder = holder


class LeaseLost(PledgegraphError):
    """This run's lease was taken over (it had expired): its writes stop here, uncommitted."""


@dataclass(frozen=True)
class Holder:
    run_id: str
    host: str | None
    pid: int | None
    acquired_at: str | None
    renewed_at: str | None
    expires_at: str | None

    def describe(self) -> str:
        return (f"{self.run_id} (host {self.host}, pid {self.pid}, since {self.acquired_at}, "
                f"renewed {self.renewed_at}, expires {self.expires_at} unless renewed)")


def _when(value: Any) -> str | None:
    """A server datetime as ISO text to the second, UTC."""
    return value.to_native().isoformat(timespec="seconds") if value is not None else None


def process_start(pid: int) -> str | None:
    """When ``pid`` started (clock ticks since boot, from /proc), to tell a reused pid from
    the holder; None where /proc is not there."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as f:
            stat = f.read()
    except OSError:
        return None
    return stat[stat.rindex(b")") + 2:].split()[19].decode()


def holder_alive(host: str | None, pid: int | None, started: str | None) -> bool:
    """Whether the holder process may still run: only a process of this host can be seen dead."""
    if host != socket.gethostname() or pid is None:
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return started is None or process_start(pid) in (None, started)


class LoadLease:
    """The lease of one load run: :meth:`acquire`, then :meth:`hold` in each write
    transaction (the writer does it), then :meth:`release`. Use as a context manager
    after :meth:`acquire`."""

    def __init__(self, driver: neo4j.Driver, database: str, run_id: str, *, ttl: float = DEFAULT_TTL_SECONDS,
                 name: str = NAME):
        self.driver, self.database, self.run_id, self.ttl, self.name = driver, database, run_id, ttl, name
        self.host, self.pid = socket.gethostname(), os.getpid()
        self.pid_started = process_start(self.pid)
        self.took_over: Holder | None = None  # the dead run whose lease this one took
        self.held = False
        self._stop = threading.Event()
        self._heartbeat: threading.Thread | None = None

    def _params(self) -> dict[str, Any]:
        return {"name": self.name, "run_id": self.run_id, "ttl_ms": int(self.ttl * 1000)}

    def _try(self, tx: neo4j.ManagedTransaction) -> Holder | None | bool:
        """Take the lease if it is free, ours, or its holder is dead (None); else return the
        holder. False: the node was deleted (its holder released it) while this transaction
        waited for its lock, so nothing was taken; the caller tries again."""
        self.took_over = None
        record = tx.run(statement("loader", "lease_lock"), name=self.name).single(strict=True)
        holder = record["holder"]
        if holder is not None and holder != self.run_id:
            other = Holder(holder, record["host"], record["pid"], _when(record["acquired_at"]),
                           _when(record["renewed_at"]), _when(record["expires_at"]))
            if not record["expired"] and holder_alive(record["host"], record["pid"], record["pid_started"]):
                return other
            self.took_over = other
        taken = tx.run(statement("loader", "lease_take"), **self._params(), host=self.host, pid=self.pid,
                       pid_started=self.pid_started).single(strict=True)["taken"]
        if taken and self.took_over is not None:
            reason = f"interrupted: its loader lease was taken over by run {self.run_id} ({self.took_over.describe()})"
            tx.run(statement("loader", "lease_end_dead_run"), dead_run_id=self.took_over.run_id,
                   report=json.dumps({"error": reason})).consume()
        return None if taken else False

    def acquire(self, wait: float = 0.0) -> None:
        """Take the lease, waiting up to ``wait`` seconds for a live holder to finish;
        raises :class:`LeaseHeld` naming it when the time is up."""
        deadline = time.monotonic() + max(0.0, wait)
        conflicts = 0
        while True:
            try:
                with self.driver.session(database=self.database) as session:
                    holder = session.execute_write(self._try)
            except (ServiceUnavailable, SessionExpired):
                raise
            except Neo4jError:
                holder = False
            if holder is False:
                # The holder deleted the node while this transaction waited for its lock:
                # the lease is free now, so try again at once (a few times, not forever).
                conflicts += 1
                if conflicts > 20:
                    raise PledgegraphError("the loader lease could not be taken: its node kept changing under this run")
                time.sleep(0.05)
                continue
            if holder is None:
                break
            if time.monotonic() >= deadline:
                raise LeaseHeld(holder)
            time.sleep(min(POLL_SECONDS, max(0.05, deadline - time.monotonic())))
        self.held = True
        self._stop.clear()
        self._heartbeat = threading.Thread(target=self._beat, name="pledgegraph-lease", daemon=True)
        self._heartbeat.start()

    def hold(self, tx: neo4j.ManagedTransaction) -> None:
        """The fence: renew the lease inside a write transaction, or raise :class:`LeaseLost`
        (the transaction is rolled back, nothing of it committed)."""
        record = tx.run(statement("loader", "lease_hold"), **self._params()).single(strict=False)
        if record is None:
            raise LeaseLost(f"load run {self.run_id} lost the loader lease (it expired and another run took it over); "
                            "nothing more was written")

    def _beat(self) -> None:
        while not self._stop.wait(self.ttl / 4):
            try:
                with self.driver.session(database=self.database) as session:
                    session.execute_write(self.hold)
            except LeaseLost:
                return  # the writer's next transaction fails on its own fence
            except (Neo4jError, ServiceUnavailable, SessionExpired, OSError):
                continue  # the server is away; the writer reports it

    def release(self) -> None:
        """Stop renewing and delete the lease if this run still holds it."""
        self._stop.set()
        if self._heartbeat is not None:
            self._heartbeat.join(timeout=5)
            self._heartbeat = None
        if not self.held:
            return
        self.held = False
        try:  # one attempt, not the driver's retries for 15 s: a run whose server is gone should exit now
            with self.driver.session(database=self.database) as session:
                session.run(statement("loader", "lease_release"), name=self.name, run_id=self.run_id).consume()
        except (Neo4jError, ServiceUnavailable, SessionExpired, OSError):
            pass  # the server is gone: the lease expires, or the next run on this host sees this pid gone

    def __enter__(self) -> "LoadLease":
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
