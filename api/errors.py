"""Errors as RFC 9457 problem details, rendered in one place.

Handlers and helpers raise an :class:`ApiError` subclass that carries its HTTP status
(Datasette's habit); the exception handlers installed by :func:`install_handlers` turn
those, request-validation errors, driver failures and anything unexpected into
``application/problem+json`` bodies. The client never sees a stack trace: unexpected
exceptions are logged server-side and answered with a generic 500.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar
from typing import Any

import orjson
from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from neo4j.exceptions import AuthError, ServiceUnavailable, SessionExpired
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response

from graph.errors import Neo4jAuthFailed, Neo4jUnavailable
from graph.named_queries import ParameterError

log = logging.getLogger("pledgegraph.api")
PROBLEM_BASE = "https://pledgegraph.invalid/problems/"
PROBLEM_MEDIA_TYPE = "application/problem+json"
RETRY_AFTER_SECONDS = 5


class ApiError(Exception):
    """Base of the API's errors; subclasses set ``status``, ``slug`` and ``title``."""

    status = 500
    slug = "internal-error"
    title = "Internal server error"

    def __init__(self, detail: str, *, headers: dict[str, str] | None = None, **extra: Any):
        super().__init__(detail)
        self.detail = detail
        self.headers = headers or {}
        self.extra = extra


class BadRequest(ApiError):
    status, slug, title = 400, "bad-request", "Bad request"


class Unauthorized(ApiError):
    status, slug, title = 401, "unauthorized", "API key required"


class Forbidden(ApiError):
    status, slug, title = 403, "forbidden", "API key not accepted"


class NotFound(ApiError):
    status, slug, title = 404, "not-found", "Not found"


class NotAcceptable(ApiError):
    status, slug, title = 406, "not-acceptable", "Format not available"


class PayloadTooLarge(ApiError):
    status, slug, title = 413, "payload-too-large", "Upload too large"


class UnsupportedMediaType(ApiError):
    status, slug, title = 415, "unsupported-media-type", "Unsupported file type"


class InvalidParameter(ApiError):
    """422 naming the offending parameter in ``parameter``."""

    status, slug, title = 422, "invalid-parameter", "Invalid parameter"

    def __init__(self, parameter: str, detail: str, **extra: Any):
        super().__init__(detail, parameter=parameter, **extra)


class QueryRefused(ApiError):
    """POST /cypher refused a query before or while running it (``reason`` says which rule)."""

    status, slug, title = 422, "query-refused", "Query refused by the read-only workbench"


class QueryTimedOut(ApiError):
    """The workbench's time limit stopped a query (422, not 408: clients may auto-retry a 408)."""

    status, slug, title = 422, "query-timed-out", "Query stopped by the time limit"


class GraphUnavailable(ApiError):
    status, slug, title = 503, "graph-unavailable", "Graph database unavailable"

    def __init__(self, detail: str = "Neo4j cannot be reached right now; retry shortly."):
        super().__init__(detail, headers={"Retry-After": str(RETRY_AFTER_SECONDS)})


def problem_response(status: int, slug: str, title: str, detail: str, *, instance: str | None = None,
                     headers: dict[str, str] | None = None, **extra: Any) -> Response:
    body: dict[str, Any] = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail}
    if instance:
        body["instance"] = instance
    body.update({k: v for k, v in extra.items() if v is not None})
    return Response(orjson.dumps(body, default=str), status_code=status, media_type=PROBLEM_MEDIA_TYPE, headers=headers)


def _from_api_error(request: Request, exc: ApiError) -> Response:
    return problem_response(exc.status, exc.slug, exc.title, exc.detail, instance=request.url.path,
                            headers=exc.headers, **exc.extra)


def _from_validation(request: Request, exc: RequestValidationError) -> Response:
    errors = exc.errors()
    first = errors[0] if errors else {}
    loc = [str(p) for p in first.get("loc", ())]
    parameter = loc[-1] if loc else "request"
    where = loc[0] if loc else "request"
    detail = f"{where} parameter '{parameter}': {first.get('msg', 'invalid value')}"
    if where == "body":
        detail = f"body field '{'.'.join(loc[1:]) or 'body'}': {first.get('msg', 'invalid value')}"
    issues = [{"parameter": ".".join(str(p) for p in e.get("loc", ())[1:]) or None, "in": str(e.get("loc", ("?",))[0]),
               "message": e.get("msg")} for e in errors]
    return problem_response(422, "invalid-parameter", "Invalid parameter", detail, instance=request.url.path,
                            parameter=parameter, errors=issues)


def _from_parameter_error(request: Request, exc: ParameterError) -> Response:
    return problem_response(422, "invalid-parameter", "Invalid parameter", str(exc), instance=request.url.path,
                            parameter=exc.name)


def _from_http(request: Request, exc: StarletteHTTPException) -> Response:
    slug = {404: "not-found", 405: "method-not-allowed"}.get(exc.status_code, "http-error")
    title = {404: "Not found", 405: "Method not allowed"}.get(exc.status_code, "HTTP error")
    return problem_response(exc.status_code, slug, title, str(exc.detail), instance=request.url.path,
                            headers=getattr(exc, "headers", None))


def _unavailable(request: Request, exc: Exception) -> Response:
    log.warning("Neo4j unavailable for %s: %s", request.url.path, exc)
    return _from_api_error(request, GraphUnavailable())


def _auth_failed(request: Request, exc: Exception) -> Response:
    log.error("Neo4j refused the API's credentials: %s", exc)
    return _from_api_error(request, GraphUnavailable("the API cannot log in to Neo4j; an operator must fix its credentials."))


def _unexpected(request: Request, exc: Exception) -> Response:
    log.error("unexpected error on %s %s", request.method, request.url.path, exc_info=exc)
    return problem_response(500, "internal-error", "Internal server error",
                            "The server failed to answer; the error is logged.", instance=request.url.path)


_KNOWN_QUERY_NAMES: dict[int, frozenset[str]] = {}
# The request being answered, for the paging links (api.paging.next_link) without every
# endpoint passing it down.
CURRENT_REQUEST: ContextVar[Request | None] = ContextVar("current_request", default=None)


def open_query_string(endpoint):
    """Mark an endpoint that reads names from the query string itself (a named query binds
    them to the file's declared parameters; the explorer page keeps its state there)."""
    endpoint.open_query_string = True
    return endpoint


def answers_csv(endpoint):
    """Mark an endpoint whose answer is CSV whatever is asked (a file of the download): ``Accept: text/csv``
    is what it serves, not a 406."""
    endpoint.answers_csv = True
    return endpoint


def _query_names(dependant) -> set[str]:
    names = {f.alias for f in dependant.query_params}
    for sub in dependant.dependencies:
        names |= _query_names(sub)
    return names


async def reject_unknown_parameters(request: Request) -> None:
    """A query-string name the endpoint does not declare is a 422 naming it: ``/matrix?asof=``
    silently answered for the latest date (issue 17), a dashboard could not tell. An ``Accept``
    asking for CSV only, on an endpoint without CSV, is a 406 rather than JSON it did not ask for."""
    CURRENT_REQUEST.set(request)
    route = request.scope.get("route")
    dependant = getattr(route, "dependant", None)
    if dependant is None or getattr(getattr(route, "endpoint", None), "open_query_string", False):
        return
    known = _KNOWN_QUERY_NAMES.get(id(route))
    if known is None:
        known = _KNOWN_QUERY_NAMES[id(route)] = frozenset(_query_names(dependant))
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        raise InvalidParameter(unknown[0], f"query parameter '{unknown[0]}': unknown; this endpoint takes "
                                           f"{', '.join(sorted(known)) or 'none'}")
    if ("format" not in known and not getattr(route.endpoint, "answers_csv", False)
            and _wants_csv_only(request.headers.get("accept", ""))):
        raise NotAcceptable(f"{request.url.path} answers in JSON only; CSV is offered where `format` is a parameter "
                            "(lists, named queries, /matrix)")


def _wants_csv_only(accept: str) -> bool:
    """``Accept`` names CSV and no JSON (nor a wildcard that covers it): JSON would be ignoring the client."""
    ranges = []
    for part in accept.split(","):
        media, *params = [x.strip().lower() for x in part.split(";")]
        q = next((p[2:] for p in params if p.startswith("q=")), "1")
        try:
            if float(q) > 0:
                ranges.append(media)
        except ValueError:
            ranges.append(media)
    json_ok = any(m in ("application/json", "application/problem+json", "application/*", "*/*") for m in ranges)
    return not json_ok and any(m in ("text/csv", "text/*") for m in ranges)


def install_handlers(app: FastAPI) -> None:
    """The error handlers, and the unknown-parameter check on every route included after it."""
    app.router.dependencies.append(Depends(reject_unknown_parameters))
    app.add_exception_handler(ApiError, _from_api_error)
    app.add_exception_handler(RequestValidationError, _from_validation)
    app.add_exception_handler(ParameterError, _from_parameter_error)
    app.add_exception_handler(StarletteHTTPException, _from_http)
    for exc_type in (ServiceUnavailable, SessionExpired, Neo4jUnavailable, ConnectionError, TimeoutError):
        app.add_exception_handler(exc_type, _unavailable)
    for exc_type in (AuthError, Neo4jAuthFailed):
        app.add_exception_handler(exc_type, _auth_failed)
    app.add_exception_handler(Exception, _unexpected)


def problem_schema(status: int, slug: str, title: str, detail: str, **extra: Any) -> dict:
    """An OpenAPI ``responses`` entry with a problem-details example."""
    example = {"type": PROBLEM_BASE + slug, "title": title, "status": status, "detail": detail, **extra}
    return {"description": title, "content": {PROBLEM_MEDIA_TYPE: {"example": example}}}


COMMON_RESPONSES: dict[int | str, dict] = {
    503: problem_schema(503, "graph-unavailable", "Graph database unavailable",
                        "Neo4j cannot be reached right now; retry shortly."),
}
