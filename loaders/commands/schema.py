"""`pledgegraph schema apply|status`: create the constraints and indexes, or check them."""

from __future__ import annotations

import typer
from rich.console import Console

from graph.driver import driver_session
from core.errors import PledgegraphError
from graph.schema import apply_schema, missing_schema

app = typer.Typer(help="Create or check the graph's constraints and indexes (cypher/schema/).", no_args_is_help=True)
console = Console(stderr=True)


@app.command("apply")
def apply() -> None:
    """Create every constraint and index in cypher/schema/ that is missing (idempotent)."""
    try:
        with driver_session() as (driver, database):
            names = apply_schema(driver, database)
    except PledgegraphError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    typer.echo(f"schema applied: {len(names)} constraints and indexes present")


@app.command("status")
def status() -> None:
    """List schema items the server lacks; exit 1 if any."""
    try:
        with driver_session() as (driver, database):
            missing = missing_schema(driver, database)
    except PledgegraphError as exc:
        console.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    if missing:
        typer.echo("missing: " + ", ".join(missing))
        raise typer.Exit(1)
    typer.echo("schema complete")
