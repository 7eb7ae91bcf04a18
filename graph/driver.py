"""Driver access: open the official Neo4j driver from settings and translate failures.

Drivers are created here and passed in everywhere else (the writer, the API, the tests
never build their own), so one place decides timeouts and turns the driver's errors
into messages a user can act on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import neo4j
from neo4j import AsyncGraphDatabase, GraphDatabase
from neo4j.exceptions import AuthError, ServiceUnavailable

from graph.errors import Neo4jAuthFailed, Neo4jUnavailable
from core.settings import Neo4jSettings, get_neo4j_settings


def _driver_kwargs(settings: Neo4jSettings) -> dict:
    return {
        "auth": (settings.user, settings.password.get_secret_value()),
        "connection_timeout": settings.connection_timeout,
        "max_transaction_retry_time": settings.max_transaction_retry_time,
        # Fail fast when the pool is exhausted or the server is gone, instead of hanging.
        "connection_acquisition_timeout": settings.connection_timeout * 2,
        "user_agent": "pledgegraph",
        # Planner hints ("property key does not exist" on an empty graph) are noise to users.
        "notifications_min_severity": "OFF",
    }


def explain_failure(exc: Exception, settings: Neo4jSettings) -> Exception:
    """Turn a driver exception into one of ours with a message that names the fix."""
    if isinstance(exc, AuthError):
        return Neo4jAuthFailed(
            f"Neo4j at {settings.uri} refused user '{settings.user}': wrong password? "
            "Set NEO4J_USER / NEO4J_PASSWORD (local default: 'pledgegraph-local')."
        )
    if isinstance(exc, (ServiceUnavailable, OSError)):
        return Neo4jUnavailable(
            f"cannot reach Neo4j at {settings.uri}: {exc}. Start the local server with "
            "'make neo4j' or point NEO4J_URI at a running one."
        )
    return exc


def open_driver(settings: Neo4jSettings | None = None, *, verify: bool = True) -> neo4j.Driver:
    settings = settings or get_neo4j_settings()
    driver = GraphDatabase.driver(settings.uri, **_driver_kwargs(settings))
    if verify:
        try:
            driver.verify_connectivity()
        except Exception as exc:  # noqa: BLE001 - re-raised as ours
            driver.close()
            raise explain_failure(exc, settings) from exc
    return driver


def open_async_driver(settings: Neo4jSettings | None = None) -> neo4j.AsyncDriver:
    """The API's driver; not verified here so the API can start while Neo4j is down."""
    settings = settings or get_neo4j_settings()
    return AsyncGraphDatabase.driver(settings.uri, **_driver_kwargs(settings))


@contextmanager
def driver_session(settings: Neo4jSettings | None = None) -> Iterator[tuple[neo4j.Driver, str]]:
    """A verified driver and the database name, closed on exit (for CLI commands)."""
    settings = settings or get_neo4j_settings()
    driver = open_driver(settings)
    try:
        yield driver, settings.database
    finally:
        driver.close()
