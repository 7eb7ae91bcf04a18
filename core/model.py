"""Typed facts with evidence: the one contract between extraction and the graph writer.

Extraction produces an :class:`ExtractedDocument`; the graph writer consumes it and
never looks at the source file. Everything a fact claims is backed by an
:class:`Evidence` pointing into ``ExtractedDocument.text`` (the normalised text), or is
marked ``origin="metadata"`` when it came from a curated sidecar file instead.

Models forbid unknown fields so a typo in a metadata file or an extractor is an error,
not a silently dropped fact.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from core.errors import DocumentExcluded, ExtractionError  # noqa: F401 - part of the model's public names

EXTRACTOR_VERSION = "0.3.0"

DocumentKind = Literal[
    "joint_statement",
    "position_paper",
    "ngo_statement",
    "news",
    "legal_act",
    "guideline",
    "other",
]
Origin = Literal["text", "metadata"]
StanceKind = Literal["support", "oppose"]
ActorKind = Literal["state", "organization", "person"]
OrganizationKind = Literal[
    "ngo", "eu_institution", "company", "intergovernmental", "initiative", "government", "academic", "other"
]
MentionKind = Literal["state", "organization", "person", "product", "company"]
ReferenceKind = Literal[
    "regulation",
    "directive",
    "decision",
    "recommendation",
    "proposal",
    "initiative",
    "strategy",
    "guidelines",
    "other",
]


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Evidence(Model):
    """Where a fact comes from. Offsets are into the normalised text, ``text[start:end] == quote``.

    Metadata facts have no span in the text: ``start``/``end`` are ``None`` and ``quote``
    holds the metadata file's own wording (or the file name).
    """

    quote: str
    start: int | None = None
    end: int | None = None
    lang: str | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    origin: Origin = "text"
    extractor: str = Field(description="rule that produced the fact, e.g. 'signatories.we_the_governments'")
    extractor_version: str = EXTRACTOR_VERSION


class LanguageBlock(Model):
    """A contiguous run of the normalised text in one language (a bilingual file has two)."""

    lang: str
    start: int
    end: int
    confidence: float = Field(ge=0.0, le=1.0)


class StateRef(Model):
    iso2: str = Field(pattern=r"^[A-Z]{2}$")
    name: str = Field(description="English short name")


class ActorRef(Model):
    """Who: a state (by ISO code), an organisation or a person (by normalised key)."""

    kind: ActorKind
    key: str = Field(description="ISO alpha-2 for states; slug for organisations and people")
    name: str
    iso2: str | None = None
    org_kind: OrganizationKind | None = None


class Signatory(Model):
    """A party that signed: a state (``iso2``) or, with ``kind="organization"``, an
    organisation (``key``, ``org_kind``, no ``iso2``), so code reading ``iso2`` never
    mistakes an organisation for a state."""

    iso2: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    name: str
    surface: str = Field(description="the form the text uses, e.g. 'Stanów Zjednoczonych'")
    block: int = Field(description="index into ExtractedDocument.blocks")
    evidence: Evidence
    kind: Literal["state", "organization"] = "state"
    key: str | None = Field(default=None, description="organisation slug; None for states")
    org_kind: OrganizationKind | None = None

    @model_validator(mode="after")
    def _party_named(self) -> "Signatory":
        if self.kind == "state" and not self.iso2:
            raise ValueError("a state signatory needs iso2")
        if self.kind == "organization" and (self.iso2 or not self.key):
            raise ValueError("an organisation signatory has a key and no iso2")
        return self

    @property
    def party(self) -> ActorRef:
        if self.kind == "state":
            return ActorRef(kind="state", key=self.iso2 or "", name=self.name, iso2=self.iso2)
        return ActorRef(kind="organization", key=self.key or "", name=self.name, org_kind=self.org_kind)


class Author(Model):
    actor: ActorRef
    evidence: Evidence


AddresseeKind = Literal["governments", "companies", "online_service_providers", "civil_society"]


class Addressee(Model):
    """The kind of party a commitment is addressed to, read from its pledge line's subject
    ("Online service providers commit to:")."""

    kind: AddresseeKind
    evidence: Evidence


class CommitmentConcern(Model):
    """What a commitment is about: an act it cites (``Reference.id``) or a curated topic
    (``metadata/topics.yaml``), with the words of the commitment that name it."""

    kind: Literal["legal_act", "topic"]
    ref: str
    label: str
    evidence: Evidence


class Commitment(Model):
    ordinal: int = Field(ge=1)
    text: str
    lang: str
    evidence: Evidence
    addressed_to: list[Addressee] = []
    concerns: list[CommitmentConcern] = []


class Reference(Model):
    """A cited legal or policy act, normalised to one identifier.

    ``id`` is ``celex:<CELEX>`` when the act has a CELEX number that can be derived
    (``Regulation (EU) 2021/821`` -> ``celex:32021R0821``; ``COM(2016) 616`` ->
    ``celex:52016PC0616``), else a stable slug (``initiative:export-controls-and-human-rights-initiative``).
    """

    id: str
    kind: ReferenceKind
    label: str = Field(description="canonical English label, e.g. 'Regulation (EU) 2021/821'")
    celex: str | None = None
    eli: str | None = None
    number: str | None = None
    date: dt.date | None = None
    surface: str
    evidence: Evidence


class ReportedDocument(Model):
    """A document that this document reports on but which is not itself loaded.

    002 reports a leaked 2018 position paper of nine states; the paper becomes its own
    instrument in the graph, attested by the reporting document.
    """

    key: str = Field(description="stable slug, e.g. 'position-paper:2018:dual-use-recast'")
    kind: DocumentKind
    title: str
    date: dt.date | None = None
    year: int | None = None
    authors: list[Author] = []
    evidence: Evidence


class Target(Model):
    """What a stance is about: a cited act (by Reference.id), a reported document, or a provision."""

    kind: Literal["legal_act", "reported_document", "instrument", "provision"]
    ref: str = Field(description="Reference.id, ReportedDocument.key or instrument id")
    label: str
    provision: str | None = Field(default=None, description="e.g. 'new EU control list for surveillance technology'")


class Stance(Model):
    actor: ActorRef
    stance: StanceKind
    target: Target
    via: str | None = Field(default=None, description="ReportedDocument.key through which the stance is known")
    reported: bool = Field(default=False, description="the document reports someone else's stance")
    as_of: dt.date | None = Field(default=None, description="the date the stance holds as of when the text reports one "
                                  "(a paper of 2018 reported later); None: the stating document's date")
    as_of_precision: Literal["day", "month", "year"] | None = Field(
        default=None, description="how much of as_of is known: 'year' when the text gives only the year")
    evidence: Evidence


class Mention(Model):
    kind: MentionKind
    key: str
    name: str
    iso2: str | None = None
    role: str | None = None
    affiliation: str | None = None
    evidence: Evidence


class ParticipationFact(Model):
    """A party's participation in a named instrument as a text states it ("Chile joined the X").

    The party's own act (``own``) only when the document is the party's own publication (it
    is the author); in any other document a report, whatever the verb: never a signature.
    An own act is dated by its document (``date``, ``counts_from``: the end of the period a
    date known to the month or year gives), filled in by the pipeline once the date is known.
    """

    party: ActorRef
    act: Literal["joined", "signed", "endorsed", "withdrew"]
    own: bool = Field(description="the document is the party's own publication; else a third party's report")
    instrument: str = Field(description="instrument id, as in metadata/instruments/*.yaml")
    date: dt.date | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    counts_from: dt.date | None = None
    evidence: Evidence


class Warning_(Model):
    code: str = Field(description="e.g. 'unresolved_name', 'low_confidence', 'skipped_block'")
    message: str
    start: int | None = None
    end: int | None = None


class InstrumentInfo(Model):
    """Which instrument and edition a document expresses; from metadata or inferred."""

    id: str | None = None
    title: str | None = None
    kind: str | None = None
    edition: int | None = None
    edition_date: dt.date | None = None
    origin: Origin = "text"
    confidence: float = Field(default=1.0, ge=0.0, le=1.0)


class FieldSource(Model):
    """Records which fields came from the text and which from metadata."""

    field: str
    origin: Origin
    detail: str | None = None


class FactGroups(Model):
    """The fact groups (lists of facts with evidence) and warnings, declared once for Facts and ExtractedDocument."""

    signatories: list[Signatory] = []
    authors: list[Author] = []
    commitments: list[Commitment] = []
    references: list[Reference] = []
    reported_documents: list[ReportedDocument] = []
    stances: list[Stance] = []
    mentions: list[Mention] = []
    participations: list[ParticipationFact] = []
    warnings: list[Warning_] = []


# The fact groups in the order reports list them: code that walks every fact reads this.
FACT_GROUPS = tuple(name for name in FactGroups.model_fields if name != "warnings")


class _FactsHeading(Model):
    kind: DocumentKind = "other"
    kind_confidence: float = Field(default=0.0, ge=0.0, le=1.0)
    title: str | None = None


# Pydantic lays out fields from the last base to the first: the heading, then the groups.
class Facts(FactGroups, _FactsHeading):
    """What the rules read out of normalised text (``loaders.rules.extract_facts``).

    The pipeline merges these with reader output and metadata into an ExtractedDocument.
    """


class CuratedEdition(Model):
    """An edition known from a curated source, possibly with no document of its own.

    Edition 1 of the spyware joint statement (11 signatories) is not in the starting
    corpus; CATALOG.md lists it, so the project's manifest records it with origin metadata.
    """

    number: int = Field(ge=1)
    date: dt.date
    label: str | None = None
    signatories: list[str] = Field(default=[], description="ISO alpha-2 codes")
    source: str = Field(description="where the curator read it, e.g. 'shared/corpus/CATALOG.md'")


class InstrumentManifest(Model):
    """A curated instrument: identity, titles in several languages, known editions."""

    id: str
    title: str
    kind: DocumentKind
    titles: dict[str, str] = Field(default={}, description="title per ISO 639-1 language")
    editions: list[CuratedEdition] = []
    authors: list[str] = Field(default=[], description="ISO alpha-2 codes or organisation keys")


class _DocumentHeading(Model):
    source: str
    sha256: str
    title: str | None = None
    date: dt.date | None = None
    date_precision: Literal["day", "month", "year"] | None = Field(
        default=None, description="a source that gives only '2018' is stored as 2018-01-01 with precision 'year'"
    )
    kind: DocumentKind = "other"
    format: Literal["text", "markdown", "html", "pdf", "docx"] = "text"
    encoding: str | None = None
    source_url: str | None = None
    languages: list[str] = []
    blocks: list[LanguageBlock] = []
    text: str = Field(description="normalised text; every offset points into it")
    instrument: InstrumentInfo | None = None


class ExtractedDocument(FactGroups, _DocumentHeading):  # no docstring: it would enter the JSON schema
    field_sources: list[FieldSource] = []
    extractor_version: str = EXTRACTOR_VERSION


class Placement(Model):
    """Where a document sits: which instrument and edition it expresses, and how sure we are.

    Decided by ``loaders.identity`` from metadata when given, else from the extracted
    facts (signatory overlap, commitments, titles); recorded in the graph as a
    MergeDecision so a wrong merge can be seen and undone.
    """

    instrument_id: str
    instrument_title: str
    instrument_kind: DocumentKind
    edition_number: int
    edition_date: dt.date | None = None
    method: Literal["metadata", "inferred", "new"]
    confidence: float = Field(ge=0.0, le=1.0)
    detail: str = ""


class CuratedLegalAct(Model):
    id: str = Field(description="celex:<CELEX> or a slug, as Reference.id")
    kind: ReferenceKind
    label: str
    title: str | None = None
    celex: str | None = None
    eli: str | None = None
    number: str | None = None
    date: dt.date | None = None
    applicable_from: dt.date | None = None


class CuratedRelation(Model):
    type: Literal["BECAME", "REPLACES", "RECASTS", "GUIDELINES_UNDER"]
    source: str = Field(alias="from", description="CuratedLegalAct.id")
    target: str = Field(alias="to")
    article: str | None = None

    model_config = ConfigDict(extra="forbid", populate_by_name=True)


class LegalActManifest(Model):
    """Legal acts and their lineage (``metadata/legal_acts.yaml``): proposal -> regulation, recasts, guidelines."""

    source: str
    acts: list[CuratedLegalAct]
    relations: list[CuratedRelation] = []
