"""Typed models of the named queries (``/queries``) and the Cypher workbench (``/cypher``).

Both answer with columns and rows of a Cypher statement, so they share :class:`Rows`.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from api.models import EVIDENCE_EXAMPLE, Out
from graph.bolt_values import parameters_problem


class QueryParamInfo(Out):
    name: str
    type: str
    nullable: bool
    required: bool
    default: Any = None
    description: str = ""


class QueryInfo(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "name": "signatories_opposing_export_rules", "title": "Signatories who opposed stricter export rules",
        "description": "...", "file": "signatories_opposing_export_rules.cypher", "url": "/queries/signatories_opposing_export_rules",
        "parameters": [{"name": "as_of", "type": "date", "nullable": True, "required": False, "default": None,
                        "description": "YYYY-MM-DD; null means the latest edition"}]}})

    name: str
    title: str
    description: str
    file: str
    url: str
    parameters: list[QueryParamInfo]


class QueryList(Out):
    queries: list[QueryInfo]


class Rows(Out):
    """Columns and rows of a Cypher statement (named query or workbench)."""

    columns: list[str]
    rows: list[dict[str, Any]]
    row_count: int


class QueryResult(Rows):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "name": "signatories_opposing_export_rules", "parameters": {"as_of": "2024-06-01"},
        "columns": ["iso2", "name", "signed_evidence", "opposed_evidence"], "row_count": 1,
        "rows": [{"iso2": "SE", "name": "Sweden", "signed_evidence": [EVIDENCE_EXAMPLE], "opposed_evidence": [EVIDENCE_EXAMPLE]}]}})

    name: str
    parameters: dict[str, Any]
    total: int | None = Field(default=None, description="rows in the whole answer; null when the query pages itself")
    limit: int
    offset: int
    next: str | None = Field(default=None, description="path and query of the next page; null on the last page")


class CypherRequest(BaseModel):
    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"query": "MATCH (s:State)-[:SIGNED]->(e:Edition) WHERE e.date <= $d RETURN DISTINCT s.iso2 AS iso2 ORDER BY iso2",
         "parameters": {"d": "2024-06-01"}}]})

    query: str = Field(min_length=1, max_length=20_000, description="one read-only Cypher statement")
    parameters: dict[str, Any] = Field(default_factory=dict, description="$name values (JSON)")

    @field_validator("parameters")
    @classmethod
    def _bolt_can_carry(cls, parameters: dict[str, Any]) -> dict[str, Any]:
        """Integers beyond 64 bits and broken Unicode would fail in the driver, as a 500."""
        if problem := parameters_problem(parameters):
            raise ValueError(problem)
        return parameters


class CypherNotification(Out):
    """One of the server's notifications on the statement (a warning or a hint), as Neo4j gives it."""

    gql_status: str = Field(description="the GQL status code, e.g. 01N50 (label does not exist), 03N90 (cartesian product)")
    description: str | None = None
    severity: str | None = Field(default=None, description="WARNING or INFORMATION")
    category: str | None = Field(default=None, description="UNRECOGNIZED, PERFORMANCE, DEPRECATION, HINT, ...")
    position: dict[str, int] | None = Field(default=None, description="offset, line and column in the query, if given")


class CypherResult(Rows):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "columns": ["iso2"], "rows": [{"iso2": "SE"}], "row_count": 1, "truncated": False, "row_cap": 1000,
        "timeout_seconds": 5.0, "elapsed_ms": 12.5, "query_type": "r",
        "notifications": [{"gql_status": "01N50", "description": "warn: label does not exist. The label `Stat` does not exist.",
                           "severity": "WARNING",
                           "category": "UNRECOGNIZED", "position": {"offset": 9, "line": 1, "column": 10}}]}})

    truncated: bool = Field(description="true when the row cap cut the result short")
    row_cap: int
    timeout_seconds: float
    elapsed_ms: float
    query_type: str
    notifications: list[CypherNotification] = Field(
        default=[], description="the server's warnings and hints on the statement (unknown labels, Cartesian products, ...)")
