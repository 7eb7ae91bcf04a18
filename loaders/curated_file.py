"""A curated file (or one page of it) ready to write, and the evidence its facts carry.

Shared by ``loaders/curated.py`` (manifests, lineage) and ``loaders/participation.py``
(public pages), so neither imports the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from core.model import Evidence
from graph.rows import DocumentRows


@dataclass
class CuratedFile:
    key: str          # stable path key, e.g. "curated:instruments/spyware-joint-statement.yaml"
    path: Path
    sha256: str
    title: str
    rows: DocumentRows


def metadata_evidence(quote: str, extractor: str) -> Evidence:
    """A curated fact's evidence: the file's own wording, no span in any text."""
    return Evidence(quote=quote, confidence=1.0, origin="metadata", extractor=extractor)
