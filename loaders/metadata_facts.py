"""Curated metadata as typed facts: the signatories, authors, references and stances a
metadata file lists, each with its own evidence.

Metadata facts carry Evidence(origin="metadata") with no span: the quote is the
metadata file's name and its own wording, so a reader of the graph can open the file.
Kept apart from :mod:`loaders.metadata`, which finds and validates the files.
"""

from __future__ import annotations

from core.model import ActorRef, Author, Evidence, Reference, Signatory, Stance
from core.states import english_name
from loaders.metadata import CuratedActor, FoundMetadata


def metadata_evidence(found: FoundMetadata, wording: str) -> Evidence:
    return Evidence(
        quote=f"{found.path.name}: {wording}",
        start=None,
        end=None,
        confidence=1.0,
        origin="metadata",
        extractor="metadata",
    )


def curated_signatories(found: FoundMetadata) -> list[Signatory]:
    """Signatories listed in metadata; ``block`` is -1 because they have no place in the text."""
    return [
        Signatory(iso2=code, name=english_name(code), surface=code, block=-1, evidence=metadata_evidence(found, f"signatories: {code}"))
        for code in found.metadata.signatories
    ]


def curated_authors(found: FoundMetadata) -> list[Author]:
    return [
        Author(actor=_actor_ref(a), evidence=metadata_evidence(found, f"authors: {a.name}")) for a in found.metadata.authors
    ]


def curated_references(found: FoundMetadata) -> list[Reference]:
    return [
        Reference(
            id=r.id,
            kind=r.kind,
            label=r.label,
            celex=r.celex,
            eli=r.eli,
            number=r.number,
            date=r.date,
            surface=r.label,
            evidence=metadata_evidence(found, f"references: {r.label}"),
        )
        for r in found.metadata.references
    ]


def curated_stances(found: FoundMetadata) -> list[Stance]:
    return [
        Stance(
            actor=_actor_ref(s.actor),
            stance=s.stance,
            target=s.target,
            via=s.via,
            reported=s.reported,
            evidence=metadata_evidence(found, f"stances: {s.actor.name} {s.stance} {s.target.label}"),
        )
        for s in found.metadata.stances
    ]


def _actor_ref(actor: CuratedActor) -> ActorRef:
    iso2 = actor.key if actor.kind == "state" else None
    return ActorRef(kind=actor.kind, key=actor.key, name=actor.name, iso2=iso2, org_kind=actor.org_kind)
