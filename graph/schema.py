"""Apply the schema in ``cypher/schema/*.cypher`` idempotently, and check it is there.

The statements live in Cypher files (a researcher can paste them into Neo4j Browser);
this module only splits them, runs them in file order and compares what the server
reports with what the files declare.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import neo4j

from graph.errors import SchemaError
from core.settings import get_app_settings

_NAME = re.compile(r"^CREATE\s+(?:FULLTEXT\s+|RANGE\s+|TEXT\s+|POINT\s+)?(CONSTRAINT|INDEX)\s+(\w+)", re.I)


@dataclass(frozen=True)
class SchemaStatement:
    file: str
    kind: str  # "constraint" or "index"
    name: str
    cypher: str


def split_statements(source: str) -> list[str]:
    """Split a Cypher file into statements; ``//`` comment lines are dropped."""
    lines = [ln for ln in source.splitlines() if not ln.strip().startswith("//")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def schema_statements(cypher_dir: Path | None = None) -> list[SchemaStatement]:
    cypher_dir = cypher_dir or get_app_settings().cypher_dir
    out: list[SchemaStatement] = []
    for path in sorted((cypher_dir / "schema").glob("*.cypher")):
        for stmt in split_statements(path.read_text(encoding="utf-8")):
            m = _NAME.match(stmt)
            if not m or "IF NOT EXISTS" not in stmt.upper():
                raise SchemaError(f"{path.name}: every schema statement must be a named CREATE ... IF NOT EXISTS: {stmt[:80]}")
            out.append(SchemaStatement(path.name, m.group(1).lower(), m.group(2), stmt))
    return out


def apply_schema(driver: neo4j.Driver, database: str, cypher_dir: Path | None = None) -> list[str]:
    """Create what is missing; returns the names of the statements run. Safe to repeat."""
    statements = schema_statements(cypher_dir)
    for st in statements:
        try:
            driver.execute_query(st.cypher, database_=database)
        except neo4j.exceptions.Neo4jError as exc:
            raise SchemaError(f"{st.file}: {st.name}: {exc.message}") from exc
    # Wait so a load right after does not race an index still populating.
    driver.execute_query("CALL db.awaitIndexes(300)", database_=database)
    return [st.name for st in statements]


def missing_schema(driver: neo4j.Driver, database: str, cypher_dir: Path | None = None) -> list[str]:
    """Names declared in the files that the server does not have."""
    present = {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database).records}
    present |= {r["name"] for r in driver.execute_query("SHOW INDEXES YIELD name", database_=database).records}
    return [st.name for st in schema_statements(cypher_dir) if st.name not in present]
