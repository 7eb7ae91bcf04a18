"""The rows a first load of a folder writes, computed without a database (for the ceiling).

The write ceiling must write *the same facts* as the loader, so this mirrors
``load_paths`` on an empty graph step by step: the curated metadata files first, then
every file in the loader's order, extracted, placed in an instrument and edition by the
same identity step (which learns from the documents before it, hence sequential), and
turned into rows by ``graph.rows``. Extraction, the slow part, runs on a process pool;
it is not what the ceiling measures.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from graph.rows import DocumentRows, document_rows
from loaders.curated import curated_files
from loaders.identity import place
from loaders.known_instruments import KnownInstruments, remember
from core.model import ExtractedDocument, ExtractionError
from loaders.pipeline import extract_path, iter_document_paths
from loaders.run import path_key
from loaders.scheduling import placement_props


@dataclass
class PlannedDocument:
    """One document's transaction: its rows and its placement record (None for curated files)."""

    rows: DocumentRows
    placement: dict | None


def _extract(path: str, metadata_dir: Path) -> ExtractedDocument | None:
    try:
        return extract_path(path, metadata_dir=metadata_dir)
    except ExtractionError:
        return None  # the loader rejects it: nothing written, so nothing for the ceiling either


def planned_documents(paths: list[Path], metadata_dir: Path, workers: int | None = None) -> Iterator[PlannedDocument]:
    """Yield the rows of a first load of ``paths``, in the loader's order."""
    files, manifests = curated_files(metadata_dir)
    for cf in files:
        yield PlannedDocument(cf.rows, None)
    known = KnownInstruments()
    found = [str(p) for p in iter_document_paths(paths)]
    with ProcessPoolExecutor(max_workers=workers or os.cpu_count() or 1) as pool:
        for path, doc in zip(found, pool.map(partial(_extract, metadata_dir=metadata_dir), found, chunksize=32)):
            if doc is None:
                continue
            placement = place(doc, known, manifests)
            rows = document_rows(doc, path_key(Path(path)), placement)
            if placement is not None:
                remember(known, doc, placement)
            yield PlannedDocument(rows, placement_props(doc, placement))
