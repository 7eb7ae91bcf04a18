"""The builder of one document's rows: nodes, facts, evidence and links (pure, no driver).

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

from core.ids import act_uid, actor_uid, digest, document_uid, state_uid
from core.membership import eu_members, memberships
from core.model import ActorRef, Evidence, Reference
from core.states import english_name
from graph import shape

# Membership today; the dated spells (the United Kingdom until 2020-01-31) are on each State.
EU_MEMBERS = eu_members()


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


class RowBuilder:
    """Collects one document's nodes, facts, evidence and links, each checked against graph/shape.py."""

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
