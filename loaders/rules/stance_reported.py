"""Stances a document reports about another document, and calls by its authors.

"<document> shows that <A, B and C> <predicate> <target>" gives the reported document, its
authors, and the stances it is reported to take (``reported``, ``via`` the document);
"<authors> call on <addressee> to reject <the paper>" opposes that paper, "to push ahead
with <act>" or "advocated for <act>" supports the act. Split from stances.py, whose
sentence scan (:func:`cued_sentences`) they share.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left

from core.model import ActorRef, Author, Reference, ReportedDocument, Stance, Target
from loaders.names import StateMatch
from loaders.rules.act_descriptions import act_slug
from loaders.rules.context import DocContext, evidence
from loaders.rules.gazetteers import find_named
from loaders.rules.lists import state_runs
from loaders.rules.stance_cues import LangCues, lang_cues
from loaders.rules.stance_targets import resolve_target

MIN_RUN_PRECISION = 0.8
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")


def _state_actor(m: StateMatch) -> ActorRef:
    return ActorRef(kind="state", key=m.iso2, name=m.name, iso2=m.iso2)


def _doc_key(kind: str, year: int | None, slug_: str | None, codes: list[str]) -> str:
    parts = [kind.replace("_", "-")]
    if year:
        parts.append(str(year))
    parts.append(slug_ or "untargeted")
    parts.append("-".join(sorted(c.lower() for c in codes)))
    return ":".join(parts)


def cued_sentences(ctx: DocContext, needs: str = "predicate"):
    """(block index, cues, sentence start, end) for every sentence of a block whose
    language has stance cues and that holds what the caller ``needs`` (a "predicate", a
    reported "document" noun, or a "call"), related-content paragraphs left out.

    The block is scanned once for what is needed and only the sentences holding it are
    yielded: most sentences of most documents hold no stance predicate at all. Several
    structures ask for the same sentences (the verb rule and the inverted one both ask for
    predicates), so the answer is kept on the document's context."""
    cache = ctx.__dict__.setdefault("_cued_sentences", {})
    if needs not in cache:
        cache[needs] = list(_cued(ctx, needs))
    return iter(cache[needs])


def _cued(ctx: DocContext, needs: str):
    for b, block in enumerate(ctx.blocks):
        cues = lang_cues(block.lang)
        if cues is None:
            continue
        if needs == "predicate":
            # only sentences holding a predicate's literal anchor are searched for it
            rx = cues.predicate
            if cues.anchors is not None and len(ctx.lower) == len(ctx.text):
                starts = [m.start() for m in cues.anchors.finditer(ctx.lower, block.start, block.end)]
            else:
                starts = [m.start() for m in rx.finditer(ctx.text, block.start, block.end)]
            if cues.forms is not None:  # inflected forms of the lemmas (stance_forms.py)
                starts = sorted(starts + [h.start for h in cues.forms.hits(ctx.text, block.start, block.end)])
        else:
            rx = cues.document if needs == "document" else cues.calls
            starts = [m.start() for m in rx.finditer(ctx.text, block.start, block.end)] if rx is not None else []
        if not starts:
            continue
        for s, e in ctx.sentences[b]:
            i = bisect_left(starts, s)
            if i == len(starts) or starts[i] >= e:
                continue
            if needs == "predicate" and not cues.has_predicate(ctx.text, s, e):
                continue
            if cues.sidebar is not None:
                line = ctx.text.rfind("\n", block.start, s) + 1
                if cues.sidebar.match(ctx.text, max(line, block.start), e):
                    continue
            yield b, cues, s, e


def _year_of(ctx: DocContext, b: int, s: int, e: int) -> int | None:
    """A year in ``text[s:e]`` (the sentence up to the document noun: "In 2018, a paper
    ..."), else in the paragraph's earlier sentences ("In 2018 ... A paper shows that ...")."""
    found = _YEAR.search(ctx.text, s, e)
    if found:
        return int(found.group())
    para = ctx.text.rfind("\n", ctx.blocks[b].start, s) + 1
    years = _YEAR.findall(ctx.text, max(para, ctx.blocks[b].start), s)
    return int(years[-1]) if years else None


def reported_papers(ctx: DocContext, refs: list[Reference]) -> tuple[list[ReportedDocument], list[Stance], list[Reference]]:
    """'<document> shows that <A, B and C> <predicate> <target>': the document, its authors, and
    the stances it is reported to take (``reported``, ``via`` the document)."""
    docs: list[ReportedDocument] = []
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, cues, s, e in cued_sentences(ctx, "document"):
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
            year = _year_of(ctx, b, s, dm.start())  # the paper's year, not the year of the act it discusses
            codes = [m.iso2 for m in run.resolved]
            slug_ = act_slug(resolved.target.ref) if resolved else None
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
            if pol and resolved and resolved.how != "contrary_measure":
                if resolved.reference:
                    extra.append(resolved.reference)
                conf = min(0.8 * run.precision, resolved.confidence + 0.15)
                extractor = f"stances.reported_document_reveals+{resolved.how}"
                for m in run.resolved:
                    out.append(Stance(actor=_state_actor(m), stance=pol[0], target=resolved.target, via=key, reported=True,
                                      as_of=dt.date(year, 1, 1) if year else None, as_of_precision="year" if year else None,
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
    for b, cues, s, e in cued_sentences(ctx, "call"):
        spans = ctx.sentences[b]
        i = spans.index((s, e))
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
        if resolved and actors and resolved.how != "contrary_measure":
            if resolved.reference:
                extra.append(resolved.reference)
            for actor in actors:
                out.append(Stance(actor=actor, stance="support", target=resolved.target,
                                  evidence=evidence(ctx, s, e, min(0.7, resolved.confidence), f"stances.call_or_advocacy+{resolved.how}")))
    return out, extra
