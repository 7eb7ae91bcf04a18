"""Read a single-statement Cypher file from ``cypher/<group>/<name>.cypher``.

Statements the code runs live in files like everything a researcher reads; this keeps
them out of Python strings and lets a reader paste any of them into Neo4j Browser.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from graph.errors import CypherFileError
from core.settings import get_app_settings


@lru_cache(maxsize=256)
def _read(path: Path) -> str:
    if not path.is_file():
        raise CypherFileError(f"missing Cypher file {path}")
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.strip().startswith("//")]
    return "\n".join(lines).strip().rstrip(";")


def statement(group: str, name: str, cypher_dir: Path | None = None) -> str:
    return _read((cypher_dir or get_app_settings().cypher_dir) / group / f"{name}.cypher")
