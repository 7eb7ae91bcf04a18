"""Typed expected facts read from ``cases.yaml``.

The file is written by people from excerpts they saved; a typo in it must be an error
naming the case and the field, never a silently dropped expectation, so every model
forbids unknown fields.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

Kind = Literal["joint_statement", "position_paper", "ngo_statement", "news", "legal_act", "guideline", "other"]
OrgKind = Literal["ngo", "eu_institution", "company", "intergovernmental", "initiative", "government", "academic", "other"]
_ISO2 = r"^[A-Z]{2}$"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class CasesError(Exception):
    """cases.yaml cannot be used; the message names the case and field."""


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Source(Strict):
    corpus: str
    query: str
    url: str
    title: str
    read: str = Field(description="the day the excerpt was read (ISO)")


class Org(Strict):
    name: str
    aliases: list[str] = []
    kind: OrgKind | None = None
    state: str | None = Field(default=None, pattern=_ISO2, description="the state a government body stands for")


class Parties(Strict):
    states: list[str] = []
    organizations: list[Org] = []
    people: list[str] = []

    @model_validator(mode="after")
    def _codes(self) -> "Parties":
        bad = [s for s in self.states if not re.match(_ISO2, str(s))]
        if bad:
            raise ValueError(f"not ISO alpha-2 codes: {bad}")
        return self

    def count(self) -> int:
        return len(self.states) + len(self.organizations) + len(self.people)


class Target(Strict):
    describe: str
    acts: list[str] = []
    match: list[str] = []


class Actor(Strict):
    state: str | None = Field(default=None, pattern=_ISO2)
    org: str | None = None
    person: str | None = None
    aliases: list[str] = []
    kind: OrgKind | None = None

    @model_validator(mode="after")
    def _one(self) -> "Actor":
        if sum(x is not None for x in (self.state, self.org, self.person)) != 1:
            raise ValueError("an actor is exactly one of state, org, person")
        return self

    def label(self) -> str:
        return self.state or self.org or self.person or "?"


class Alternative(Strict):
    stance: Literal["support", "oppose"]
    target: str


class ExpectedStance(Strict):
    actor: Actor
    stance: Literal["support", "oppose"]
    target: str
    reported: bool = False
    alternatives: list[Alternative] = []
    notes: str | None = None


class Edition(Strict):
    instrument: str
    number: int | None = None
    role: Literal["own", "reported"] = "own"


class Case(Strict):
    id: str
    batch: int
    split: Literal["dev", "blind"]
    source: Source
    kind: Kind
    languages: list[str]
    date: str | None = None
    signatories: Parties = Parties()
    authors: Parties = Parties()
    reported_participation: Parties = Parties()
    edition: Edition | None = None
    stances: list[ExpectedStance] = []
    notes: str | None = None

    @model_validator(mode="after")
    def _date(self) -> "Case":
        if self.date is not None and not _DATE.match(self.date):
            raise ValueError(f"date {self.date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        return self


class CaseSet(Strict):
    split_seed: int
    targets: dict[str, Target]
    cases: list[Case]
    # YAML anchors for shared signatory lists sit at the top level under free names
    model_config = ConfigDict(extra="allow")

    @model_validator(mode="after")
    def _consistent(self) -> "CaseSet":
        seen: set[str] = set()
        for case in self.cases:
            if case.id in seen:
                raise ValueError(f"case id {case.id!r} appears twice")
            seen.add(case.id)
            for stance in case.stances:
                for name in [stance.target, *(a.target for a in stance.alternatives)]:
                    if name not in self.targets:
                        raise ValueError(f"case {case.id}: stance target {name!r} is not under targets:")
        return self

    def target(self, name: str) -> Target:
        return self.targets[name]

    def query_text(self, case: Case) -> str:
        """The query as sent: ``{name}`` stands for a target's describe text."""
        return re.sub(r"\{(\w+)\}", lambda m: self.targets[m.group(1)].describe, case.source.query)


def load_cases(path: Path) -> CaseSet:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise CasesError(f"{path}: cannot read: {exc}") from exc
    try:
        return CaseSet.model_validate(raw)
    except ValidationError as exc:
        raise CasesError(f"{path}: {_name_cases(exc, raw)}") from exc


def _name_cases(exc: ValidationError, raw: dict) -> str:
    """Pydantic says ``cases.12.kind``; say which case that is."""
    lines = []
    for err in exc.errors():
        loc = list(err["loc"])
        if len(loc) > 1 and loc[0] == "cases" and isinstance(loc[1], int):
            try:
                loc[1] = raw["cases"][loc[1]].get("id", loc[1])
            except (KeyError, IndexError, TypeError, AttributeError):
                pass
        lines.append(f"{'.'.join(str(p) for p in loc)}: {err['msg']}")
    return "; ".join(lines)
