"""Request bodies bounded by the bytes actually received, and the API key checked before any of them.

A pure ASGI middleware, so it sees the body as the server hands it over, chunk by chunk:
a ``Content-Length`` over the route's limit is refused at once, and a body without one
(``Transfer-Encoding: chunked``) or with a false one is counted as it arrives and refused
with 413 as soon as it passes the limit, before the app parses or spools more of it.
Routes whose key dependency would refuse the request (a write without a valid key, a
read while read keys are required) answer their 401/403 here, before a byte of the body
is read: otherwise an anonymous client could make the API spool an upload to disk only
to be told it needed a key.
"""

from __future__ import annotations

from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from api.errors import ApiError, problem_response
from core.settings import AppSettings

# Any body but an upload (POST /cypher: a query of at most 20,000 characters and its
# parameters) is small; an 8 MB parameter map was accepted before this cap (reliability finding).
MAX_JSON_BODY = 1024 * 1024
MULTIPART_OVERHEAD = 1024 * 1024  # the metadata field and multipart framing on top of an uploaded file
BODY_METHODS = frozenset({"POST", "PUT", "PATCH"})


class _BodyTooLarge(Exception):
    """Raised from ``receive`` to stop the app reading; the middleware answers 413 itself."""


@dataclass(frozen=True)
class RouteLimit:
    """What a body-bearing route accepts: at most ``max_bytes``, and the key ``purpose`` it needs."""

    max_bytes: int
    key: str | None  # "write" (key always required), "read" (required if read keys are on) or None


def route_limits(settings: AppSettings) -> dict[tuple[str, str], RouteLimit]:
    """The body-bearing routes by (method, path); any other body gets MAX_JSON_BODY and no key check here.

    Listed by hand because it is short; a test checks it against the routes whose OpenAPI
    security names the write key.
    """
    return {
        ("POST", "/documents"): RouteLimit(settings.max_upload_bytes + MULTIPART_OVERHEAD, "write"),
        ("POST", "/cypher"): RouteLimit(MAX_JSON_BODY, "read"),
    }


class BodyLimit:
    """Refuse a body past its route's limit (counted as received) and a missing or wrong key before the body."""

    def __init__(self, app: ASGIApp, settings: AppSettings):
        self.app, self.settings, self.limits = app, settings, route_limits(settings)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        limit = self._limit_for(scope)
        refusal = self._key_refusal(limit, scope)
        if refusal is not None:
            await problem_response(refusal.status, refusal.slug, refusal.title, refusal.detail, instance=scope["path"],
                                   headers={**(refusal.headers or {}), "Connection": "close"},
                                   **refusal.extra)(scope, receive, send)
            return
        max_bytes = limit.max_bytes
        length = dict(scope["headers"]).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > max_bytes:
            await self._too_large(scope, receive, send, max_bytes, f"the request body of {int(length)} bytes")
            return
        received = 0
        over = False
        started = False

        async def counted_receive() -> Message:
            nonlocal received, over
            if over:
                raise _BodyTooLarge
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    over = True
                    raise _BodyTooLarge
            return message

        async def guarded_send(message: Message) -> None:
            nonlocal started
            if over:
                return  # whatever the app answers to its interrupted read, the answer is our 413
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, counted_receive, guarded_send)
        except Exception:
            if not over:
                raise
        if over and not started:
            await self._too_large(scope, receive, send, max_bytes, f"the request body passed {max_bytes} bytes")

    def _limit_for(self, scope: Scope) -> RouteLimit:
        path = scope["path"].rstrip("/") or "/"
        return self.limits.get((scope["method"], path), RouteLimit(MAX_JSON_BODY, None))

    def _key_refusal(self, limit: RouteLimit, scope: Scope) -> ApiError | None:
        """The 401/403 the route's key dependency would raise, decided from the headers alone."""
        if limit.key is None or (limit.key == "read" and not self.settings.read_api_keys):
            return None
        from api.deps import check_key

        try:
            check_key(self.settings, presented_key(scope), "writing" if limit.key == "write" else "reading")
        except ApiError as exc:
            return exc
        return None

    @staticmethod
    async def _too_large(scope: Scope, receive: Receive, send: Send, max_bytes: int, what: str) -> None:
        limit = max_bytes - MULTIPART_OVERHEAD if max_bytes > MAX_JSON_BODY else max_bytes
        response = problem_response(413, "payload-too-large", "Upload too large", f"{what} is over the limit of {limit} bytes",
                                    instance=scope["path"], headers={"Connection": "close"}, limit_bytes=limit)
        await response(scope, receive, send)


def presented_key(scope: Scope) -> str | None:
    """The key as :mod:`api.deps` reads it: ``X-API-Key`` first, else ``Authorization: Bearer <key>``."""
    headers = {k.lower(): v for k, v in scope["headers"]}
    key = headers.get(b"x-api-key")
    if key:
        return key.decode("latin-1")
    scheme, _, credentials = headers.get(b"authorization", b"").decode("latin-1").partition(" ")
    return credentials.strip() or None if scheme.lower() == "bearer" else None
