"""The read-only Cypher workbench behind POST /cypher: static checks, EXPLAIN, read transaction, limits.

Layers, each enough on its own for the common case, together for the rest:

1. :func:`api.cypher_guard.check_query` refuses write/admin clauses, LOAD CSV, procedures
   outside an allow-list, several statements, IN TRANSACTIONS, invisible characters;
2. ``EXPLAIN`` asks the server what the query would do: anything but query type "r"
   (read) is refused without running. The verdict depends on the text alone (clauses and
   procedure modes, not parameter values), so a text once classified "r" is remembered
   (:class:`ReadVerdicts`, per app, bounded) and its next run skips that round trip;
   a refusal or an error is never remembered;
3. the query runs in a READ-mode transaction, which the server itself refuses to write in;
4. the transaction carries ``AppSettings.cypher_timeout`` (the server stops it), backed by
   a client-side deadline; at most ``AppSettings.cypher_row_cap`` rows are read, and the
   response says ``truncated`` when the cap cut it short.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError, ServiceUnavailable, SessionExpired, TransientError

from api.cypher_guard import GuardRefusal, check_query
from api.errors import QueryRefused, QueryTimedOut
from api.models import CypherResult
from api.values import plain

_TIMEOUT_CODES = ("TransactionTimedOut", "TransactionTimedOutClientConfiguration", "Terminated")
_ACCESS_CODES = ("AccessMode", "Forbidden", "Security")


def _refuse(rule: str, detail: str) -> QueryRefused:
    return QueryRefused(detail, reason=rule)


def _server_error(exc: Neo4jError, timeout: float) -> Exception:
    code = exc.code or ""
    if any(part in code for part in _TIMEOUT_CODES):
        return QueryTimedOut(f"the query ran longer than the workbench's limit of {timeout:g} s and was stopped",
                             timed_out=True, timeout_seconds=timeout)
    if any(part in code for part in _ACCESS_CODES):
        return _refuse("read_transaction", f"the server refused it in a read-only transaction: {exc.message}")
    return _refuse("server", f"Neo4j could not run the query: {exc.message} ({code})")


class ReadVerdicts:
    """Query texts that EXPLAIN classified as read ("r") on a database: a small LRU.

    Skipping EXPLAIN for a remembered text does not weaken the workbench: the static rules
    still run on every request, the server already said this exact text reads, and the
    query still runs in a READ-mode transaction with the time limit and the row cap.
    """

    def __init__(self, size: int = 256):
        self.size = size
        self._texts: OrderedDict[tuple[str, str], None] = OrderedDict()

    def known_read(self, database: str, query: str) -> bool:
        key = (database, query)
        if key in self._texts:
            self._texts.move_to_end(key)
            return True
        return False

    def remember_read(self, database: str, query: str) -> None:
        self._texts[(database, query)] = None
        self._texts.move_to_end((database, query))
        while len(self._texts) > self.size:
            self._texts.popitem(last=False)


async def _explain_type(tx: neo4j.AsyncTransaction, query: str, parameters: dict[str, Any]) -> str:
    result = await tx.run("EXPLAIN " + query, parameters)
    summary = await result.consume()
    return summary.query_type or ""


async def run_workbench(driver: neo4j.AsyncDriver, database: str, query: str, parameters: dict[str, Any],
                        *, timeout: float, row_cap: int, verdicts: ReadVerdicts | None = None) -> CypherResult:
    try:
        check_query(query)
    except GuardRefusal as exc:
        raise _refuse(exc.rule, str(exc)) from None
    started = time.perf_counter()
    try:
        async with asyncio.timeout(timeout + 2.0):
            return await _run(driver, database, query, parameters, timeout=timeout, row_cap=row_cap, started=started,
                              verdicts=verdicts)
    except TimeoutError:
        raise QueryTimedOut(f"the query ran longer than the workbench's limit of {timeout:g} s and was stopped",
                            timed_out=True, timeout_seconds=timeout) from None


async def _run(driver: neo4j.AsyncDriver, database: str, query: str, parameters: dict[str, Any],
               *, timeout: float, row_cap: int, started: float, verdicts: ReadVerdicts | None) -> CypherResult:
    for attempt in (1, 2):
        try:
            async with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
                tx = await session.begin_transaction(timeout=timeout, metadata={"app": "pledgegraph-workbench"})
                try:
                    if verdicts is not None and verdicts.known_read(database, query):
                        query_type = "r"
                    else:
                        query_type = await _explain_type(tx, query, parameters)
                        if query_type != "r":
                            raise _refuse("query_type",
                                          f"EXPLAIN reports query type '{query_type}'; only read queries ('r') run here")
                    result = await tx.run(query, parameters)
                    columns = list(result.keys())
                    rows: list[dict[str, Any]] = []
                    truncated = False
                    async for record in result:
                        if len(rows) >= row_cap:
                            truncated = True
                            break
                        rows.append({k: plain(v) for k, v in record.items()})
                finally:
                    await tx.close()  # never commits: rolled back, nothing to keep anyway
            if verdicts is not None:
                verdicts.remember_read(database, query)  # EXPLAIN said "r" and the read transaction ran it
            return CypherResult(columns=columns, rows=rows, row_count=len(rows), truncated=truncated, row_cap=row_cap,
                                timeout_seconds=timeout, elapsed_ms=round((time.perf_counter() - started) * 1000, 1),
                                query_type=query_type)
        except (ServiceUnavailable, SessionExpired):
            if attempt == 2:
                raise
        except (ClientError, TransientError) as exc:
            raise _server_error(exc, timeout) from None
        except Neo4jError as exc:
            raise _server_error(exc, timeout) from None
    raise AssertionError("unreachable")
