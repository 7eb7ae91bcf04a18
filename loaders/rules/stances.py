"""Stances: who supports or opposes which act, directly or through a reported document.

Precision first. A stance needs
- an actor found by structure: a list of states that is the subject of the cue (only
  fillers such as "have", "strongly" between them; no preposition before the list that
  makes it a place or an object), the list after "<document> reveals that", a numeral
  phrase ("these nine states") whose antecedent list has exactly that many states, or the
  document's authors for "we" and for calls on an institution;
- a target: an act cited after the actor in the sentence, else a curated descriptive
  target (lower confidence, said in the extractor name).
A negated cue ("did not oppose") gives nothing; a hedged one ("are said to be
considering") gives a ``low_confidence`` warning instead of a stance. Related-content
paragraphs ("Read more: ...") are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.model import ActorRef, Author, Reference, ReportedDocument, Stance, Target, Warning_
from loaders.names import StateMatch
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.anaphora import anaphors
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues as signing_cues
from loaders.rules.gazetteers import find_named
from loaders.rules.lists import state_runs
from loaders.rules.stance_cues import LangCues, lang_cues

MIN_RUN_PRECISION = 0.8
_ACT_KINDS = frozenset({"regulation", "directive", "decision", "proposal", "recommendation"})
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_CUE_REACH = 160  # a cue further than this from its subject belongs to another clause


@dataclass(frozen=True)
class Descriptive:
    spec: dict
    descriptors: re.Pattern[str]
    topic: re.Pattern[str]


def _rx(patterns) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in ([patterns] if isinstance(patterns, str) else patterns)), re.IGNORECASE)


@lru_cache(maxsize=None)
def cues_for(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """The "governments" and "delegations" nouns of ``lang`` (cues.yaml), whole words."""
    c = signing_cues(lang)
    return tuple(re.compile(rf"(?:{rx.pattern})[^\W\d_]*", re.IGNORECASE) if rx else None for rx in (c.governments, c.delegations))


@lru_cache(maxsize=1)
def _descriptive() -> tuple[Descriptive, ...]:
    return tuple(
        Descriptive(spec, _rx(spec["descriptors"]), _rx(spec["topic"])) for spec in load_yaml("stances.yaml")["descriptive_targets"]
    )


@dataclass
class Resolved:
    target: Target
    confidence: float
    how: str
    reference: Reference | None = None
    start: int = 0  # where the act is written


def resolve_target(ctx: DocContext, refs: list[Reference], spans: list[tuple[int, int]]) -> Resolved | None:
    """An act cited inside the spans, else a descriptive target whose topic the document names."""
    for s, e in spans:
        for r in refs:
            if r.evidence.start is not None and s <= r.evidence.start < e and r.kind in _ACT_KINDS:
                return Resolved(Target(kind="legal_act", ref=r.id, label=r.label), 0.85, "cited_act", start=r.evidence.start)
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
                return Resolved(Target(kind="legal_act", ref=spec["id"], label=spec["label"]), 0.6, "descriptive_target", ref, m.start())
    return None


def _state_actor(m: StateMatch) -> ActorRef:
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
    language has stance cues, related-content paragraphs left out."""
    for b, block in enumerate(ctx.blocks):
        cues = lang_cues(block.lang)
        if cues is None:
            continue
        for s, e in ctx.sentences[b]:
            if cues.sidebar is not None:
                line = ctx.text.rfind("\n", block.start, s) + 1
                if cues.sidebar.match(ctx.text, max(line, block.start), e):
                    continue
            yield b, cues, s, e


def _year_of(ctx: DocContext, b: int, s: int, e: int) -> int | None:
    """A year in the sentence, else in the paragraph's earlier sentences ("In 2018 ... A
    paper shows that ...")."""
    found = _YEAR.search(ctx.text, s, e)
    if found:
        return int(found.group())
    para = ctx.text.rfind("\n", ctx.blocks[b].start, s) + 1
    years = _YEAR.findall(ctx.text, max(para, ctx.blocks[b].start), s)
    return int(years[-1]) if years else None


def reported_papers(ctx: DocContext, refs: list[Reference]) -> tuple[list[ReportedDocument], list[Stance], list[Reference]]:
    """'<document> reveals that <A, B and C> are in favour of weakening <target>'."""
    docs: list[ReportedDocument] = []
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, cues, s, e in cued_sentences(ctx):
        for doc_kind, noun in cues.documents:
            dm = noun.search(ctx.text, s, e)
            rv = cues.reveal_that.search(ctx.text, dm.end(), e) if dm else None
            matches = ctx.states_in(b, rv.end(), e) if rv else []
            if not matches:
                continue
            run = state_runs(ctx.text, ctx.blocks[b].lang, matches)[0]
            if not run.resolved or run.precision < MIN_RUN_PRECISION or run.start - rv.end() > 12:
                continue
            pol = cues.polarity_at(ctx.text, run.end, e)
            resolved = resolve_target(ctx, refs, [(run.end, e)])
            year = _year_of(ctx, b, s, e)
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


def calls_and_advocacy(ctx: DocContext, refs: list[Reference], docs: list[ReportedDocument], authors: list[Author]) -> tuple[list[Stance], list[Reference]]:
    """Authors calling on an institution to reject the reported paper (oppose it), or to
    push ahead with / advocating for a proposal (support it)."""
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, block in enumerate(ctx.blocks):
        cues = lang_cues(block.lang)
        if cues is None:
            continue
        spans = ctx.sentences[b]
        for i, (s, e) in enumerate(spans):
            rej = cues.call_reject.search(ctx.text, s, e)
            if rej and docs and any(n.search(ctx.text, rej.end(), e) for _, n in cues.documents):
                doc = docs[0]
                target = Target(kind="reported_document", ref=doc.key, label=doc.title)
                for actor in _org_actors(ctx, s, rej.start(), authors, cues):
                    out.append(Stance(actor=actor, stance="oppose", target=target,
                                      evidence=evidence(ctx, s, e, 0.75, "stances.call_to_reject_reported_document")))
            sup = cues.call_support.search(ctx.text, s, e) or cues.advocated.search(ctx.text, s, e)
            if not sup:
                continue
            resolved = resolve_target(ctx, refs, [spans[i]] + ([spans[i - 1]] if i > 0 else []))
            actors = _org_actors(ctx, s, sup.start(), authors, cues)
            if resolved and actors:
                if resolved.reference:
                    extra.append(resolved.reference)
                for actor in actors:
                    out.append(Stance(actor=actor, stance="support", target=resolved.target,
                                      evidence=evidence(ctx, s, e, min(0.7, resolved.confidence), f"stances.call_or_advocacy+{resolved.how}")))
    return out, extra


@dataclass(frozen=True)
class Subject:
    """States that may be the subject of a cue: a written list, or a numeral phrase
    standing for an earlier list (``via_anaphor``)."""

    start: int
    end: int
    states: list[StateMatch]
    evidence_start: int
    via_anaphor: bool = False


def _groups(items: list[StateMatch], text: str, lang: str) -> list[list[StateMatch]]:
    """A list is closed by its conjunction: in "Unlike A and B, C opposes" C starts anew."""
    conj = {w for c in morphology(lang).conjunctions for w in c.casefold().split()}
    groups = [[items[0]]]
    closed = False
    for a, b in zip(items, items[1:]):
        has_conj = any(w in conj for w in re.findall(r"[^\W\d_]+|&", text[a.end : b.start].casefold()))
        if closed and not has_conj:
            groups.append([b])
            closed = False
            continue
        groups[-1].append(b)
        closed = closed or has_conj
    return groups


def _subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Subject]:
    out = []
    for run in state_runs(ctx.text, ctx.blocks[b].lang, ctx.states_in(b, s, e)):
        if not run.resolved or run.precision < MIN_RUN_PRECISION or (len(run.items) == 1 and run.items[0].weak):
            continue
        for group in _groups(run.items, ctx.text, cues.lang):
            resolved = [m for m in group if m.iso2]
            if resolved:
                out.append(Subject(group[0].start, group[-1].end, resolved, s))
    for a in anaphors(ctx, b, cues, s, e):
        out.append(Subject(a.start, a.end, a.states, min(s, a.antecedent.start), via_anaphor=True))
    return sorted(out, key=lambda x: x.start)


def _subject_ok(cues: LangCues, before: str, states: list[StateMatch]) -> bool:
    """Whether a list with ``before`` in front of it can be the grammatical subject.

    No: after a preposition of place, direction or comparison ("exports to A and B",
    "unlike A"); after a genitive linker unless its noun is "governments"/"delegations"
    ("the exporters of France"); in a language with noun cases, when a state is not in
    the nominative, which is the name as written ("Eksporterzy Francji").
    """
    words = [w for w in re.findall(r"[^\W\d_]+", before.casefold())]
    articles = morphology(cues.lang).articles
    while words and words[-1] in articles and words[-1] not in cues.of:
        words.pop()
    tail = " ".join(words[-3:])
    if cues.not_subject_before is not None and cues.not_subject_before.search(tail):
        return False
    head = words[-2] if words and words[-1] in cues.of and len(words) > 1 else (words[-1] if words else "")
    heads = cues_for(cues.lang)
    if head and any(rx is not None and rx.fullmatch(head) for rx in heads):
        return True
    if words and words[-1] in cues.of:
        return False
    return not morphology(cues.lang).noun_cases or all(m.method == "exact" for m in states)


def direct_state_stances(ctx: DocContext, refs: list[Reference], warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    """'<A and B> oppose <cited act>' and '<these two states> support <cited act>'."""
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, cues, s, e in cued_sentences(ctx):
        if cues.polarity_at(ctx.text, s, e) is None:
            continue
        if any(n.search(ctx.text, s, e) for _, n in cues.documents):
            continue  # reported documents are handled by reported_papers
        for subj in _subjects(ctx, b, cues, s, e):
            if not subj.via_anaphor and not _subject_ok(cues, ctx.text[s : subj.start], subj.states):
                continue
            pol = cues.polarity_at(ctx.text, subj.end, min(e, subj.end + _CUE_REACH))
            if pol is None:
                continue
            kind, cue = pol
            refs_between = [r for r in refs if r.evidence.start is not None and subj.end <= r.evidence.start and r.evidence.end <= cue.start()]
            gap = ctx.text[subj.end : cue.start()]
            for r in refs_between:  # verb-final clauses: "dass A und B die Verordnung ... ablehnen"
                gap = gap.replace(r.evidence.quote, " ")
            if not cues.only_fillers(gap):
                continue
            # verb-final clauses cite the act before the cue; otherwise it follows the cue,
            # with no other cue in between ("opposes the plan but supports Regulation X")
            resolved = resolve_target(ctx, refs, [(subj.end, cue.start())] if refs_between else [(cue.start(), e)])
            if not resolved or (not refs_between and cues.polarity_at(ctx.text, cue.end(), resolved.start)):
                continue
            # negations and hedges count up to the target too: verb-second languages put
            # them after the verb ("motsätter sig inte", "modsætter sig angiveligt")
            negated = cues.negation and cues.negation.search(ctx.text, subj.end, min(e, max(cue.end() + 15, resolved.start)))
            if negated:
                continue  # "did not oppose" says neither opposition nor support
            hedged = cues.hedge and cues.hedge.search(ctx.text, s, max(cue.end(), resolved.start))
            if hedged:
                warnings.append(Warning_(code="low_confidence", start=s, end=e,
                                         message=f"hedged stance not taken ({hedged.group()!r}): {ctx.text[s:e][:120]!r}"))
                continue
            if resolved.reference:
                extra.append(resolved.reference)
            conf = min(0.8, resolved.confidence + 0.1) * (0.9 if subj.via_anaphor else 1.0)
            extractor = "stances.state_list_cue" + ("+anaphora" if subj.via_anaphor else "") + f"+{resolved.how}"
            for m in subj.states:
                out.append(Stance(actor=_state_actor(m), stance=kind, target=resolved.target,
                                  evidence=evidence(ctx, subj.evidence_start, e, conf, extractor)))
    return out, extra


def stances(
    ctx: DocContext, refs: list[Reference], authors: list[Author], warnings: list[Warning_] | None = None
) -> tuple[list[Stance], list[ReportedDocument], list[Reference]]:
    docs, reported, extra1 = reported_papers(ctx, refs)
    calls, extra2 = calls_and_advocacy(ctx, refs, docs, authors)
    direct, extra3 = direct_state_stances(ctx, refs, warnings if warnings is not None else [])
    unique: dict[tuple, Stance] = {}
    for st in reported + calls + direct:
        k = (st.actor.kind, st.actor.key, st.stance, st.target.ref, st.via)
        if k not in unique or st.evidence.confidence > unique[k].evidence.confidence:
            unique[k] = st
    return list(unique.values()), docs, extra1 + extra2 + extra3
