"""`pledgegraph load PATH...`: load new and changed documents into the graph.

A rich progress bar on a terminal, a JSON report with --json (for cron and CI), and
exit codes a scheduler can act on: 0 all loaded, 1 some files rejected, 2 nothing done,
3 another load run holds the loader lease (``--wait SECONDS`` waits for it).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.driver import open_driver
from core.errors import PledgegraphError
from core.settings import get_neo4j_settings


def load(
    paths: list[Path] = typer.Argument(None, help="files or folders (recursive)"),
    facts: list[Path] = typer.Option(None, "--facts", metavar="DIR",
                                     help="load facts files written by `pledgegraph extract --out DIR` (repeatable)"),
    dry_run: bool = typer.Option(False, "--dry-run", help="report what would change; write nothing"),
    json_: bool = typer.Option(False, "--json", help="print the load report as JSON"),
    metadata_dir: Path | None = typer.Option(None, "--metadata-dir", help="curated metadata (default: the project's metadata/)"),
    force: bool = typer.Option(False, "--force", help="re-extract unchanged files too (after the rules changed)"),
    wait: float = typer.Option(0.0, "--wait", metavar="SECONDS", min=0.0,
                               help="wait up to SECONDS for another load run holding the loader lease "
                                    "(default: exit 3 at once, naming it)"),
    outcomes: Path | None = typer.Option(None, "--outcomes", metavar="FILE",
                                         help="write every file's outcome to FILE as it is reported, one JSON "
                                              "object a line (the report lists at most 1,000 files)"),
) -> None:
    """Load documents: schema first, then each new or changed file in its own transaction."""
    from loaders.run import FileOutcome, load_paths, iter_document_paths

    err = Console(stderr=True, soft_wrap=True)  # one line per rejected file: long paths must stay greppable
    if bool(paths) == bool(facts):
        err.print("[red]error:[/red] give files or folders, or --facts DIR, not both and not neither")
        raise typer.Exit(2)
    settings = get_neo4j_settings()
    log = _open_outcomes(outcomes, err)
    try:
        driver = open_driver(settings)
    except PledgegraphError as exc:
        if json_:
            typer.echo('{"status": "failed", "exit_code": 2, "error": ' + _json_str(str(exc)) + "}")
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    show_bar = not json_ and sys.stderr.isatty()
    try:
        if facts:
            from loaders.factload import load_facts

            report = load_facts(facts, driver=driver, database=settings.database, dry_run=dry_run,
                                metadata_dir=metadata_dir, force=force, lease_wait=wait, progress=_logger(log))
        elif show_bar:
            total = sum(1 for _ in iter_document_paths(paths))
            with Progress(TextColumn("[bold]loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                          TextColumn("{task.description}"), console=err) as bar:
                task = bar.add_task("", total=total)
                logged = _logger(log)

                def tick(o: FileOutcome) -> None:
                    if logged is not None:
                        logged(o)
                    if o.kind != "curated":
                        bar.update(task, advance=1, description=Path(o.source).name[:40])

                report = load_paths(paths, driver=driver, database=settings.database, dry_run=dry_run,
                                    metadata_dir=metadata_dir, progress=tick, force=force, lease_wait=wait)
        else:
            report = load_paths(paths, driver=driver, database=settings.database, dry_run=dry_run, metadata_dir=metadata_dir,
                                force=force, lease_wait=wait, progress=_logger(log))
    finally:
        driver.close()
        if log is not None:
            log.close()
    if report.took_over:
        err.print(f"took over the loader lease of a dead run: {report.took_over}")
    for f in report.files:
        if f.action == "rejected":
            err.print(f"[red]rejected[/red] {f.source}: {f.reason}")
    if report.error:
        err.print(f"[red]error:[/red] {report.error}")
    if json_:
        typer.echo(report.model_dump_json(indent=2))
    else:
        title = f"load run {report.run_id}" + (" (dry run)" if dry_run else "")
        if report.listing == "notable":
            title += f": the {len(report.files)} notable files (rejected, excluded, with warnings)"
        table = Table(title=title)
        for col in ("file", "action", "placement", "facts", "warnings"):
            table.add_column(col)
        for f in report.files:
            table.add_row(Path(f.source).name, f.action, f.placement or f.reason or "", str(f.facts), str(f.warnings))
        Console().print(table)
        Console().print(", ".join(f"{k}: {v}" for k, v in sorted(report.totals.items())) + f" in {report.seconds:.1f}s")
    if report.unlisted:
        err.print(f"{report.unlisted:,} outcomes are counted but not listed"
                  + (f"; every one is in {outcomes}" if outcomes else "; --outcomes FILE writes every one"))
    raise typer.Exit(report.exit_code)


def _open_outcomes(path: Path | None, err: Console):
    """The --outcomes file, opened before the run so that a bad path fails at once."""
    if path is None:
        return None
    try:
        return path.open("w", encoding="utf-8")
    except OSError as exc:
        err.print(f"[red]error:[/red] --outcomes {path}: {exc.strerror or exc}")
        raise typer.Exit(2) from exc


def _logger(log):
    """A progress callback writing each outcome to ``log`` as one JSON line (None without a log)."""
    if log is None:
        return None

    def write(o) -> None:
        log.write(o.model_dump_json(exclude_none=True) + "\n")

    return write


def _json_str(s: str) -> str:
    import json

    return json.dumps(s)
