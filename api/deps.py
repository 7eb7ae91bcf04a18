"""FastAPI dependencies as ``Annotated`` aliases, so endpoints read like their signatures.

The app keeps its settings, driver, database name and named-query cache on ``app.state``
(set by :mod:`api.main`); these functions hand them to endpoints, check API keys and
decide the response format. They are ``async def`` although none of them awaits: FastAPI
runs a plain ``def`` dependency in its thread pool, and that hand-off to a worker thread
and back costs more than the work they do (figures: bench/NOTES.md).
"""

from __future__ import annotations

import hmac
from typing import Annotated, Literal

import neo4j
from fastapi import Depends, Query, Request
from fastapi.security import APIKeyHeader, HTTPAuthorizationCredentials, HTTPBearer

from api.errors import Forbidden, Unauthorized
from graph.named_queries import NamedQuery
from core.settings import AppSettings

OutputFormat = Literal["json", "csv"]


async def get_settings(request: Request) -> AppSettings:
    return request.app.state.settings


async def get_driver(request: Request) -> neo4j.AsyncDriver:
    return request.app.state.driver


async def get_database(request: Request) -> str:
    return request.app.state.database


async def get_named_queries(request: Request) -> dict[str, NamedQuery]:
    """``cypher/queries/`` as of this request: adding a query is adding a file, no restart.

    The folder is checked on every request (one scandir), and parsed only when a file
    changed (see :class:`graph.named_queries.NamedQueryCache`).
    """
    return request.app.state.named_queries.get()


Settings = Annotated[AppSettings, Depends(get_settings)]
Driver = Annotated[neo4j.AsyncDriver, Depends(get_driver)]
Database = Annotated[str, Depends(get_database)]
NamedQueries = Annotated[dict[str, NamedQuery], Depends(get_named_queries)]

# auto_error=False: a missing key is our 401 problem, not FastAPI's bare 403.
_api_key_header = APIKeyHeader(name="X-API-Key", auto_error=False, description="an API key from PLEDGEGRAPH_API_KEYS")
_bearer = HTTPBearer(auto_error=False, description="the same key as a bearer token")
# The same header and token under their own scheme names on writes, so the OpenAPI schema
# can say "key optional" on reads and "key required" on writes (see open_reads_in_openapi).
_write_key_header = APIKeyHeader(name="X-API-Key", scheme_name="WriteKey", auto_error=False,
                                 description="an API key from PLEDGEGRAPH_API_KEYS (required)")
_write_bearer = HTTPBearer(scheme_name="WriteBearer", auto_error=False, description="the same key as a bearer token")
READ_SCHEMES = frozenset({"APIKeyHeader", "HTTPBearer"})


def _presented_key(header_key: str | None, bearer: HTTPAuthorizationCredentials | None) -> str | None:
    if header_key:
        return header_key
    if bearer and bearer.credentials:
        return bearer.credentials
    return None


def check_key(settings: AppSettings, key: str | None, purpose: str) -> None:
    keys = settings.api_key_set()
    if not keys:
        raise Forbidden(f"{purpose} is disabled: no API keys are configured (set PLEDGEGRAPH_API_KEYS).")
    if key is None:
        raise Unauthorized(f"{purpose} needs an API key in the X-API-Key header or as 'Authorization: Bearer <key>'.",
                           headers={"WWW-Authenticate": 'Bearer realm="pledgegraph"'})
    # Compare against every key in constant time so timing does not reveal a prefix.
    if not any(hmac.compare_digest(key.encode(), k.encode()) for k in keys):
        raise Forbidden("the API key is not one of PLEDGEGRAPH_API_KEYS.")


async def require_write_key(settings: Settings, header_key: Annotated[str | None, Depends(_write_key_header)],
                            bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_write_bearer)]) -> None:
    check_key(settings, _presented_key(header_key, bearer), "writing")


async def require_read_key(settings: Settings, header_key: Annotated[str | None, Depends(_api_key_header)],
                           bearer: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Reads are open unless ``PLEDGEGRAPH_READ_API_KEYS`` is true; then any write key also reads."""
    if settings.read_api_keys:
        check_key(settings, _presented_key(header_key, bearer), "reading")


async def output_format(request: Request, format: Annotated[OutputFormat | None, Query(
        description="json (default) or csv; `Accept: text/csv` also selects CSV")] = None) -> OutputFormat:
    if format is not None:
        return format
    accept = request.headers.get("accept", "")
    if "text/csv" in accept and "application/json" not in accept:
        return "csv"
    return "json"


Format = Annotated[OutputFormat, Depends(output_format)]
ReadKey = Depends(require_read_key)
WriteKey = Depends(require_write_key)


def open_reads_in_openapi(app, settings: AppSettings) -> None:
    """Mark the key as optional on read operations while reads are open.

    FastAPI lists a key scheme on every operation that could check it, so the schema said
    reads need a key the API does not ask for (schemathesis, ST401). An empty requirement
    ``{}`` beside the read schemes is OpenAPI's "no key also works"; writes keep theirs.
    """
    build = app.openapi

    def openapi() -> dict:
        if app.openapi_schema is None:
            schema = build()
            if not settings.read_api_keys:
                for operations in schema.get("paths", {}).values():
                    for operation in operations.values():
                        security = operation.get("security") if isinstance(operation, dict) else None
                        if security and {} not in security and all(set(r) <= READ_SCHEMES for r in security):
                            operation["security"] = [{}, *security]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi
