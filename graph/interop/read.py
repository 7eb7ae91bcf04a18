"""Read participation rows for the interop formats (the side-effecting edge)."""

from __future__ import annotations

from typing import Any

import neo4j

from graph.cypher_files import statement


def participation_rows(driver: neo4j.Driver, database: str, instrument: str | None = None) -> list[dict[str, Any]]:
    records = driver.execute_query(statement("interop", "participation"), instrument=instrument, database_=database).records
    return [r.data() for r in records]
