"""Curated metadata files (instrument manifests, legal-act lineage) as loadable documents.

A curated file is loaded like any document: it becomes a Document of kind ``curated``
whose facts carry ``origin="metadata"`` evidence quoting the file, so a researcher sees
that edition 1's signatories come from the catalogue rather than from a text, and a
changed file replaces exactly its own facts.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from core.ids import act_uid, edition_id, instrument_uid, state_uid
from core.curated import CuratedFact, CuratedLink, CuratedNode
from core.model import Evidence, InstrumentManifest, LegalActManifest
from core.states import english_name
from graph.rows import curated_rows
from loaders.curated_file import CuratedFile, metadata_evidence
from loaders.metadata import MetadataError, load_instrument_manifest_files, load_model_file
from loaders.participation import sources_files


def _evidence(path: Path, wording: str, extractor: str) -> Evidence:
    return metadata_evidence(f"{path.name}: {wording}", extractor)


def instrument_facts(manifest: InstrumentManifest, path: Path) -> list[CuratedFact]:
    i_uid = instrument_uid(manifest.id)
    facts = [CuratedFact(nodes=[CuratedNode(uid=i_uid, label="Instrument", props={
        "id": manifest.id, "title": manifest.title, "kind": manifest.kind, "origin": "metadata",
    })])]
    for ed in manifest.editions:
        eid = edition_id(manifest.id, ed.number)
        e_uid = f"edition:{eid}"
        facts.append(CuratedFact(
            nodes=[CuratedNode(uid=e_uid, label="Edition", props={
                "id": eid, "instrument_id": manifest.id, "number": ed.number, "date": ed.date, "label": ed.label,
            })],
            links=[CuratedLink(type="EDITION_OF", source=e_uid, target=i_uid)],
        ))
        for code in ed.signatories:
            facts.append(CuratedFact(
                nodes=[CuratedNode(uid=state_uid(code), label="State", props={"iso2": code, "name": english_name(code)})],
                type="SIGNED", source=state_uid(code), target=e_uid,
                evidence=_evidence(path, f"edition {ed.number} ({ed.date.isoformat()}, {ed.source}) lists {english_name(code)}",
                                   "metadata.instrument_manifest"),
            ))
    return facts


def legal_act_facts(manifest: LegalActManifest, path: Path) -> list[CuratedFact]:
    facts: list[CuratedFact] = []
    labels = {a.id: a.label for a in manifest.acts}
    for act in manifest.acts:
        facts.append(CuratedFact(nodes=[CuratedNode(uid=act_uid(act.id), label="LegalAct", props={
            **act.model_dump(exclude_none=True), "origin": "metadata"})]))
    for rel in manifest.relations:
        for end in (rel.source, rel.target):
            if end not in labels:
                raise MetadataError(str(path), f"relation {rel.type} names unknown act {end!r}; declare it under acts")
        wording = f"{labels[rel.source]} {rel.type} {labels[rel.target]}" + (f" (Article {rel.article})" if rel.article else "")
        facts.append(CuratedFact(
            type=rel.type, source=act_uid(rel.source), target=act_uid(rel.target),
            props={"article": rel.article}, qualifier=rel.article or "",
            evidence=_evidence(path, f"{wording}; source {manifest.source}", "metadata.legal_acts"),
        ))
    return facts


def curated_files(metadata_dir: Path) -> tuple[list[CuratedFile], dict[str, InstrumentManifest]]:
    """Every curated file under the metadata dir, ready to write, and the manifests by id."""
    metadata_dir = Path(metadata_dir)
    out: list[CuratedFile] = []
    files = load_instrument_manifest_files(metadata_dir)
    manifests = {m.id: m for m, _ in files}
    for manifest, path in files:
        key = f"curated:instruments/{path.name}"
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        out.append(CuratedFile(key, path, sha, manifest.title, curated_rows(key, sha, manifest.title, instrument_facts(manifest, path))))
    acts_path = metadata_dir / "legal_acts.yaml"
    if acts_path.is_file():
        manifest = load_model_file(LegalActManifest, acts_path)
        key = "curated:legal_acts.yaml"
        sha = hashlib.sha256(acts_path.read_bytes()).hexdigest()
        out.append(CuratedFile(key, acts_path, sha, "Legal acts and their lineage", curated_rows(key, sha, "Legal acts and their lineage", legal_act_facts(manifest, acts_path))))
    out.extend(sources_files(metadata_dir, set(manifests)))  # public pages: participation, claims, topics
    return out, manifests
