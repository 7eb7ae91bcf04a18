"""`pledgegraph query`: filled in by its issue."""

from __future__ import annotations

import typer


def query() -> None:
    """Not available yet."""
    typer.echo("pledgegraph query: not implemented yet", err=True)
    raise typer.Exit(2)
