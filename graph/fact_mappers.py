"""One mapper per fact group of an extracted document: each turns its group into rows on the builder.

The mappers run in a fixed order because later ones use what earlier ones placed (the
instrument and edition, the reported papers); ``map_facts`` is the one entry.
"""

from __future__ import annotations

from core.ids import act_uid, edition_id, edition_uid, instrument_uid, slug
from core.model import Evidence, ExtractedDocument, Mention, Placement, Reference, Stance
from graph.row_builder import RowBuilder


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

    def __init__(self, doc: ExtractedDocument, b: RowBuilder, placement: Placement | None,
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


def map_facts(doc: ExtractedDocument, b: RowBuilder, placement: Placement | None,
              reported_editions: dict[str, str] | None) -> None:
    """Every fact group of ``doc`` onto ``b``; the placed groups only when there is a placement."""
    m = _Mapping(doc, b, placement, reported_editions)
    for mapper in (*(_PLACED_MAPPERS if placement is not None else ()), *_MAPPERS):
        mapper(m)
