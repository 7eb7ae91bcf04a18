"""`pledgegraph extract PATH... [--json]`: run extraction only, no database.

Each file is extracted on its own: a failure is reported (stderr, and the ``errors``
list with ``--json``) and the other files still run. A file that metadata excludes
(``exclude: true``, e.g. a corpus catalogue) is listed under ``excluded`` with its reason;
it is not an error. Exit code 0 when every file was extracted or excluded, 1 when some failed.
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

MetadataDir = typer.Option(
    None, "--metadata-dir", help="project metadata folder (default: PLEDGEGRAPH_METADATA_DIR or ./metadata)"
)


def extract(
    paths: list[Path] = typer.Argument(..., help="files or folders (recursive)"),
    json_: bool = typer.Option(False, "--json", help="print one JSON object {documents, excluded, errors} to stdout"),
    metadata_dir: Path | None = MetadataDir,
    out: Path | None = typer.Option(None, "--out", help="write the extractions as facts files (Parquet) into this "
                                    "folder, for `pledgegraph load --facts`, instead of printing them"),
    engine: str = typer.Option("local", "--engine", help="with --out: 'local' (this process) or 'dask' (a Dask "
                               "cluster: local, or the one at --address)"),
    address: str | None = typer.Option(None, "--address", help="with --engine dask: the scheduler, e.g. tcp://host:8786"),
    dask_workers: int = typer.Option(2, "--dask-workers", min=1, help="with --engine dask and no --address: worker processes"),
    batch: int = typer.Option(64, "--batch", min=1, help="with --out: files per facts file (and per task)"),
) -> None:
    """Extract typed facts with evidence from documents and print them (or write facts files with --out)."""
    if out is not None:
        from loaders.commands.facts import extract_to_folder

        extract_to_folder(paths, out, metadata_dir=metadata_dir, engine=engine, address=address,
                          workers=dask_workers, batch=batch, json_=json_)
        return
    import orjson

    from core.settings import get_app_settings
    from core.model import DocumentExcluded, ExtractionError
    from loaders.pipeline import extract_path, iter_document_paths

    folder = metadata_dir if metadata_dir is not None else get_app_settings().metadata_dir
    documents, excluded, errors = [], [], []
    for path in iter_document_paths(paths):
        try:
            documents.append(extract_path(path, metadata_dir=folder))
        except DocumentExcluded as exc:
            excluded.append({"source": exc.source, "reason": exc.reason, "metadata": exc.metadata_file})
            typer.echo(f"excluded: {exc.source}: {exc.reason} ({exc.metadata_file})", err=True)
        except ExtractionError as exc:
            errors.append({"source": exc.source, "reason": exc.reason})
            typer.echo(f"error: {exc.source}: {exc.reason}", err=True)
        except Exception as exc:  # noqa: BLE001 - one file's bug must not stop the others
            reason = f"internal error: {type(exc).__name__}: {exc}"
            errors.append({"source": str(path), "reason": reason})
            typer.echo(f"error: {path}: {reason}", err=True)
    if json_:
        payload = {"documents": [d.model_dump(mode="json") for d in documents], "excluded": excluded, "errors": errors}
        sys.stdout.buffer.write(orjson.dumps(payload) + b"\n")
        sys.stdout.buffer.flush()
    else:
        _print_summary(documents, excluded, errors)
    raise typer.Exit(1 if errors else 0)


def _print_summary(documents, excluded, errors) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    from core.model import FACT_GROUPS

    console = Console()
    for doc in documents:
        table = Table(title=escape(doc.source), show_header=False, title_justify="left")
        table.add_row("title", escape(doc.title or "—"))
        date = f"{doc.date} ({doc.date_precision})" if doc.date else "—"
        table.add_row("kind / date", f"{doc.kind} / {date}")
        table.add_row("format", f"{doc.format}" + (f" ({doc.encoding})" if doc.encoding else ""))
        table.add_row("languages", ", ".join(doc.languages) or "—")
        if doc.instrument:
            table.add_row("instrument", f"{doc.instrument.id} edition {doc.instrument.edition or '?'}")
        table.add_row("facts", ", ".join(f"{len(getattr(doc, g))} {g}" for g in FACT_GROUPS))
        if doc.signatories:
            table.add_row("signatories", escape(", ".join(f"{s.iso2 or s.key} {s.name}" for s in doc.signatories)))
        for w in doc.warnings:
            table.add_row("[yellow]warning[/]", escape(f"{w.code}: {w.message}"))
        console.print(table)
    console.print(f"{len(documents)} extracted, {len(errors)} failed" + (f", {len(excluded)} excluded" if excluded else ""))
