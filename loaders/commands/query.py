"""`pledgegraph query [NAME] [-p key=value ...]`: run a named query from cypher/queries/.

The same files the API serves and a researcher pastes into Neo4j Browser, for the shell
and for scripts: a table on a terminal, JSON or CSV for pipes. Parameters are validated
against the file's declared types before anything reaches the server.
"""

from __future__ import annotations

import csv
import json
import sys
from enum import Enum
from typing import Any

import typer
from rich.console import Console
from rich.table import Table

from graph.driver import open_driver
from core.errors import PledgegraphError
from graph.named_queries import ParameterError, load_named_queries
from core.settings import get_neo4j_settings


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _plain(value: Any) -> Any:
    """Neo4j temporal values and nested structures as JSON-friendly values."""
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _cell(value: Any) -> str:
    value = _plain(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def _parse_params(pairs: list[str]) -> dict[str, str]:
    params: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"expected key=value, got {pair!r}", param_hint="--param")
        params[key.strip()] = value
    return params


def query(
    name: str = typer.Argument(None, help="query name; omit to list the queries"),
    param: list[str] = typer.Option([], "--param", "-p", help="a parameter as key=value (repeatable)"),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table, json or csv"),
) -> None:
    """Run a named query (cypher/queries/*.cypher) in a read transaction, or list them."""
    err = Console(stderr=True)
    queries = load_named_queries()
    if not name:
        table = Table(title="named queries (cypher/queries/)")
        for col in ("name", "parameters", "description"):
            table.add_column(col)
        for q in queries.values():
            params = ", ".join(f"{p.name}: {p.type}{'?' if p.nullable else ''}" + ("" if p.required else f" = {p.default}")
                               for p in q.params)
            table.add_row(q.name, params, q.description[:120])
        Console().print(table)
        return
    if name not in queries:
        err.print(f"[red]error:[/red] no query named {name!r}; known: {', '.join(queries)}")
        raise typer.Exit(2)
    q = queries[name]
    try:
        bound = q.bind(_parse_params(param))
    except ParameterError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    settings = get_neo4j_settings()
    try:
        driver = open_driver(settings)
    except PledgegraphError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    try:
        with driver.session(database=settings.database, default_access_mode="READ") as session:
            records = session.execute_read(lambda tx: [r.data() for r in tx.run(q.cypher, bound)])
    finally:
        driver.close()
    columns = list(records[0].keys()) if records else []
    if fmt is Format.json:
        typer.echo(json.dumps({"query": name, "parameters": _plain(bound), "columns": columns,
                               "rows": _plain(records)}, ensure_ascii=False, indent=2, default=str))
    elif fmt is Format.csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for r in records:
            writer.writerow([_cell(r[c]) for c in columns])
    else:
        table = Table(title=f"{q.title} ({len(records)} rows)")
        for c in columns:
            table.add_column(c, overflow="fold", max_width=60)
        for r in records:
            table.add_row(*[_cell(r[c])[:300] for c in columns])
        Console().print(table)
