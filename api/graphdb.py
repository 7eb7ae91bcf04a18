"""Run read-only Cypher for the API: files in ``cypher/api/``, read transactions, fast failure.

Every resource endpoint reads through :func:`read_rows`. It runs one auto-commit statement
in a READ-mode session (no managed-transaction retry loop, so an unreachable server
answers in milliseconds instead of after the driver's retry budget), retries exactly once
when a pooled connection turned out to be stale (the server restarted), and converts the
driver's values to plain Python. The Cypher itself lives in ``cypher/api/*.cypher`` with
the same typed header as the named queries, so parameters are bound by ``NamedQuery.bind``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any, Awaitable, Callable, TypeVar

import neo4j
from neo4j.exceptions import ServiceUnavailable, SessionExpired

from api.values import plain
from graph.named_queries import NamedQuery, parse_query_file
from core.settings import get_app_settings


T = TypeVar("T")


async def once_more_if_stale(attempt: Callable[[], Awaitable[T]]) -> T:
    """Run ``attempt``; a stale pooled connection (the server restarted) gets exactly one more try."""
    try:
        return await attempt()
    except (ServiceUnavailable, SessionExpired):
        return await attempt()


@lru_cache(maxsize=8)
def _api_queries(folder: Path) -> dict[str, NamedQuery]:
    return {p.stem: parse_query_file(p) for p in sorted(folder.glob("*.cypher"))}


def api_query(name: str) -> NamedQuery:
    """The statement in ``cypher/api/<name>.cypher`` (parsed once per process)."""
    return _api_queries(get_app_settings().cypher_dir / "api")[name]


async def run_read_records(driver: neo4j.AsyncDriver, database: str, cypher: str, params: dict[str, Any],
                           *, timeout: float | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and all rows of one read statement, values as the driver returns them
    (``neo4j.time`` dates, nodes): for callers that serialise them straight to JSON with
    :func:`api.values.json_bytes` instead of copying every value first.

    An auto-commit statement in a READ session: one round trip (RUN and PULL pipelined),
    where an explicit transaction added a ROLLBACK round trip on close. The driver does not
    retry it (its own auto-commit retry covers only server errors marked idempotent, and
    ``max_transaction_retry_time`` is 0 for the API), so a dead server fails at once; a
    stale pooled connection (server restarted) is retried here exactly once.
    """
    query = neo4j.Query(cypher, timeout=timeout)

    async def attempt() -> tuple[list[str], list[dict[str, Any]]]:
        async with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
            result = await session.run(query, params)
            keys = result.keys()
            return list(keys), [dict(zip(keys, record)) async for record in result]

    return await once_more_if_stale(attempt)


async def run_read_columns(driver: neo4j.AsyncDriver, database: str, cypher: str, params: dict[str, Any],
                           *, timeout: float | None = None) -> tuple[list[str], list[dict[str, Any]]]:
    """Column names and all rows of one read statement, as plain dicts."""
    keys, rows = await run_read_records(driver, database, cypher, params, timeout=timeout)
    return keys, [{k: plain(v) for k, v in row.items()} for row in rows]


async def run_read(driver: neo4j.AsyncDriver, database: str, cypher: str, params: dict[str, Any],
                   *, timeout: float | None = None) -> list[dict[str, Any]]:
    """All rows of one read statement, as plain dicts."""
    return (await run_read_columns(driver, database, cypher, params, timeout=timeout))[1]


async def read_rows(driver: neo4j.AsyncDriver, database: str, name: str, supplied: dict[str, Any]) -> list[dict[str, Any]]:
    """Run ``cypher/api/<name>.cypher`` with parameters bound and checked by its header."""
    query = api_query(name)
    return await run_read(driver, database, query.cypher, query.bind(supplied))


async def read_one(driver: neo4j.AsyncDriver, database: str, name: str, supplied: dict[str, Any]) -> dict[str, Any] | None:
    """The single row of ``cypher/api/<name>.cypher``, or None when it matched nothing."""
    rows = await read_rows(driver, database, name, supplied)
    return rows[0] if rows else None
