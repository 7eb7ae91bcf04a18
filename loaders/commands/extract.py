"""`pledgegraph extract`: filled in by its issue."""

from __future__ import annotations

import typer


def extract() -> None:
    """Not available yet."""
    typer.echo("pledgegraph extract: not implemented yet", err=True)
    raise typer.Exit(2)
