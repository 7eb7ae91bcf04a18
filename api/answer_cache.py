"""Answers of expensive reads kept per data version, so a crowd asking the same question costs one query.

``GET /matrix`` reads every signature and stance in the graph; at 64 clients on 1,000
documents it took 4.7 s at the median, each request running the same statement. The
answer only changes when the graph does, so it is kept under the graph's data version
(``cypher/api/data_version.cypher``: the newest finished load run and count-store totals),
read on every request: an answer is never served once a load run has finished after it
was computed. The version is read before the answer is computed, so an answer is never
older than the version it is stored under. Requests that miss together wait for the one
computation instead of running the statement each, and at most two different answers are
computed at a time.
"""

from __future__ import annotations

import asyncio
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable
from typing import Any

import neo4j

from api.graphdb import read_one


async def data_version(driver: neo4j.AsyncDriver, database: str) -> tuple:
    """The graph's data version: equal for two reads only if no load run finished and no count moved between them."""
    row = await read_one(driver, database, "data_version", {}) or {}
    return tuple(sorted(row.items()))


class SharedReads:
    """One read of the data version for all the requests waiting for it, each read issued after they arrived.

    A request that arrives while a read is on its way waits for the next one, which starts
    when that read returns: every request still gets a version read after it arrived (so it
    sees every load run finished before it), but 64 requests at once cost Neo4j one or two
    round trips instead of 64; on a busy machine each round trip waits for Neo4j's turn at a core.
    """

    def __init__(self) -> None:
        self._next: asyncio.Future | None = None
        self._runner: asyncio.Task | None = None

    async def read(self, fetch: Callable[[], Awaitable[Any]]) -> Any:
        if self._next is None:
            self._next = asyncio.get_running_loop().create_future()
        future = self._next
        if self._runner is None:
            self._runner = asyncio.get_running_loop().create_task(self._run(fetch))
        return await asyncio.shield(future)

    async def _run(self, fetch: Callable[[], Awaitable[Any]]) -> None:
        try:
            while self._next is not None:
                future, self._next = self._next, None
                try:
                    future.set_result(await fetch())
                except Exception as exc:  # every waiting request gets the failure (Neo4j down: 503 each)
                    future.set_exception(exc)
                    future.exception()
        finally:
            self._runner = None


class _Abandoned(Exception):
    """The computation a request waited for was cancelled with the request that ran it."""


class AnswerCache:
    """Up to ``size`` answers by (key, data version), least recently used dropped first."""

    def __init__(self, size: int = 64, computing: int = 2):
        self.size = size
        # Different keys (a replay through many dates) still compute at once; each costs Neo4j
        # hundreds of MB on a large graph, and 16 of them at once made a 1 GB heap exit.
        self._computing = asyncio.Semaphore(computing)
        self._answers: OrderedDict[tuple[Hashable, tuple], Any] = OrderedDict()
        self._pending: dict[tuple[Hashable, tuple], asyncio.Future] = {}
        self.computed = 0  # how many answers were computed (for tests and the bench)
        self.versions = SharedReads()

    async def version(self, driver: neo4j.AsyncDriver, database: str) -> tuple:
        """The data version, read after this call began (shared with the requests waiting with it)."""
        return await self.versions.read(lambda: data_version(driver, database))

    async def get(self, key: Hashable, version: tuple, compute: Callable[[], Awaitable[Any]]) -> Any:
        slot = (key, version)
        if slot in self._answers:
            self._answers.move_to_end(slot)
            return self._answers[slot]
        pending = self._pending.get(slot)
        if pending is not None:
            try:
                return await asyncio.shield(pending)
            except _Abandoned:
                pass  # the request computing it went away: compute it here
        return await self._compute(slot, compute)

    async def _compute(self, slot: tuple[Hashable, tuple], compute: Callable[[], Awaitable[Any]]) -> Any:
        future = asyncio.get_running_loop().create_future()
        self._pending[slot] = future
        try:
            async with self._computing:
                answer = await compute()
        except asyncio.CancelledError:
            future.set_exception(_Abandoned())
            future.exception()
            raise
        except Exception as exc:  # the same failure for every request that waited (Neo4j down: 503 each)
            future.set_exception(exc)
            future.exception()  # retrieved: a failure no other request waited for is not logged as lost
            raise
        finally:
            self._pending.pop(slot, None)
        future.set_result(answer)
        self.computed += 1
        self._forget_older(slot[1])
        self._answers[slot] = answer
        while len(self._answers) > self.size:
            self._answers.popitem(last=False)
        return answer

    def _forget_older(self, version: tuple) -> None:
        """Answers of other versions can never be served again once a newer one was computed."""
        for slot in [s for s in self._answers if s[1] != version]:
            del self._answers[slot]
