"""`pledgegraph load`: filled in by its issue."""

from __future__ import annotations

import typer


def load() -> None:
    """Not available yet."""
    typer.echo("pledgegraph load: not implemented yet", err=True)
    raise typer.Exit(2)
