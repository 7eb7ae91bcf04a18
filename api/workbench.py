"""The read-only Cypher workbench behind POST /cypher: the server's plan decides, a read transaction runs.

Layers:

1. :func:`api.cypher_guard.check_query`, a lexer of our own: a fast first filter that
   answers the obvious (writes, several statements, invisible characters) without a round
   trip. It is never the guard: Neo4j's parser can read a text differently;
2. ``EXPLAIN`` with the request's parameters, inside the READ transaction: every operator of
   the server's plan, every procedure it calls and every expression it evaluates are checked
   by :mod:`api.plan_guard`. A plan that passed the parameter-independent checks is
   remembered per text and parameter types (:class:`ReadVerdicts`, per app, bounded); the
   expression bounds (range sizes, replace arguments) are checked again with each request's
   own parameters;
3. the query runs in a READ-mode transaction, which the server itself refuses to write in;
4. the transaction carries ``AppSettings.cypher_timeout`` (the server stops it), backed by
   a client-side deadline; at most ``AppSettings.cypher_row_cap`` rows are read, and the
   response says ``truncated`` when the cap cut it short.

The server's notifications (an unknown label, a Cartesian product, a deprecated function)
are passed on in ``notifications``: the app's driver turns them off for its own statements,
but a researcher writing Cypher needs them, so the workbench's session asks for them again.
"""

from __future__ import annotations

import asyncio
import time
from collections import OrderedDict
from typing import Any

import neo4j
from neo4j.exceptions import ClientError, Neo4jError, TransientError

from api.cypher_guard import GuardRefusal, check_query
from api.errors import QueryRefused, QueryTimedOut
from api.graphdb import once_more_if_stale
from api.models_queries import CypherNotification, CypherResult
from api.plan_guard import PlanFacts, check_expressions_for, check_operators, plan_facts
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


def _notifications(summary: neo4j.ResultSummary) -> list[CypherNotification]:
    """The server's notifications on the statement (GQL statuses that are notifications, not "successful completion")."""
    out = []
    for status in summary.gql_status_objects:
        if not status.is_notification:
            continue
        position = status.position
        out.append(CypherNotification(
            gql_status=status.gql_status, description=status.status_description,
            severity=status.raw_severity or None, category=status.raw_classification or None,
            position={"offset": position.offset, "line": position.line, "column": position.column} if position else None))
    return out


def _parameter_types(parameters: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    return tuple(sorted((name, type(value).__name__) for name, value in parameters.items()))


class ReadVerdicts:
    """Plans that passed the operator, procedure and query-type checks, per text: a small LRU.

    Keyed by database, text and the types of the parameters (the planner may choose another
    plan for another type). A remembered plan skips the ``EXPLAIN`` round trip, never the
    expression bounds, which depend on the parameter values and run on every request.
    """

    def __init__(self, size: int = 256):
        self.size = size
        self._plans: OrderedDict[tuple, PlanFacts] = OrderedDict()

    def known(self, database: str, query: str, parameters: dict[str, Any]) -> PlanFacts | None:
        key = (database, query, _parameter_types(parameters))
        facts = self._plans.get(key)
        if facts is not None:
            self._plans.move_to_end(key)
        return facts

    def remember(self, database: str, query: str, parameters: dict[str, Any], facts: PlanFacts) -> None:
        key = (database, query, _parameter_types(parameters))
        self._plans[key] = facts
        self._plans.move_to_end(key)
        while len(self._plans) > self.size:
            self._plans.popitem(last=False)


async def _explain(tx: neo4j.AsyncTransaction, query: str, parameters: dict[str, Any]) -> PlanFacts:
    result = await tx.run("EXPLAIN " + query, parameters)
    summary = await result.consume()
    return plan_facts(summary.plan or {}, summary.query_type or "")


def _guard(check, *args: Any) -> None:
    try:
        check(*args)
    except GuardRefusal as exc:
        raise _refuse(exc.rule, str(exc)) from None


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
    async def attempt() -> CypherResult:
        return await _attempt(driver, database, query, parameters, timeout=timeout, row_cap=row_cap, started=started,
                              verdicts=verdicts)

    try:
        return await once_more_if_stale(attempt)
    except (ClientError, TransientError) as exc:
        raise _server_error(exc, timeout) from None
    except Neo4jError as exc:
        raise _server_error(exc, timeout) from None


async def _attempt(driver: neo4j.AsyncDriver, database: str, query: str, parameters: dict[str, Any],
                   *, timeout: float, row_cap: int, started: float, verdicts: ReadVerdicts | None) -> CypherResult:
    async with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS,
                              notifications_min_severity="INFORMATION") as session:
        tx = await session.begin_transaction(timeout=timeout, metadata={"app": "pledgegraph-workbench"})
        try:
            facts = verdicts.known(database, query, parameters) if verdicts is not None else None
            if facts is None:
                facts = await _explain(tx, query, parameters)
                _guard(check_operators, facts)
                if verdicts is not None:
                    verdicts.remember(database, query, parameters, facts)
            _guard(check_expressions_for, facts, parameters)
            result = await tx.run(query, parameters)
            columns = list(result.keys())
            rows: list[dict[str, Any]] = []
            truncated = False
            async for record in result:
                if len(rows) >= row_cap:
                    truncated = True
                    break
                rows.append({k: plain(v) for k, v in record.items()})
            notifications = _notifications(await result.consume())
        finally:
            await tx.close()  # never commits: rolled back, nothing to keep anyway
    return CypherResult(columns=columns, rows=rows, row_count=len(rows), truncated=truncated, row_cap=row_cap,
                        timeout_seconds=timeout, elapsed_ms=round((time.perf_counter() - started) * 1000, 1),
                        query_type=facts.query_type, notifications=notifications)
