"""`pledgegraph serve`: filled in by its issue."""

from __future__ import annotations

import typer


def serve() -> None:
    """Not available yet."""
    typer.echo("pledgegraph serve: not implemented yet", err=True)
    raise typer.Exit(2)
