"""Typed response (and request) models: the API's contract, and the source of its OpenAPI schema.

Every fact in a response carries ``evidence``: the Evidence nodes that share its
``fact_id``, each with the document it points to. Examples here feed ``/docs``.
"""

from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field

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
