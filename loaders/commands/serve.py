"""`pledgegraph serve --host --port`: run the REST API (api.main:create_app) under uvicorn.

uvicorn builds the app through the factory, so settings are read when the server starts,
not when this module is imported; ``--reload`` watches the code for development.
"""

from __future__ import annotations

import typer


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="address to listen on (loopback by default)"),
    port: int = typer.Option(8000, "--port", help="TCP port"),
    reload: bool = typer.Option(False, "--reload", help="restart on code changes (development)"),
) -> None:
    """Serve the REST API and the read-only Cypher workbench (docs at /docs)."""
    import uvicorn

    uvicorn.run("api.main:create_app", factory=True, host=host, port=port, reload=reload, proxy_headers=False)
