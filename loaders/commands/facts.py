"""`pledgegraph extract --out DIR [--engine dask]`: extraction into facts files.

Exit code 0 when every file was extracted or excluded, 1 when some were rejected (they are
in the files too, with their reason, and listed on stderr), 2 for an unknown engine or a
cluster that cannot be reached.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

import typer

ENGINES = ("local", "dask")


def extract_to_folder(paths: list[Path], out: Path, *, metadata_dir: Path | None, engine: str, address: str | None,
                      workers: int, batch: int, json_: bool) -> None:
    from core.settings import get_app_settings
    from loaders.factextract import extract_to_files, extract_to_files_dask

    if engine not in ENGINES:
        typer.echo(f"error: --engine must be one of {', '.join(ENGINES)}, not {engine!r}", err=True)
        raise typer.Exit(2)
    folder = metadata_dir if metadata_dir is not None else get_app_settings().metadata_dir
    started = time.perf_counter()
    try:
        if engine == "dask":
            summary = extract_to_files_dask(paths, out, metadata_dir=folder, batch=batch, address=address, workers=workers)
        else:
            summary = extract_to_files(paths, out, metadata_dir=folder, batch=batch)
    except OSError as exc:  # a scheduler that cannot be reached, an output folder that cannot be written
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from exc
    for e in summary.errors:
        typer.echo(f"error: {e['source']}: {e['reason']}", err=True)
    seconds = round(time.perf_counter() - started, 2)
    if json_:
        typer.echo(json.dumps({**summary.manifest(), "out": str(out), "seconds": seconds, "errors": summary.errors}))
    else:
        counts = ", ".join(f"{v} {k}" for k, v in sorted(summary.counts.items())) or "no files"
        typer.echo(f"{counts} into {summary.parts} facts files in {out} ({summary.engine}, {seconds} s)")
    raise typer.Exit(1 if summary.errors else 0)
