"""Turn one extracted document into the rows the writer sends to Neo4j (pure, no driver).

Every node gets the label ``Entity`` and a ``uid`` (``state:SE``, ``act:celex:32021R0821``,
``edition:spyware-joint-statement#2`` ...), so the writer can MERGE any node and any
fact with one parameterised statement each. Every fact gets a ``fact_id`` hashed from
what it claims (type, endpoints, qualifier): the same fact read from two documents is
one relationship with two Evidence nodes, and the same file loaded twice writes the
same ids, which is what makes loads idempotent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import pycountry

from core.ids import (  # noqa: F401 - the id scheme, re-exported for the graph's readers
    act_uid,
    actor_uid,
    digest,
    document_id,
    document_uid,
    edition_id,
    edition_uid,
    instrument_uid,
    slug,
    state_uid,
)
from core.curated import CuratedFact
from core.membership import eu_members, memberships
from core.model import (
    ActorRef,
    Evidence,
    ExtractedDocument,
    Mention,
    Placement,
    Reference,
    Stance,
)
from core.states import english_name  # noqa: F401 - re-exported
from graph import shape

# Membership today; the dated spells (the United Kingdom until 2020-01-31) are on each State.
EU_MEMBERS = eu_members()
FACT_TYPES = shape.FACT_TYPES  # re-exported: what the row mapper may write, declared in graph/shape.py


@dataclass
class DocumentRows:
    """Everything one document writes, grouped by statement."""

    document: dict[str, Any]
    nodes: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    evidence: list[dict[str, Any]] = field(default_factory=list)
    links: list[dict[str, Any]] = field(default_factory=list)
    blocks: list[dict[str, Any]] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        return {"nodes": len(self.nodes), "facts": len(self.facts), "evidence": len(self.evidence)}


_SENTENCE_END = re.compile(r"(?<=[.!?;:])\s|\n")


def passage(text: str | None, start: int | None, end: int | None, limit: int = 400) -> str | None:
    """The sentence (or list item) around a span, so a reader sees the quote in context.

    The exact span stays in ``quote``/``start``/``end``; this is only for display.
    """
    if not text or start is None or end is None:
        return None
    window = _SENTENCE_END.finditer(text, max(0, start - limit), start)
    left = max([text.rfind("\n", 0, start), *(m.end() - 1 for m in window)])
    left = max(left + 1, start - limit, 0)
    m = _SENTENCE_END.search(text, end)
    right = min(m.start() + 1 if m else len(text), end + limit)
    return text[left:right].strip()


class _Builder:
    def __init__(self, doc_id: str, text: str | None = None):
        self.doc_id = doc_id
        self.text = text
        self.doc_uid = document_uid(doc_id)
        self._nodes: dict[str, dict[str, Any]] = {}
        self._facts: dict[str, dict[str, Any]] = {}
        self._evidence: dict[str, dict[str, Any]] = {}
        self._links: dict[tuple[str, str, str], dict[str, Any]] = {}

    def node(self, uid: str, label: str, props: dict[str, Any], names: list[str] | None = None,
             fill: dict[str, Any] | None = None) -> str:
        """``props`` overwrite what the graph holds; ``fill`` only sets properties still missing.

        A document's wording of an act ("Commission Recommendation ...") must not replace the
        curated label, whatever order the files load in: documents fill, curation sets.
        """
        existing = self._nodes.get(uid)
        if existing is None:
            self._nodes[uid] = {"uid": uid, "label": label, "props": dict(props), "names": list(names or []),
                                "fill": dict(fill or {})}
        else:
            for k, v in props.items():
                if v is not None:
                    existing["props"][k] = v
            for k, v in (fill or {}).items():
                if v is not None:
                    existing["fill"].setdefault(k, v)
            for n in names or []:
                if n not in existing["names"]:
                    existing["names"].append(n)
        return uid

    def state(self, iso2: str, surface: str | None = None, lang: str | None = None) -> str:
        country = pycountry.countries.get(alpha_2=iso2)
        props = {
            "iso2": iso2,
            "iso3": country.alpha_3 if country else None,
            "name": english_name(iso2),
            "eu_member": iso2 in EU_MEMBERS,
        }
        if spell := memberships().get(iso2):  # dated: the region filter asks "member on the as-of date"
            props.update({"eu_joined": spell.joined, "eu_left": spell.left})
        names = [f"{lang}:{surface}"] if surface and lang else []
        return self.node(state_uid(iso2), "State", props, names)

    def actor(self, actor: ActorRef) -> str:
        if actor.kind == "state":
            return self.state(actor.iso2 or actor.key)
        if actor.kind == "person":
            return self.node(actor_uid(actor), "Person", {"key": actor.key, "name": actor.name})
        return self.node(actor_uid(actor), "Organization", {"key": actor.key, "name": actor.name, "kind": actor.org_kind or "other"})

    def legal_act(self, ref: Reference) -> str:
        return self.node(act_uid(ref.id), "LegalAct", {"id": ref.id}, fill={
            "kind": ref.kind, "label": ref.label, "celex": ref.celex, "eli": ref.eli,
            "number": ref.number, "date": ref.date,
        })

    def fact(self, ftype: str, src: str, dst: str, ev: Evidence, qualifier: str = "", props: dict | None = None,
             evidence_props: dict | None = None) -> str:
        shape.check(shape.FACTS, ftype, self.label(src), self.label(dst))
        fid = "f-" + digest(ftype, src, dst, qualifier)
        row = self._facts.setdefault(fid, {"fact_id": fid, "type": ftype, "from": src, "to": dst, "props": {}})
        row["props"].update({k: v for k, v in (props or {}).items() if v is not None})
        self.evidence(fid, ftype, src, dst, ev, evidence_props)
        return fid

    def evidence(self, fid: str, ftype: str, src: str, dst: str, ev: Evidence, extra: dict | None = None) -> None:
        """``extra``: what holds per attestation rather than per fact (a stance's ``as_of``)."""
        eid = "e-" + digest(fid, self.doc_id, ev.start, ev.end, ev.origin, ev.extractor, ev.quote if ev.start is None else "")
        self._evidence[eid] = {
            "id": eid,
            "props": {
                "fact_id": fid, "fact_type": ftype, "from_uid": src, "to_uid": dst, "document_id": self.doc_id,
                "quote": ev.quote, "start": ev.start, "end": ev.end, "lang": ev.lang, "confidence": ev.confidence,
                "origin": ev.origin, "extractor": ev.extractor, "extractor_version": ev.extractor_version,
                "context": passage(self.text, ev.start, ev.end),
                **{k: v for k, v in (extra or {}).items() if v is not None},
            },
        }

    def label(self, uid: str) -> str:
        """The label of a node this builder holds, else the one its uid's prefix names."""
        node = self._nodes.get(uid)
        return node["label"] if node else (shape.label_of(uid) or uid)

    def link(self, ltype: str, src: str, dst: str, props: dict | None = None) -> None:
        shape.check(shape.LINKS, ltype, self.label(src), self.label(dst))
        self._links[(ltype, src, dst)] = {"type": ltype, "from": src, "to": dst, "props": props or {}}

    def rows(self, document: dict[str, Any], blocks: list[dict[str, Any]]) -> DocumentRows:
        return DocumentRows(
            document=document, nodes=list(self._nodes.values()), facts=list(self._facts.values()),
            evidence=list(self._evidence.values()), links=list(self._links.values()), blocks=blocks,
        )


def _document_props(doc: ExtractedDocument, doc_id: str, path_key: str) -> dict[str, Any]:
    return {
        "id": doc_id, "path": path_key, "source": doc.source, "sha256": doc.sha256, "title": doc.title,
        "date": doc.date, "date_precision": doc.date_precision, "kind": doc.kind, "format": doc.format,
        "encoding": doc.encoding, "source_url": doc.source_url, "languages": doc.languages, "text": doc.text,
        "extractor_version": doc.extractor_version,
        "field_sources": [f"{f.field}:{f.origin}" for f in doc.field_sources],
        "warnings": [f"{w.code}: {w.message}" for w in doc.warnings],
    }


def _placement_evidence(doc: ExtractedDocument, placement: Placement) -> Evidence:
    """Metadata placements quote the metadata; inferred ones point at the title in the text."""
    extractor = f"identity.{placement.method}"
    if placement.method == "metadata":
        return Evidence(quote=f"instrument {placement.instrument_id}, edition {placement.edition_number}",
                        confidence=1.0, origin="metadata", extractor=extractor)
    start = doc.text.find(doc.title) if doc.title else -1
    if start < 0:
        start, quote = 0, doc.text[:200]
    else:
        quote = doc.title
    return Evidence(quote=quote, start=start, end=start + len(quote), lang=doc.languages[0] if doc.languages else None,
                    confidence=placement.confidence, origin="text", extractor=extractor)


class _Mapping:
    """What the mappers of one document share: its builder, facts, placement and ids."""

    def __init__(self, doc: ExtractedDocument, b: _Builder, placement: Placement | None,
                 reported_editions: dict[str, str] | None):
        self.doc, self.b, self.placement = doc, b, placement
        self.reported_editions = reported_editions or {}
        self.block_lang = {i: blk.lang for i, blk in enumerate(doc.blocks)}
        self.instrument: str | None = None  # uid of the placed instrument
        self.edition: str | None = None  # uid of the placed edition
        self.reported: dict[str, str] = {}  # reported paper key -> its instrument uid


def _map_placement(m: _Mapping) -> None:
    """The instrument and edition the document expresses, and how it was placed there."""
    doc, b, placement = m.doc, m.b, m.placement
    assert placement is not None
    m.instrument = b.node(instrument_uid(placement.instrument_id), "Instrument", {
        "id": placement.instrument_id, "title": placement.instrument_title, "kind": placement.instrument_kind,
    })
    eid = edition_id(placement.instrument_id, placement.edition_number)
    m.edition = b.node(edition_uid(eid), "Edition", {
        "id": eid, "instrument_id": placement.instrument_id, "number": placement.edition_number,
        "date": placement.edition_date,
    })
    b.link("EDITION_OF", m.edition, m.instrument)
    b.fact("EXPRESSES", b.doc_uid, m.edition, _placement_evidence(doc, placement),
           props={"method": placement.method, "confidence": placement.confidence})
    if doc.title and doc.languages:
        b.node(m.instrument, "Instrument", {}, names=[f"{doc.languages[0]}:{doc.title}"])


def _map_signatories(m: _Mapping) -> None:
    b = m.b
    assert m.edition is not None
    for sig in m.doc.signatories:
        if sig.iso2:
            s_uid = b.state(sig.iso2, sig.surface, sig.evidence.lang or m.block_lang.get(sig.block))
        else:  # an organisation signs beside the states, with the same kind of evidence
            s_uid = b.actor(sig.party)
        b.fact("SIGNED", s_uid, m.edition, sig.evidence)


def _map_commitments(m: _Mapping) -> None:
    b, placement = m.b, m.placement
    assert placement is not None and m.instrument is not None
    for c in m.doc.commitments:
        c_id = f"{placement.instrument_id}#c{c.ordinal}"
        c_uid = b.node(f"commitment:{c_id}", "Commitment", {"id": c_id, "instrument_id": placement.instrument_id, "ordinal": c.ordinal})
        b.link("HAS_COMMITMENT", m.instrument, c_uid)
        t_id = f"{c_id}#{c.lang}"
        t_uid = b.node(f"commitment_text:{t_id}", "CommitmentText", {"id": t_id, "lang": c.lang, "text": c.text, "ordinal": c.ordinal})
        b.fact("IN_LANGUAGE", c_uid, t_uid, c.evidence, props={"lang": c.lang})
        for a in c.addressed_to:  # whom the pledge line binds; a translation attests the same fact
            k_uid = b.node(f"party_kind:{a.kind}", "PartyKind", {"id": a.kind, "label": a.kind.replace("_", " ")})
            b.fact("ADDRESSED_TO", c_uid, k_uid, a.evidence)
        for concern in c.concerns:  # an act the commitment cites, or a curated topic its words name
            if concern.kind == "legal_act":
                ref = next((r for r in m.doc.references if r.id == concern.ref), None)
                target = b.legal_act(ref) if ref else b.node(act_uid(concern.ref), "LegalAct", {"id": concern.ref},
                                                             fill={"label": concern.label})
            else:
                target = b.node(f"topic:{concern.ref}", "Topic", {"id": concern.ref}, fill={"label": concern.label})
            b.fact("CONCERNS", c_uid, target, concern.evidence, props={"source": "text"})


def _map_authors(m: _Mapping) -> None:
    b, placement = m.b, m.placement
    signed = {sig.iso2 for sig in m.doc.signatories if sig.iso2}
    for a in m.doc.authors:
        state = a.actor.kind == "state"
        if placement and state and (a.actor.iso2 or a.actor.key) in signed:
            continue  # the governments issuing a joint statement are its signatories: SIGNED says it
        target = instrument_uid(placement.instrument_id) if placement and state else b.doc_uid
        b.fact("AUTHORED", b.actor(a.actor), target, a.evidence)


def _map_references(m: _Mapping) -> None:
    for ref in m.doc.references:
        m.b.fact("CITES", m.b.doc_uid, m.b.legal_act(ref), ref.evidence, props={"surface": ref.surface})


def _map_reported_documents(m: _Mapping) -> None:
    b = m.b
    for rd in m.doc.reported_documents:
        known_edition = m.reported_editions.get(rd.key)
        if known_edition:  # a reported accession of a known edition: the report attests it, no new instrument
            codes = sorted({a.actor.iso2 for a in rd.authors if a.actor.iso2})
            b.fact("REPORTS", b.doc_uid, b.node(edition_uid(known_edition), "Edition", {"id": known_edition}),
                   rd.evidence, props={"states": codes})
            continue
        r_uid = b.node(instrument_uid(rd.key), "Instrument", {
            "id": rd.key, "title": rd.title, "kind": rd.kind, "date": rd.date, "year": rd.year, "origin": "reported",
        })
        m.reported[rd.key] = r_uid
        b.fact("REPORTS", b.doc_uid, r_uid, rd.evidence)
        for a in rd.authors:
            b.fact("AUTHORED", b.actor(a.actor), r_uid, a.evidence)


def _stance_target(m: _Mapping, st: Stance, refs: dict[str, Reference]) -> str:
    b, target = m.b, st.target
    if target.kind == "legal_act":
        ref = refs.get(target.ref)
        if ref is not None:
            return b.legal_act(ref)
        return b.node(act_uid(target.ref), "LegalAct", {"id": target.ref}, fill={"label": target.label})
    if target.kind == "reported_document" and target.ref in m.reported:
        return m.reported[target.ref]
    return b.node(instrument_uid(target.ref), "Instrument", {"id": target.ref, "title": target.label})


def _map_stances(m: _Mapping) -> None:
    doc, b = m.doc, m.b
    refs = {r.id: r for r in doc.references}
    for st in doc.stances:
        t_uid = _stance_target(m, st, refs)
        rel = "OPPOSES" if st.stance == "oppose" else "SUPPORTS"
        provision = st.target.provision
        props = {"via": st.via, "reported": st.reported, "provision": provision}
        # A stance holds as of the date the text reports for it, else as of its document:
        # kept per attestation (Evidence), since one fact may be stated on several dates.
        as_of = {"as_of": st.as_of or doc.date,
                 "as_of_precision": (st.as_of_precision or "day") if st.as_of else doc.date_precision}
        b.fact(rel, b.actor(st.actor), t_uid, st.evidence, qualifier=provision or "", props=props, evidence_props=as_of)
        if st.via and st.via in m.reported and st.actor.kind == "state":
            # The reported paper itself holds the stance its authors are known for.
            b.fact(rel, m.reported[st.via], t_uid, st.evidence, qualifier=provision or "",
                   props={"provision": provision}, evidence_props=as_of)


def _mentioned(m: _Mapping, mention: Mention) -> str:
    b = m.b
    if mention.kind == "state" and mention.iso2:
        return b.state(mention.iso2, mention.name, mention.evidence.lang)
    if mention.kind == "person":
        p_uid = b.node(f"person:{mention.key}", "Person", {"key": mention.key, "name": mention.name})
        if mention.affiliation:
            key = slug(mention.affiliation)
            org = b.node(f"org:{key}", "Organization", {"key": key, "name": mention.affiliation})
            b.fact("AFFILIATED_WITH", p_uid, org, mention.evidence, qualifier=mention.role or "",
                   props={"role": mention.role, "as_of": m.doc.date})
        return p_uid
    if mention.kind == "product":
        return b.node(f"product:{mention.key}", "Product", {"key": mention.key, "name": mention.name})
    kind = "company" if mention.kind == "company" else None
    return b.node(f"org:{mention.key}", "Organization", {"key": mention.key, "name": mention.name, "kind": kind})


def _map_mentions(m: _Mapping) -> None:
    for mention in m.doc.mentions:
        m.b.fact("MENTIONS", m.b.doc_uid, _mentioned(m, mention), mention.evidence, qualifier=mention.kind,
                 props={"kind": mention.kind, "role": mention.role})


def _map_participations(m: _Mapping) -> None:
    """A party's own act (its own publication, dated by it) or a third party's report that it
    takes part, keyed like the curated pages' facts so the two attest one fact."""
    b, doc = m.b, m.doc
    for p in doc.participations:
        party = b.actor(p.party)
        inst = b.node(instrument_uid(p.instrument), "Instrument", {"id": p.instrument})
        if p.own:
            ftype = {"joined": "JOINED", "signed": "JOINED", "endorsed": "ENDORSED", "withdrew": "WITHDREW"}[p.act]
            b.fact(ftype, party, inst, p.evidence, qualifier=p.date.isoformat() if p.date else "",
                   props={"date": p.date, "date_precision": p.date_precision, "counts_from": p.counts_from, "act": p.act})
        else:
            b.fact("REPORTED_AS_PARTY", party, inst, p.evidence, qualifier=p.act, props={"says": p.act},
                   evidence_props={"as_of": doc.date, "as_of_precision": doc.date_precision, "counts_from": p.counts_from})


# One mapper per fact group, in the order the rows are built (later mappers use what
# earlier ones placed: the edition, the reported papers). The first three need a placement.
_PLACED_MAPPERS = (_map_placement, _map_signatories, _map_commitments)
_MAPPERS = (_map_authors, _map_references, _map_reported_documents, _map_stances, _map_mentions,
            _map_participations)


def document_rows(doc: ExtractedDocument, path_key: str, placement: Placement | None,
                  reported_editions: dict[str, str] | None = None) -> DocumentRows:
    """All rows for one document; ``placement`` is None for documents that express no edition.

    ``reported_editions`` maps a reported statement's key to the known edition it speaks of
    (``loaders.identity.reported_editions``): the document then REPORTS that edition."""
    doc_id = document_id(path_key)
    b = _Builder(doc_id, doc.text)
    b.node(b.doc_uid, "Document", {"id": doc_id})
    blocks = [
        {"id": f"{doc_id}#b{i}", "lang": blk.lang, "start": blk.start, "end": blk.end, "confidence": blk.confidence}
        for i, blk in enumerate(doc.blocks)
    ]
    m = _Mapping(doc, b, placement, reported_editions)
    for mapper in (*(_PLACED_MAPPERS if placement is not None else ()), *_MAPPERS):
        mapper(m)
    return b.rows(_document_props(doc, doc_id, path_key), blocks)


def curated_rows(source_key: str, sha256: str, title: str, facts: list[CuratedFact],
                 document: dict[str, Any] | None = None) -> DocumentRows:
    """Rows for a curated metadata file or page (``loaders/curated.py``, ``loaders/participation.py``).

    The file is itself a Document of kind ``curated`` so its facts have provenance like
    any other: which file said so, in which words; ``document`` adds a page's address and date.
    """
    doc_id = document_id(source_key)
    b = _Builder(doc_id)
    b.node(b.doc_uid, "Document", {"id": doc_id})
    for f in facts:
        for node in f.nodes:
            b.node(node.uid, node.label, node.props)
        for link in f.links:
            b.link(link.type, link.source, link.target)
        if f.type is not None:
            assert f.source is not None and f.target is not None and f.evidence is not None  # CuratedFact checks it
            b.fact(f.type, f.source, f.target, f.evidence, qualifier=f.qualifier, props=f.props,
                   evidence_props=f.evidence_props)
    return b.rows({
        "id": doc_id, "path": source_key, "source": source_key, "sha256": sha256, "title": title,
        "kind": "curated", "format": "yaml", "languages": [], "text": None, "date": None,
        "extractor_version": None, "field_sources": [], "warnings": [], **(document or {}),
    }, [])
