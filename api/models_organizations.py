"""Response models of GET /organizations (search by name) and GET /organizations/{key} (a record).

An organisation is a party like a state: what it signed, joined, endorsed or withdrew from,
what others report, what it authored and its stances, each fact with its evidence.
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from api.models import Evidence, MentionOut, Out, SignedInstrument, StanceOut


class OrganizationSummary(Out):
    key: str
    name: str | None = None
    kind: str | None = Field(default=None, description="ngo, company, intergovernmental, eu_institution, ...; null when not recorded")
    facts: int = Field(default=0, description="its signatures, participation, authorship and stances")
    mentions: int = 0


class OrganizationSearch(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "q": "amnistia", "total": 1, "limit": 20, "offset": 0, "next": None,
        "items": [{"key": "amnesty-international", "name": "Amnesty International", "kind": "ngo", "facts": 3, "mentions": 1}]}})

    q: str
    total: int
    limit: int
    offset: int
    next: str | None = Field(default=None, description="path and query of the next page; null on the last page")
    items: list[OrganizationSummary]


class Participation(Out):
    act: str = Field(description="joined, endorsed, withdrew (its own act) or reported (a third party says so)")
    says: str | None = Field(default=None, description="for a reported participation: what the source says it did")
    instrument_id: str
    title: str | None = None
    date: str | None = Field(default=None, description="ISO date at its precision (\"2024\", \"2024-02\", \"2024-02-06\")")
    fact_id: str | None = None
    evidence: list[Evidence] = []


class Authored(Out):
    target_id: str | None = None
    target_kind: str | None = Field(default=None, description="Document or Instrument")
    title: str | None = None
    date: str | None = None
    fact_id: str | None = None
    evidence: list[Evidence] = []


class OrganizationInfo(Out):
    key: str
    name: str | None = None
    kind: str | None = None


class OrganizationRecord(Out):
    organization: OrganizationInfo
    signed: list[SignedInstrument]
    participation: list[Participation]
    authored: list[Authored]
    stances: list[StanceOut]
    mentions: list[MentionOut]
