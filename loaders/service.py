"""The loaders' one public entry for callers outside ``loaders/`` (the API).

An upload is loaded as the CLI loads a folder: by :func:`loaders.run.load_paths`, through
a driver of its own opened with the CLI's settings, so a transient error is retried for
``NEO4J_MAX_TRANSACTION_RETRY_TIME`` (15 s) rather than failing at once as the API's
read driver does (its retry time is 0, so a slow read never holds a request). The
format check and the metadata sidecar format are the readers' and the metadata module's,
named here so the API needs nothing else of ``loaders``.
"""

from __future__ import annotations

from pathlib import Path

from core.settings import get_neo4j_settings
from graph.driver import open_driver
from loaders.metadata import SIDECAR_SUFFIX, DocumentMetadata, MetadataError, parse_yaml_text
from loaders.readers.detect import detect_format
from loaders.report import LoadReport

__all__ = ["SIDECAR_SUFFIX", "DocumentMetadata", "MetadataError", "parse_yaml_text", "detect_format",
           "LoadReport", "load_upload"]


def load_upload(path: Path, name: str, *, database: str | None = None, dry_run: bool = False,
                lease_wait: float = 0.0) -> LoadReport:
    """Load one uploaded file under the name it was sent as (a changed version uploaded
    under the same name replaces the earlier one). Blocking: call it off the event loop."""
    from loaders.run import load_paths  # the loader is heavy; imported on first upload only

    settings = get_neo4j_settings()
    driver = open_driver(settings, verify=False)
    try:
        return load_paths([path], driver=driver, database=database or settings.database, dry_run=dry_run,
                          source_names={path: name}, lease_wait=lease_wait)
    finally:
        driver.close()
