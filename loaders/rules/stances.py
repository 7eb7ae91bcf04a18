"""Stances: who supports or opposes which act, directly or through a reported document.

Precision first: a stance needs an actor found by structure (a list of states right
before the stance cue, or the one after "<document> reveals that"; the document's own
authors for "we" and for calls on an institution) and a target (an act cited in the
sentence, or a descriptive target from curated YAML, with lower confidence). Anything
less yields no stance. Antecedents ("these nine states") are not resolved.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.model import ActorRef, Author, Evidence, Reference, ReportedDocument, Stance, Target
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.gazetteers import find_named
from loaders.rules.lists import state_runs

_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+[\"”’]?|\n|$)")
MIN_RUN_PRECISION = 0.8


@dataclass(frozen=True)
class LangCues:
    oppose: re.Pattern[str]
    support: re.Pattern[str]
    documents: tuple[tuple[str, re.Pattern[str]], ...]
    reveal: re.Pattern[str]
    call_reject: re.Pattern[str]
    call_support: re.Pattern[str]
    advocated: re.Pattern[str]
    we: re.Pattern[str]


def _rx(patterns) -> re.Pattern[str]:
    if isinstance(patterns, str):
        patterns = [patterns]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=None)
def lang_cues(lang: str) -> LangCues | None:
    spec = load_yaml("stances.yaml")["languages"].get(lang)
    if not spec:
        return None
    return LangCues(
        oppose=_rx(spec["oppose"]),
        support=_rx(spec["support"]),
        documents=tuple((k, _rx(v)) for k, v in spec["reported_documents"].items()),
        reveal=_rx(spec["reveal"]),
        call_reject=_rx(spec["call_reject"]),
        call_support=_rx(spec["call_support"]),
        advocated=_rx(spec["advocated"]),
        we=_rx(spec["we"]),
    )


@dataclass(frozen=True)
class Descriptive:
    spec: dict
    descriptors: re.Pattern[str]
    topic: re.Pattern[str]


@lru_cache(maxsize=1)
def _descriptive() -> tuple[Descriptive, ...]:
    return tuple(
        Descriptive(spec, _rx(spec["descriptors"]), _rx(spec["topic"])) for spec in load_yaml("stances.yaml")["descriptive_targets"]
    )


def sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _SENTENCE.finditer(text, start, end) if m.group().strip()]


def polarity(cues: LangCues, text: str) -> tuple[str, re.Match[str]] | None:
    """Oppose first: its cues are the more specific ones."""
    m = cues.oppose.search(text)
    if m:
        return "oppose", m
    m = cues.support.search(text)
    return ("support", m) if m else None


@dataclass
class Resolved:
    target: Target
    confidence: float
    how: str
    reference: Reference | None = None


def resolve_target(ctx: DocContext, refs: list[Reference], spans: list[tuple[int, int]]) -> Resolved | None:
    """An act cited inside the spans, else a descriptive target whose topic the document names."""
    for s, e in spans:
        for r in refs:
            if r.evidence.start is not None and s <= r.evidence.start < e and r.kind in {"regulation", "directive", "decision", "proposal", "recommendation"}:
                return Resolved(Target(kind="legal_act", ref=r.id, label=r.label), 0.85, "cited_act")
    for d in _descriptive():
        if not d.topic.search(ctx.text):
            continue
        for s, e in spans:
            m = d.descriptors.search(ctx.text, s, e)
            if m:
                spec = d.spec
                ref = Reference(
                    id=spec["id"], kind=spec["kind"], label=spec["label"], celex=spec.get("celex"), number=spec.get("number"),
                    surface=m.group(), evidence=evidence(ctx, m.start(), m.end(), 0.55, "references.descriptive_target"),
                )
                return Resolved(Target(kind="legal_act", ref=spec["id"], label=spec["label"]), 0.6, "descriptive_target", ref)
    return None


def _state_actor(m) -> ActorRef:
    return ActorRef(kind="state", key=m.iso2, name=m.name, iso2=m.iso2)


def _doc_key(kind: str, year: int | None, slug_: str | None, codes: list[str]) -> str:
    parts = [kind.replace("_", "-")]
    if year:
        parts.append(str(year))
    parts.append(slug_ or "untargeted")
    parts.append("-".join(sorted(c.lower() for c in codes)))
    return ":".join(parts)


def cued_sentences(ctx: DocContext):
    """(block index, cues, sentence start, end) for every sentence of a block whose
    language has stance cues."""
    for b, block in enumerate(ctx.blocks):
        cues = lang_cues(block.lang)
        if cues is None:
            continue
        for s, e in sentences(ctx.text, block.start, block.end):
            yield b, cues, s, e


def reported_papers(ctx: DocContext, refs: list[Reference]) -> tuple[list[ReportedDocument], list[Stance], list[Reference]]:
    """'<document> reveals that <A, B and C> are in favour of weakening <target>'."""
    docs: list[ReportedDocument] = []
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, cues, s, e in cued_sentences(ctx):
            block = ctx.blocks[b]
            for doc_kind, noun in cues.documents:
                dm = noun.search(ctx.text, s, e)
                if not dm:
                    continue
                rv = re.compile(rf"(?:{cues.reveal.pattern})\s+(?:that|que|dass|że)\b", re.I).search(ctx.text, dm.end(), e)
                if not rv:
                    continue
                matches = [m for m in ctx.states[b] if rv.end() <= m.start < e]
                if not matches:
                    continue
                run = state_runs(ctx.text, block.lang, matches)[0]
                if not run.resolved or run.precision < MIN_RUN_PRECISION or run.start - rv.end() > 12:
                    continue
                pol = polarity(cues, ctx.text[run.end : e])
                resolved = resolve_target(ctx, refs, [(run.end, e)])
                year = next((int(y) for y in re.findall(r"\b(?:19|20)\d{2}\b", ctx.text[s:e])), None)
                codes = [m.iso2 for m in run.resolved]
                slug_ = None
                if resolved:
                    spec = next((d.spec for d in _descriptive() if d.spec["id"] == resolved.target.ref), None)
                    slug_ = spec["slug"] if spec else resolved.target.ref.replace(":", "-")
                key = _doc_key(doc_kind, year, slug_, codes)
                authors = [
                    Author(actor=_state_actor(m), evidence=evidence(ctx, m.start, m.end, 0.8 * run.precision, "stances.reported_document_authors"))
                    for m in run.resolved
                ]
                title = f"{dm.group().strip().capitalize()} of {', '.join(m.name for m in run.resolved)}"
                if resolved:
                    title += f" on {resolved.target.label}"
                docs.append(
                    ReportedDocument(key=key, kind=doc_kind, title=title, year=year, authors=authors,
                                     evidence=evidence(ctx, s, e, 0.8, "stances.reported_document"))
                )
                if pol and resolved:
                    if resolved.reference:
                        extra.append(resolved.reference)
                    conf = min(0.8 * run.precision, resolved.confidence + 0.15)
                    extractor = f"stances.reported_document_reveals+{resolved.how}"
                    for m in run.resolved:
                        out.append(Stance(actor=_state_actor(m), stance=pol[0], target=resolved.target, via=key, reported=True,
                                          evidence=evidence(ctx, s, e, conf, extractor)))
                break
    return docs, out, extra


def _org_actors(ctx: DocContext, s: int, until: int, authors: list[Author], cues: LangCues) -> list[ActorRef]:
    """Organisations listed before the verb, or the authors when the subject is 'we'."""
    orgs = [n for n, a, z in find_named(ctx.text, s, until) if n.group == "organisations"]
    if orgs:
        seen: dict[str, ActorRef] = {}
        for n in orgs:
            seen.setdefault(n.key, ActorRef(kind="organization", key=n.key, name=n.name, org_kind=n.kind))
        return list(seen.values())
    if cues.we.search(ctx.text, s, until) and authors:
        return [a.actor for a in authors]
    return []


def _prev_sentence(spans: list[tuple[int, int]], i: int) -> list[tuple[int, int]]:
    return [spans[i]] + ([spans[i - 1]] if i > 0 else [])


def calls_and_advocacy(ctx: DocContext, refs: list[Reference], docs: list[ReportedDocument], authors: list[Author]) -> tuple[list[Stance], list[Reference]]:
    """Authors calling on an institution to reject the reported paper (oppose it), or to
    push ahead with / advocating for a proposal (support it)."""
    out: list[Stance] = []
    extra: list[Reference] = []
    for block in ctx.blocks:
        cues = lang_cues(block.lang)
        if cues is None:
            continue
        spans = sentences(ctx.text, block.start, block.end)
        for i, (s, e) in enumerate(spans):
            rej = cues.call_reject.search(ctx.text, s, e)
            if rej and docs and any(n.search(ctx.text, rej.end(), e) for _, n in cues.documents):
                doc = docs[0]
                target = Target(kind="reported_document", ref=doc.key, label=doc.title)
                for actor in _org_actors(ctx, s, rej.start(), authors, cues):
                    out.append(Stance(actor=actor, stance="oppose", target=target,
                                      evidence=evidence(ctx, s, e, 0.75, "stances.call_to_reject_reported_document")))
            sup = cues.call_support.search(ctx.text, s, e) or cues.advocated.search(ctx.text, s, e)
            if sup:
                resolved = resolve_target(ctx, refs, _prev_sentence(spans, i))
                actors = _org_actors(ctx, s, sup.start(), authors, cues)
                if resolved and actors:
                    if resolved.reference:
                        extra.append(resolved.reference)
                    for actor in actors:
                        out.append(Stance(actor=actor, stance="support", target=resolved.target,
                                          evidence=evidence(ctx, s, e, min(0.7, resolved.confidence), f"stances.call_or_advocacy+{resolved.how}")))
    return out, extra


def direct_state_stances(ctx: DocContext, refs: list[Reference]) -> tuple[list[Stance], list[Reference]]:
    """'<A and B> oppose <cited act>': a state list immediately followed by the cue."""
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, cues, s, e in cued_sentences(ctx):
            block = ctx.blocks[b]
            if any(n.search(ctx.text, s, e) for _, n in cues.documents):
                continue  # reported documents are handled by reported_papers
            matches = [m for m in ctx.states[b] if s <= m.start < e]
            for run in state_runs(ctx.text, block.lang, matches):
                if not run.resolved or run.precision < MIN_RUN_PRECISION:
                    continue
                before = ctx.text[s : run.start]
                if re.search(r"\b(?:in|to|from|against|with|by|like|including|en|à|nach|in|w|do|z)\s*(?:the\s+)?$", before, re.I):
                    continue  # a place or an object, not the subject
                after = ctx.text[run.end : e]
                pol = polarity(cues, after[:60])
                if not pol or pol[1].start() > 40:
                    continue
                resolved = resolve_target(ctx, refs, [(run.end + pol[1].end(), e)])
                if not resolved:
                    continue
                if resolved.reference:
                    extra.append(resolved.reference)
                for m in run.resolved:
                    out.append(Stance(actor=_state_actor(m), stance=pol[0], target=resolved.target,
                                      evidence=evidence(ctx, s, e, min(0.8, resolved.confidence + 0.1), f"stances.state_list_cue+{resolved.how}")))
    return out, extra


def stances(ctx: DocContext, refs: list[Reference], authors: list[Author]) -> tuple[list[Stance], list[ReportedDocument], list[Reference]]:
    docs, reported, extra1 = reported_papers(ctx, refs)
    calls, extra2 = calls_and_advocacy(ctx, refs, docs, authors)
    direct, extra3 = direct_state_stances(ctx, refs)
    unique: dict[tuple, Stance] = {}
    for st in reported + calls + direct:
        k = (st.actor.kind, st.actor.key, st.stance, st.target.ref, st.via)
        if k not in unique or st.evidence.confidence > unique[k].evidence.confidence:
            unique[k] = st
    return list(unique.values()), docs, extra1 + extra2 + extra3
