"""Typed response (and request) models: the API's contract, and the source of its OpenAPI schema.

Every fact in a response carries ``evidence``: the Evidence nodes that share its
``fact_id``, each with the document it points to. Examples here feed ``/docs``.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, field_validator

from graph.bolt_values import parameters_problem

T = TypeVar("T")


class Out(BaseModel):
    model_config = ConfigDict(extra="ignore")


EVIDENCE_EXAMPLE = {
    "fact_id": "f:signed:SE:spyware-joint-statement#3", "fact_type": "signed",
    "quote": "Zviedrija", "start": 3012, "end": 3021, "lang": "lv", "confidence": 0.95, "origin": "text",
    "extractor": "signatories.list", "document_id": "doc-001", "document_title": "Joint Statement ...",
    "document_date": "2024-09-22",
}


class Evidence(Out):
    """One passage supporting a fact: quote and character span in the document's normalised text."""

    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": EVIDENCE_EXAMPLE})

    fact_id: str | None = None
    fact_type: str | None = None
    quote: str | None = None
    context: str | None = Field(default=None, description="the sentence around the quote, when the loader kept it")
    start: int | None = None
    end: int | None = None
    lang: str | None = None
    confidence: float | None = None
    origin: str | None = Field(default=None, description="text, or metadata for curated facts")
    extractor: str | None = None
    document_id: str | None = None
    document_title: str | None = None
    document_date: str | None = Field(default=None, description="ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])


class Page(Out, Generic[T]):
    """A page of a sorted list; ``total`` counts every row, not just this page."""

    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="path and query of the next page; null on the last page")
    sort: str
    order: Literal["asc", "desc"]
    items: list[T]


# --- states -----------------------------------------------------------------------------

class StateSummary(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "iso2": "SE", "iso3": "SWE", "name": "Sweden", "eu_member": True,
        "instruments_signed": 1, "stances": 2, "mentions": 1}})

    iso2: str
    iso3: str | None = None
    name: str | None = None
    eu_member: bool | None = None
    instruments_signed: int = 0
    stances: int = 0
    mentions: int = 0


class Signature(Out):
    edition_id: str
    number: int | None = None
    date: dt.date | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class SignedInstrument(Out):
    instrument_id: str
    title: str | None = None
    kind: str | None = None
    joined: dt.date | None = Field(default=None, description="date of the first edition that lists the state")
    first_edition: int | None = None
    editions: list[Signature] = []


class StanceOut(Out):
    actor_id: str | None = None
    actor_name: str | None = None
    actor_kind: str | None = None
    stance: Literal["oppose", "support"]
    target_id: str | None = None
    target_label: str | None = None
    target_kind: str | None = None
    provision: str | None = None
    via: str | None = Field(default=None, description="the instrument through which the stance is known")
    reported: bool | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class MentionOut(Out):
    document_id: str
    document_title: str | None = None
    document_date: str | None = Field(default=None, description="ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])
    kind: str | None = None
    role: str | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class StateInfo(Out):
    iso2: str
    iso3: str | None = None
    name: str | None = None
    names: list[str] | None = None
    eu_member: bool | None = None


class StateRecord(Out):
    state: StateInfo
    instruments: list[SignedInstrument]
    stances: list[StanceOut]
    mentions: list[MentionOut]


# --- instruments ------------------------------------------------------------------------

class InstrumentSummary(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "instrument_id": "spyware-joint-statement", "title": "Joint statement on commercial spyware",
        "kind": "joint_statement", "origin": "metadata", "editions": 3, "latest_edition": 3,
        "latest_edition_date": "2024-09-22", "signatories": 21}})

    instrument_id: str = Field(description="the instrument's id, under this name on every endpoint")
    title: str | None = None
    kind: str | None = None
    origin: str | None = None
    editions: int = 0
    latest_edition: int | None = None
    latest_edition_date: dt.date | None = None
    signatories: int = 0


class ExpressingDocument(Out):
    document_id: str
    title: str | None = None
    languages: list[str] | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class EditionOut(Out):
    id: str
    number: int | None = None
    date: dt.date | None = None
    label: str | None = None
    origin: str | None = None
    signatory_count: int | None = Field(default=None, description="as stated by the edition, else the signatures linked")
    signatories_linked: int = Field(default=0, description="SIGNED relationships in the graph")
    documents: list[ExpressingDocument] = []


class CommitmentTextOut(Out):
    lang: str | None = None
    text: str | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class CommitmentOut(Out):
    id: str
    ordinal: int | None = None
    texts: list[CommitmentTextOut] = Field(default=[], description="one per language")


class AuthorOut(Out):
    actor_id: str | None = None
    actor_name: str | None = None
    actor_kind: str | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class InstrumentInfo(Out):
    instrument_id: str = Field(description="the instrument's id, under this name on every endpoint")
    title: str | None = None
    kind: str | None = None
    titles: list[str] | dict[str, str] | None = None
    origin: str | None = None


class InstrumentRecord(Out):
    instrument: InstrumentInfo
    editions: list[EditionOut]
    commitments: list[CommitmentOut]
    stances: list[StanceOut]
    authors: list[AuthorOut]


class SignatoryOut(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "iso2": "SE", "name": "Sweden", "eu_member": True, "joined": "2023-03-30", "first_edition": 1,
        "signatures": [{"edition_id": "spyware-joint-statement#1", "number": 1, "date": "2023-03-30",
                        "fact_id": "f:...", "evidence": [EVIDENCE_EXAMPLE]}]}})

    iso2: str
    name: str | None = None
    eu_member: bool | None = None
    joined: dt.date | None = None
    first_edition: int | None = None
    signatures: list[Signature] = []


class EditionRef(Out):
    id: str
    number: int | None = None
    date: dt.date | None = None
    signatory_count: int | None = None


class SignatoryPage(Page[SignatoryOut]):
    instrument: InstrumentInfo
    as_of: dt.date | None = None
    edition: EditionRef | None = Field(default=None, description="the latest edition dated on or before as_of")


# --- documents --------------------------------------------------------------------------

class DocumentSummary(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "id": "doc-001", "title": "Joint Statement ...", "date": "2024-09-22", "date_precision": "day",
        "kind": "joint_statement", "format": "text", "languages": ["lv"], "source_url": None,
        "sha256": "bd97...", "evidence_count": 40}})

    id: str
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])
    date_precision: str | None = None
    kind: str | None = None
    format: str | None = None
    languages: list[str] | None = None
    source_url: str | None = None
    sha256: str | None = None
    evidence_count: int = 0


class DocumentInfo(DocumentSummary):
    extractor_version: str | None = None
    text: str | None = Field(default=None, description="the normalised text (with include_text=true)")


class LanguageBlockOut(Out):
    id: str | None = None
    lang: str | None = None
    start: int | None = None
    end: int | None = None
    confidence: float | None = None


class ExpressedEdition(Out):
    instrument_id: str
    edition_id: str
    number: int | None = None
    date: dt.date | None = None
    fact_id: str | None = None


class DocumentFact(Out):
    fact_id: str | None = None
    fact_type: str | None = None
    predicate: str | None = Field(default=None, description="relationship type, e.g. SIGNED, OPPOSES")
    stance: Literal["oppose", "support"] | None = Field(default=None, description="for a stance, spelled as everywhere in the API")
    subject_kind: str | None = None
    subject: str | None = None
    subject_name: str | None = None
    object_kind: str | None = None
    object: str | None = None
    object_name: str | None = None
    evidence: list[Evidence] = Field(default=[], description="the passages of this document supporting it")


class DocumentRecord(Out):
    document: DocumentInfo
    blocks: list[LanguageBlockOut]
    authors: list[AuthorOut]
    expresses: list[ExpressedEdition]
    facts: list[DocumentFact]


# --- search and graph ---------------------------------------------------------------------

class SearchHit(Out):
    id: str
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])
    kind: str | None = None
    languages: list[str] | None = None
    score: float
    snippet: str | None = None


class SearchResult(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "q": "surveillance", "total": 2, "limit": 20, "offset": 0,
        "items": [{"id": "doc-003", "title": "Commission guidance for exporters ...", "date": "2024-11-24",
                   "kind": "news", "languages": ["en"], "score": 1.3, "snippet": "... cyber-surveillance items ..."}]}})

    q: str
    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="path and query of the next page; null on the last page")
    items: list[SearchHit]


class GraphNode(Out):
    id: str = Field(description="stable uid (state:SE, edition:...#2); edges refer to it; the same after a rebuild")
    key: str | None = Field(default=None, description="natural key (iso2, key or id): pass it back as ?id=")
    labels: list[str]
    caption: str | None = None
    date: str | None = Field(default=None, description="ISO date; a date known only to the year is \"2018\", to the month \"2018-05\"", examples=["2024-09-22", "2018"])
    depth: int


class GraphEdge(Out):
    id: str = Field(description="the fact_id, or type:source->target for a structural link")
    type: str
    source: str
    target: str
    fact_id: str | None = None


class Neighbourhood(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "root": "state:SE", "depth": 1, "as_of": None, "truncated": False,
        "nodes": [{"id": "state:SE", "key": "SE", "labels": ["State"], "caption": "Sweden", "date": None, "depth": 0},
                  {"id": "edition:spyware-joint-statement#1", "key": "spyware-joint-statement#1", "labels": ["Edition"],
                   "caption": "spyware-joint-statement#1", "date": "2023-03-30", "depth": 1}],
        "edges": [{"id": "f-3c1e...", "type": "SIGNED", "source": "state:SE", "target": "edition:spyware-joint-statement#1",
                   "fact_id": "f-3c1e..."}]}})

    root: str
    depth: int
    as_of: dt.date | None = None
    truncated: bool
    nodes: list[GraphNode]
    edges: list[GraphEdge]


# --- named queries ------------------------------------------------------------------------

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


# --- service --------------------------------------------------------------------------

class Health(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {"status": "ok"}})

    status: Literal["ok"] = "ok"


class Ready(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "status": "ready", "neo4j": "reachable", "missing_schema": []}})

    status: Literal["ready", "not_ready"]
    neo4j: Literal["reachable", "unreachable"]
    missing_schema: list[str] = []


class IngestResult(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "filename": "statement.txt", "size": 8374, "format": "text", "dry_run": False,
        "report": {"loaded": 1, "failed": 0, "errors": []}}})

    filename: str = Field(description="the sanitised name the document was loaded under")
    size: int
    format: str
    dry_run: bool
    report: dict[str, Any]
