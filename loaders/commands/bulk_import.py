"""`pledgegraph bulk-import --facts DIR --to DIR [--neo4j-home HOME [--start]]`: a first load
of a large corpus through `neo4j-admin database import` instead of transactions.

Steps, each usable alone: write the import files (always); import them into the stopped
server of ``--neo4j-home``; with ``--start``, start that server (scripts/neo4j.sh, ports
from NEO4J_BOLT_PORT/NEO4J_HTTP_PORT) and finish it (schema, empty lists) over NEO4J_URI.
``--finish DIR`` only finishes a server started by hand. Exit codes: 0 done, 1 done but some
facts records were rejected (listed on stderr by name), 2 nothing imported (bad input,
the tool failed, a server still running).
"""

from __future__ import annotations

import json
from pathlib import Path

import typer


def bulk_import(
    facts: list[Path] = typer.Option(None, "--facts", metavar="DIR",
                                     help="facts folders written by `pledgegraph extract --out DIR` (repeatable)"),
    to: Path | None = typer.Option(None, "--to", metavar="DIR", help="folder for the import files (CSV, headers, import.json)"),
    metadata_dir: Path | None = typer.Option(None, "--metadata-dir", help="curated metadata (default: the project's metadata/)"),
    neo4j_home: Path | None = typer.Option(None, "--neo4j-home", metavar="HOME",
                                           help="run neo4j-admin database import into this server home (its server stopped)"),
    database: str = typer.Option("neo4j", "--database", help="the database to import into"),
    overwrite: bool = typer.Option(False, "--overwrite", help="replace the database's store if it has one"),
    start: bool = typer.Option(False, "--start", help="after the import, start the home's server and finish it"),
    finish: Path | None = typer.Option(None, "--finish", metavar="DIR",
                                       help="only finish an imported database (schema, empty lists) over NEO4J_URI; "
                                            "DIR holds the import files"),
    json_: bool = typer.Option(False, "--json", help="print a JSON summary"),
) -> None:
    """Turn facts files into a database written offline by neo4j-admin (a first load; incremental loads use `load`)."""
    from core.errors import PledgegraphError

    if finish is not None:
        _finish(finish)
        return
    if not facts or to is None:
        typer.echo("error: give --facts DIR (one or more) and --to DIR, or --finish DIR", err=True)
        raise typer.Exit(2)
    if start and neo4j_home is None:
        typer.echo("error: --start needs --neo4j-home", err=True)
        raise typer.Exit(2)
    from loaders.admin_import import admin_import, start_server
    from loaders.bulkimport import facts_to_import_files

    summary: dict = {"to": str(to)}
    try:
        manifest, report = facts_to_import_files(facts, to, metadata_dir=metadata_dir)
    except PledgegraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    for f in report.files:
        if f.action == "rejected":
            typer.echo(f"rejected {f.source}: {f.reason}", err=True)
    summary.update(totals=report.totals, nodes=manifest.node_count, relationships=manifest.relationship_count,
                   files=len(manifest.nodes) + len(manifest.relationships), run_id=report.run_id)
    typer.echo(f"{manifest.node_count} nodes and {manifest.relationship_count} relationships in "
               f"{summary['files']} file groups in {to} ({', '.join(f'{k}: {v}' for k, v in sorted(report.totals.items()))})",
               err=json_)
    try:
        if neo4j_home is not None:
            done = admin_import(to, neo4j_home, database=database, overwrite=overwrite)
            summary["import_seconds"] = round(done.seconds, 1)
            typer.echo(f"imported into {neo4j_home} ({database}) in {done.seconds:.1f} s", err=json_)
            if start:
                start_server(neo4j_home)
                _finish(to, quiet=json_, exit_after=False)
            else:
                typer.echo(f"next: PLEDGEGRAPH_NEO4J_HOME={neo4j_home} scripts/neo4j.sh start, "
                           f"then pledgegraph bulk-import --finish {to}", err=json_)
    except PledgegraphError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    if json_:
        typer.echo(json.dumps(summary))
    raise typer.Exit(report.exit_code)


def _finish(folder: Path, *, quiet: bool = False, exit_after: bool = True) -> None:
    """Schema and empty lists on the server NEO4J_URI names."""
    from core.errors import PledgegraphError
    from graph.driver import driver_session
    from graph.import_files import ImportManifest
    from loaders.admin_import import finish_import

    try:
        ImportManifest.read(folder)  # a wrong folder is named before any connection is tried
        with driver_session() as (driver, database):
            names = finish_import(driver, database, folder)
    except (PledgegraphError, ValueError) as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    typer.echo(f"finished: schema applied ({len(names)} constraints and indexes), empty lists set", err=quiet)
    if exit_after:
        raise typer.Exit(0)
