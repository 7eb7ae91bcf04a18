"""Typed models of ``GET /matrix``: the whole signatory matrix in one response, for the explorer.

Kept apart from :mod:`api.models` so the explorer's contract can grow without touching the
resource models other endpoints share. A cell names its facts by ``fact_ids`` only; the
evidence is one ``/queries/fact_evidence`` call away, which keeps the matrix small enough
to fetch again on every step of an "as of" replay.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import ConfigDict, Field

from api.models import Out

# joined, endorsed: a state's own act outside an edition's list (its own announcement), as parties_as_of counts it.
Relation = Literal["signed", "joined", "endorsed", "authored", "oppose", "support"]
# A date known to the year or month is written so ("2018", "2018-05"), as on every endpoint.
DateText = str


class MatrixColumn(Out):
    instrument_id: str | None = Field(default=None, description="the instrument's id (type instrument), as on every endpoint")
    act_id: str | None = Field(default=None, description="the legal act's id (type legal_act)")
    label: str | None = None
    short_label: str | None = None
    type: Literal["instrument", "legal_act"]
    kind: str | None = Field(default=None, description="joint_statement, position_paper, proposal, regulation, ...")
    date: DateText | None = Field(default=None, description="YYYY-MM-DD, or YYYY / YYYY-MM when known only so far")
    edition: int | None = Field(default=None, description="the latest edition dated on or before as_of")
    edition_date: DateText | None = None
    edition_label: str | None = None


class MatrixRow(Out):
    iso2: str
    name: str | None = None
    eu_member: bool | None = None


class MatrixCell(Out):
    state: str = Field(description="row: iso2")
    column: str = Field(description="column: its instrument_id or act_id")
    relation: Relation
    date: DateText | None = Field(default=None, description="signed: the date it joined; joined, endorsed: the date of its own act; a stance: the earliest date it "
                                  "was stated (as its text reports it); authored: the earliest dated document; "
                                  "at its precision (\"2018\")")
    first_edition: int | None = Field(default=None, description="signed: the edition it joined")
    latest_edition: int | None = Field(default=None, description="signed: the latest edition it is on, as of the date")
    latest_date: DateText | None = None
    editions: list[int] = Field(default=[], description="signed: every edition it is on, as of the date")
    fact_ids: list[str] = Field(default=[], description="pass each to /queries/fact_evidence for the quotes")
    via: str | None = Field(default=None, description="stances: the instrument through which it is known")
    provision: str | None = None


class Matrix(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "as_of": "2024-06-01",
        "columns": [{"instrument_id": "spyware-joint-statement", "label": "Joint statement on commercial spyware",
                     "type": "instrument", "kind": "joint_statement", "edition": 2, "edition_date": "2024-03-18"}],
        "rows": [{"iso2": "SE", "name": "Sweden", "eu_member": True}],
        "cells": [{"state": "SE", "column": "spyware-joint-statement", "relation": "signed", "date": "2023-03-30",
                   "first_edition": 1, "latest_edition": 2, "latest_date": "2024-03-18", "editions": [1, 2],
                   "fact_ids": ["f-ab22190301899086fc104ce7", "f-3e683e5b943392b0a29de102"]}]}})

    as_of: dt.date | None = None
    columns: list[MatrixColumn]
    rows: list[MatrixRow]
    cells: list[MatrixCell]


class TimelineEvent(Out):
    kind: Literal["edition", "document", "authored", "oppose", "support", "act", "joined", "endorsed", "withdrew", "reported", "claim"] = Field(
        description="edition, document, authored, oppose, support, act; participation outside an edition's list: joined, endorsed, "
                    "withdrew (the party's own act), reported (a third party says so: never counted as a party); claim (a count a source states)")
    date: DateText | None = Field(default=None, description="YYYY-MM-DD, or YYYY / YYYY-MM when known only so far")
    title: str | None = None
    detail: str | None = None
    ref: str | None = Field(default=None, description="edition, document, legal act or target id (reported, claim: the source document)")
    count: int | None = Field(default=None, description="editions: signatories; stances, authors, participation: how many actors; claim: the count stated")
    actors: list[str] = Field(default=[], description="editions: who joined in it; stances, authors, participation: who (ISO code or organisation key)")
    actor_names: list[str] = Field(default=[], description="the actors' names, in the order of actors")
    fact_ids: list[str] = Field(default=[], description="evidence (/queries/fact_evidence?fact_id=); editions and participation: one per actor, in its order")


class Timeline(Out):
    model_config = ConfigDict(extra="ignore", json_schema_extra={"example": {
        "instrument_id": "spyware-joint-statement", "as_of": "2024-06-01", "events": [
            {"kind": "edition", "date": "2024-03-18", "title": "Edition 2", "detail": "third Summit for Democracy, Seoul",
             "ref": "spyware-joint-statement#2", "count": 17, "actors": ["DE", "FI", "IE", "JP", "KR", "PL"], "fact_ids": []}]}})

    instrument_id: str
    as_of: dt.date | None = Field(default=None, description="only events dated on or before it; null: everything loaded")
    events: list[TimelineEvent]
