"""Curated facts: what a metadata file (manifest, lineage, public page) says, typed like an
extracted fact, so ``graph.rows.curated_rows`` writes it with the same builder and checks."""

from __future__ import annotations

from typing import Any

from pydantic import model_validator

from core.model import Evidence, Model


class CuratedNode(Model):
    """A node a curated fact names; its properties are the file's word, so they overwrite."""

    uid: str
    label: str
    props: dict[str, Any] = {}


class CuratedLink(Model):
    """A structural link a curated fact needs (an edition's instrument, a claim's instrument)."""

    type: str
    source: str
    target: str


class CuratedFact(Model):
    """One fact of a curated file (manifest, lineage, public page): typed like an extracted
    fact, with ``origin="metadata"`` evidence, and written through the same row builder.

    Without a ``type`` it only declares its nodes (an instrument, an act, a topic).
    ``evidence_props`` hold per attestation (a report's date), ``props`` per fact.
    """

    nodes: list[CuratedNode] = []
    links: list[CuratedLink] = []
    type: str | None = None
    source: str | None = None
    target: str | None = None
    qualifier: str = ""
    props: dict[str, Any] = {}
    evidence: Evidence | None = None
    evidence_props: dict[str, Any] = {}

    @model_validator(mode="after")
    def _a_fact_has_ends_and_evidence(self) -> "CuratedFact":
        if self.type is not None and (self.source is None or self.target is None or self.evidence is None):
            raise ValueError(f"a curated {self.type} fact needs its source, target and evidence")
        return self

