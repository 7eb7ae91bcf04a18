"""What the extractor said about a document, reduced to the parts the dev set scores.

Reads ``ExtractedDocument`` defensively (``getattr`` with defaults): other work changes
the model while the dev set stays, and a signatory that is an organisation
(``Signatory.kind == "organization"``) must be read as one, never as a state.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Party:
    """A party in a role: a state by ISO code, or an organisation or person by names."""

    kind: str  # "state" | "organization" | "person"
    iso2: str | None
    names: tuple[str, ...]

    def label(self) -> str:
        return self.iso2 if self.kind == "state" and self.iso2 else (self.names[0] if self.names else "?")


@dataclass(frozen=True)
class ObservedStance:
    actor: Party
    stance: str
    ref: str
    label: str
    provision: str | None
    reported: bool

    def label_text(self) -> str:
        return f"{self.actor.label()} {self.stance} {self.ref or self.label}"


@dataclass
class Observed:
    kind: str
    languages: list[str]
    date: dt.date | None
    date_precision: str | None
    signatories: list[Party] = field(default_factory=list)
    authors: list[Party] = field(default_factory=list)
    stances: list[ObservedStance] = field(default_factory=list)
    reported: list[Party] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def observe(doc) -> Observed:
    """Reduce an ``ExtractedDocument`` to kind, languages, date, parties and stances.

    ``reported`` holds the parties of the documents this one reports (a quoted statement's
    states become the authors of a ``ReportedDocument``), never this document's own."""
    return Observed(
        kind=doc.kind,
        languages=list(doc.languages),
        date=doc.date,
        date_precision=getattr(doc, "date_precision", None),
        signatories=_unique([_signatory(s) for s in doc.signatories]),
        authors=_unique([_actor(a.actor) for a in doc.authors]),
        stances=_unique([_stance(s) for s in doc.stances]),
        reported=_unique([_actor(a.actor) for r in getattr(doc, "reported_documents", []) for a in r.authors]),
        warnings=[w.code for w in doc.warnings],
    )


def _signatory(s) -> Party:
    if getattr(s, "kind", "state") == "organization":
        return Party("organization", None, tuple(n for n in (s.name, getattr(s, "key", None), s.surface) if n))
    return Party("state", s.iso2, (s.name,))


def _actor(actor) -> Party:
    if actor.kind == "state":
        return Party("state", actor.iso2 or actor.key, (actor.name,))
    iso2 = getattr(actor, "iso2", None)
    return Party(actor.kind, iso2, tuple(n for n in (actor.name, actor.key) if n))


def _stance(s) -> ObservedStance:
    return ObservedStance(
        actor=_actor(s.actor),
        stance=s.stance,
        ref=s.target.ref,
        label=s.target.label,
        provision=getattr(s.target, "provision", None),
        reported=bool(getattr(s, "reported", False)),
    )


def _unique(items: list) -> list:
    seen, out = set(), []
    for item in items:
        if item not in seen:
            seen.add(item)
            out.append(item)
    return out
