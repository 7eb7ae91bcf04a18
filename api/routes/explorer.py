"""GET / (the explorer page) and GET /assets/{name} (its bundle), from ``api/static/``.

The page is built from ``web/`` by ``make web`` and committed, so the Python package
carries it as package data and serves it with no npm, no CDN and no internet. Asset names
carry a content hash (vite), so they are cached for a year; ``index.html`` is not cached,
so a rebuilt bundle is picked up on the next load. Only plain file names under
``static/assets/`` are served (no paths, no dot files); the page and its assets are
public, like ``/docs``, and a content security policy keeps the page to its own origin.
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi import APIRouter
from fastapi.responses import FileResponse, Response

from api.errors import NotFound, open_query_string

STATIC = Path(__file__).resolve().parent.parent / "static"
_ASSET_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,120}\.(js|css|svg|png|woff2)$")
# Cytoscape sets element styles from script; everything else stays on this origin.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'")

router = APIRouter(tags=["explorer"])


_page: tuple[tuple[int, int], bytes] | None = None


def _page_bytes() -> bytes:
    """index.html from memory, read again when its size or time changes (a rebuilt page is served at once).
    A FileResponse stats and reads the file in worker threads: on a loaded machine each hop delays the first
    byte of the one file a cold page's first paint waits for."""
    global _page
    page = STATIC / "index.html"
    try:
        stat = page.stat()
    except FileNotFoundError:
        raise NotFound("the explorer page is not built: run `make web` (api/static/index.html is missing)") from None
    key = (stat.st_mtime_ns, stat.st_size)
    if _page is None or _page[0] != key:
        _page = (key, page.read_bytes())
    return _page[1]


@router.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
@open_query_string  # the page keeps its view (date, tab, selection) in its own query string
async def explorer_page() -> Response:
    return Response(_page_bytes(), media_type="text/html; charset=utf-8",
                    headers={"Cache-Control": "no-cache", "Content-Security-Policy": CSP,
                             "X-Content-Type-Options": "nosniff", "Referrer-Policy": "no-referrer"})


@router.get("/assets/{name}", include_in_schema=False)
async def explorer_asset(name: str) -> FileResponse:
    path = STATIC / "assets" / name
    if not _ASSET_NAME.match(name) or not path.is_file():
        raise NotFound(f"no asset '{name}'")
    return FileResponse(path, headers={"Cache-Control": "public, max-age=31536000, immutable",
                                       "X-Content-Type-Options": "nosniff"})
