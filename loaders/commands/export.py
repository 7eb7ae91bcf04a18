"""`pledgegraph export --out DIR`: the whole graph as files (graph/export.py).

A CSV file per node label (``nodes/``), per fact type with its evidence in columns
(``facts/``) and per structural link type (``links/``), ``graph.jsonl`` with everything,
and ``manifest.json`` naming the data version the files were read at. The same files the
API streams under ``GET /export``.
"""

from __future__ import annotations

import time
from pathlib import Path

import typer
from rich.console import Console

from graph.driver import open_driver
from graph.errors import PledgegraphError
from core.settings import get_neo4j_settings


def export(out: Path = typer.Option(..., "--out", "-o", help="directory to write the files into (created)")) -> None:
    """Write the whole graph as CSV and JSON lines files into --out."""
    from graph.export import export_graph
    from graph.versions import current_version

    err = Console(stderr=True)
    settings = get_neo4j_settings()
    try:
        driver = open_driver(settings)
    except PledgegraphError as exc:
        err.print(f"[red]error:[/red] {exc}")
        raise typer.Exit(2) from exc
    started = time.perf_counter()
    try:
        manifest = export_graph(driver, settings.database, out, data_version=current_version(driver, settings.database))
    except OSError as exc:
        err.print(f"[red]error:[/red] cannot write into {out}: {exc}")
        raise typer.Exit(2) from exc
    finally:
        driver.close()
    rows = sum(f["rows"] for f in manifest.files)
    version = manifest.data_version.get("version")
    Console().print(f"{len(manifest.files)} CSV files ({rows:,} rows) and graph.jsonl written to {out} "
                    f"in {time.perf_counter() - started:.1f} s; data version {version if version is not None else 'none'}")
