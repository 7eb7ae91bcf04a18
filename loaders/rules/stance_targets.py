"""What a stance is about: an act cited in the sentence, an act named by a curated
description, an act named in words by the grammar of act names (act_names.py), or the
one act its document is about (for a generic noun or a pronoun: the act named just
before it in its paragraph, the act of the title and lead, the one act of the document,
or the act that dominates it; two acts in play give nothing).

Shared by every stance structure (verbs, nouns, passives, camps), so that each reads
its target the same way and names how in the extractor field.
"""

from __future__ import annotations

from dataclasses import dataclass

from core.model import Reference, Target
from loaders.rules.act_descriptions import (
    act_info, described_acts, find_description, postponed_act, postponement_acts, postponement_of, postponement_phrase,
    topical_acts,
)
from loaders.rules.act_names import named_acts
from loaders.rules.context import DocContext, evidence
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_discourse import definite_act_nouns, previous_sentence, rival_referent

ACT_KINDS = frozenset({"regulation", "directive", "decision", "proposal", "recommendation"})
NAMED_CONFIDENCE = 0.45  # an act named in words nobody curated (act_names.py): below a curated description
LEAD_CHARS = 400  # the title and lead: where a news item or a statement names what it is about


@dataclass
class Resolved:
    target: Target
    confidence: float
    how: str
    reference: Reference | None = None
    start: int = 0  # where the act is written
    end: int = 0


def resolve_target(ctx: DocContext, refs: list[Reference], spans: list[tuple[int, int]]) -> Resolved | None:
    """An act cited inside the spans, else an act named by a curated description or a
    measure it contains (only for acts whose topic the document names), else an act named
    in words ("the packaging regulation", "das Lieferkettengesetz")."""
    for s, e in spans:
        for r in refs:
            if r.evidence.start is not None and s <= r.evidence.start < e and r.kind in ACT_KINDS:
                return Resolved(Target(kind="legal_act", ref=r.id, label=r.label), 0.85, "cited_act", start=r.evidence.start,
                                end=r.evidence.end or r.evidence.start)
    for s, e in spans:
        lang = ctx.lang_at(s)
        found = find_description(ctx.text, lang, s, e, topical(ctx, lang))
        if found is None:
            continue
        info = act_info(found.act)
        ref = Reference(
            id=found.act, kind=info.get("kind", "other"), label=info.get("label", found.act), celex=info.get("celex"),
            number=str(info["number"]) if info.get("number") else None, surface=found.surface,
            evidence=evidence(ctx, found.start, found.end, found.confidence - 0.05, f"references.act_description_{found.how}"),
        )
        how = {"name": "described_act", "generic": "described_act", "measure": "described_measure",
               "contrary": "contrary_measure"}[found.how]
        if found.how == "contrary":
            cues = lang_cues(lang)
            # "the ban on spying on journalists" is the act's own measure, not its contrary
            if cues is None or cues.forbidding is None or cues.forbidding.search(ctx.text, max(s, found.start - 40), found.start):
                return None
        return Resolved(Target(kind="legal_act", ref=found.act, label=ref.label), found.confidence, how, ref, found.start, found.end)
    for s, e in spans:
        found = postponed_document_act(ctx, refs, s, e)
        if found is not None:
            return found
    for s, e in spans:
        named = next(iter(named_acts(ctx.text, ctx.lang_at(s), s, e)), None)
        if named is None:
            continue
        ref = Reference(id=named.key, kind=named.kind, label=named.surface, surface=named.surface,
                        evidence=evidence(ctx, named.start, named.end, NAMED_CONFIDENCE - 0.05, "references.act_name"))
        return Resolved(Target(kind="legal_act", ref=named.key, label=named.surface), NAMED_CONFIDENCE, "named_act", ref,
                        named.start, named.end)
    return None


POSTPONED_CONFIDENCE = 0.5  # as the document's act: the postponed act is the document's, not the span's


def postponed_document_act(ctx: DocContext, refs: list[Reference], s: int, e: int) -> Resolved | None:
    """The curated postponement of the document's act where a span names a postponement
    without naming the act ("the postponement of the regulation", "retrasar la norma seis
    meses", "a one-year delay", "stop-the-clock"; act_descriptions.postponement_phrase):
    only where the acts in play are that one act and its postponement."""
    hit = postponement_phrase(ctx.text, ctx.lang_at(s), s, e)
    if hit is None:
        return None
    later = _postponable(ctx, refs, hit[0])
    if later is None:
        return None
    label = act_info(later).get("label", later)
    return Resolved(Target(kind="legal_act", ref=later, label=label), POSTPONED_CONFIDENCE, "postponed_document_act", None,
                    hit[0], hit[1])


def _postponable(ctx: DocContext, refs: list[Reference], at: int) -> str | None:
    """The curated postponement of the one act in play at ``at``: the document's acts
    (title and lead, else the whole text), else the acts of the nearest sentence naming
    any in its paragraph, an act and its own postponement counting as one."""
    _document_act(ctx, refs, at)  # fills the cache of the document's acts
    acts, _ = ctx.__dict__["_document_acts"]["acts"]
    for candidates in (acts, (recent_acts(ctx, refs, at) or (frozenset(),))[0]):
        bases = {postponed_act(a) or a for a in candidates}
        if len(bases) == 1:
            (base,) = bases
            return base if base in postponement_acts() else postponement_of(base)
        if bases:
            return None
    return None


def acts_in(ctx: DocContext, refs: list[Reference], start: int, end: int) -> set[str]:
    """Keys of the acts cited or named by a curated description in a span."""
    acts = {r.id for r in refs if r.kind in ACT_KINDS and r.evidence.start is not None and start <= r.evidence.start < end}
    for block in ctx.blocks:
        lo, hi = max(start, block.start), min(end, block.end)
        if lo < hi:
            acts |= described_acts(ctx.text, block.lang, lo, hi, topical(ctx, block.lang))
    return acts


def _named_in(ctx: DocContext, start: int, end: int) -> set[str]:
    """Keys of the acts named in words (no number, no curated description) in a span."""
    keys: set[str] = set()
    for block in ctx.blocks:
        lo, hi = max(start, block.start), min(end, block.end)
        if lo < hi:
            keys |= {n.key for n in named_acts(ctx.text, block.lang, lo, hi)}
    return keys


def document_act(ctx: DocContext, refs: list[Reference], at: int) -> Resolved | None:
    """The act a generic noun ("the proposal", "le texte", "der Entwurf") stands for: the
    one act the title and lead name, else the one act the whole document names; where it
    names several, the one in discourse focus (:func:`focus_act`); None otherwise (a
    sentence that names neither is not guessed at). Where the sentences just before it
    in its paragraph name another act, or several, two acts are in play: None."""
    found = _document_act(ctx, refs, at)
    if found is None or found.how == "focus_act":
        return found  # the dominant act is vetoed below like the document's one act
    recent = recent_acts(ctx, refs, at)
    if recent is None or recent[0] == {found.target.ref} or recent[3]:
        return found  # an act named in words nobody curated is often the document's act again
    return None


def _document_act(ctx: DocContext, refs: list[Reference], at: int) -> Resolved | None:
    """The document's act, or the one in focus where it names several (no look at the
    sentences just before)."""
    cache = ctx.__dict__.setdefault("_document_acts", {})
    if "acts" not in cache:
        lead_end = min(len(ctx.text), LEAD_CHARS)
        stop = ctx.text.find(".", lead_end)
        lead_end = stop + 1 if 0 <= stop < lead_end + 200 else lead_end
        lead = acts_in(ctx, refs, 0, lead_end)
        whole = acts_in(ctx, refs, 0, len(ctx.text))
        if len(lead) == 1 and len(_named_in(ctx, 0, lead_end)) > 1:
            # a curated act beside another act the lead names in words ("the deforestation
            # regulation and the climate law"): two acts, so the noun goes to focus
            whole = whole | _named_in(ctx, 0, lead_end)
            lead = set()
        cache["acts"] = (lead, "lead_document_act") if len(lead) == 1 else (whole, "document_act")
        if not whole:
            cache["named"] = _named_document_act(ctx, lead_end)
    acts, how = cache["acts"]
    if len(acts) > 1:
        return focus_act(ctx, refs, at) or _dominant_act(ctx, refs, at)
    if not acts and cache.get("named") is not None:
        named, how = cache["named"]
        return Resolved(Target(kind="legal_act", ref=named.key, label=named.surface), NAMED_DOCUMENT_CONFIDENCE, how,
                        None, at, at)
    if len(acts) != 1:
        return None
    (act,) = acts
    cited = next((r for r in refs if r.id == act), None)
    label = cited.label if cited else act_info(act).get("label", act)
    return Resolved(Target(kind="legal_act", ref=act, label=label), 0.5, how, None, at, at)


NAMED_DOCUMENT_CONFIDENCE = 0.4  # an act named in words nobody curated, standing for a noun
DOMINANT_SENTENCES = 3  # a document's dominant act is named in at least this many sentences
DOMINANT_RATIO = 3  # ... and this many times as many as any other act
DOMINANT_CONFIDENCE = 0.4


def _dominant_act(ctx: DocContext, refs: list[Reference], at: int) -> Resolved | None:
    """In a document naming several acts, none of them near ``at``, the act it is about
    when one clearly dominates: named in at least :data:`DOMINANT_SENTENCES` sentences and
    :data:`DOMINANT_RATIO` times as many as any other ("the AI Act" throughout, the GDPR
    once). The sentences just before ``at`` naming another act veto it (document_act)."""
    cache = ctx.__dict__.setdefault("_document_acts", {})
    if "dominant" not in cache:
        counts: dict[str, int] = {}
        quotes = [(r.id, r.evidence.quote) for r in refs if r.kind in ACT_KINDS and r.evidence.quote]
        for spans in ctx.sentences:
            for s, e in spans:
                # a reference keeps its first citation only: the act cited again counts too
                again = {key for key, q in quotes if ctx.text.find(q, s, e) >= 0}
                for act in acts_in(ctx, refs, s, e) | again:
                    counts[act] = counts.get(act, 0) + 1
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        top = ranked[0] if ranked else None
        second = ranked[1][1] if len(ranked) > 1 else 0
        cache["dominant"] = top[0] if top and top[1] >= DOMINANT_SENTENCES and top[1] >= DOMINANT_RATIO * second else None
    act = cache["dominant"]
    if act is None:
        return None
    cited = next((r for r in refs if r.id == act), None)
    label = cited.label if cited else act_info(act).get("label", act)
    return Resolved(Target(kind="legal_act", ref=act, label=label), DOMINANT_CONFIDENCE, "dominant_act", None, at, at)


def _named_document_act(ctx: DocContext, lead_end: int):
    """In a document that cites and describes no act, the one act its title and lead name
    in words (act_names.py); (act, how) or None. Only the lead: an uncurated act named
    once further on ("a national supply-chain law") is often not what the text is about."""
    for lo, hi, how in ((0, lead_end, "lead_named_document_act"),):
        named = {}
        for block in ctx.blocks:
            a, z = max(lo, block.start), min(hi, block.end)
            if a < z:
                for n in named_acts(ctx.text, block.lang, a, z):
                    named.setdefault(n.key, n)
        if len(named) == 1:
            return next(iter(named.values())), how
        if named:
            return None
    return None


FOCUS_SENTENCES = 2  # how far back an act noun looks for the act last named
FOCUS_CONFIDENCE = 0.45


def recent_acts(ctx: DocContext, refs: list[Reference], at: int) -> tuple[frozenset[str], int, int, bool] | None:
    """The acts named in the nearest sentence naming any, looking back from ``at`` over
    its own sentence and the :data:`FOCUS_SENTENCES` before it, within its paragraph:
    (acts, sentence start, end, whether they are named in words only). An act named in
    words counts only where no cited or curated act is (it is often the same one)."""
    b = next((i for i, block in enumerate(ctx.blocks)
              if block.start <= at < block.end or (at == block.end and i == len(ctx.blocks) - 1)), None)
    if b is None:
        return None
    block, sentences = ctx.blocks[b], ctx.sentences[b]
    k = next((i for i, (s, e) in enumerate(sentences) if s <= at < e), None)
    if k is None:
        return None
    window = [(sentences[k][0], at)] + [sentences[i] for i in range(k - 1, max(-1, k - 1 - FOCUS_SENTENCES), -1)]
    para = ctx.text.rfind("\n", block.start, at) + 1
    for s, e in window:
        if e <= para:
            return None  # the act named before this paragraph is out of focus
        s = max(s, para)
        acts = acts_in(ctx, refs, s, e)
        if acts:
            return frozenset(acts), s, e, False
        named = {n.key for n in named_acts(ctx.text, block.lang, s, e)}
        if named:
            return frozenset(named), s, e, True
    return None


def focus_act(ctx: DocContext, refs: list[Reference], at: int) -> Resolved | None:
    """In a document naming several acts, the act in discourse focus at ``at``: the one act
    named last before it, in its own sentence or one of the two before it in the same
    paragraph ("The Commission proposed X. Germany opposes the proposal."). The nearest
    sentence naming any act decides: two acts there, or a paragraph break before any,
    give nothing."""
    recent = recent_acts(ctx, refs, at)
    if recent is None or len(recent[0]) != 1:
        return None
    acts, s, e, _ = recent
    found = resolve_target(ctx, refs, [(s, e)])
    if found is None or found.target.ref not in acts:
        return None
    return Resolved(found.target, FOCUS_CONFIDENCE, "focus_act", found.reference, at, at)


def topical(ctx: DocContext, lang: str) -> frozenset[str]:
    """Acts whose topic the document names (once per document and language)."""
    cache = ctx.__dict__.setdefault("_topical_acts", {})
    if lang not in cache:
        cache[lang] = topical_acts(ctx.text, lang)
    return cache[lang]


def antecedent_act(ctx: DocContext, refs: list[Reference], b: int, s: int, at: int) -> Resolved | None:
    """The act an object pronoun ("opposed it", "lo rechazan") stands for: the one act the
    sentence before (same block) cites or names, when that sentence holds no word of
    weakening ("Spain proposed an exemption to X. France opposed it": "it" is the
    exemption); else, where that sentence, in the same paragraph, names no act but refers
    to one by a definite act noun ("The proposal ... . France opposed it.") and names no
    document ("the report"), the act that noun stands for (:func:`document_act`). None
    otherwise: a pronoun is never guessed at."""
    sentences = ctx.sentences[b]
    k = next((i for i, (a, _) in enumerate(sentences) if a == s), 0)
    if k == 0:
        return None
    ps, pe = sentences[k - 1]
    cues = lang_cues(ctx.blocks[b].lang)
    if cues is None or (cues.weaken is not None and cues.weaken.search(ctx.text, ps, pe)):
        return None
    cited = {r.id for r in refs if r.kind in ACT_KINDS and r.evidence.start is not None and ps <= r.evidence.start < pe}
    named = {d for d in described_acts(ctx.text, ctx.blocks[b].lang, ps, pe, frozenset())}
    acts = cited | named
    if not acts:
        return _through_act_noun(ctx, refs, b, s, at)
    if len(acts) != 1:
        return None
    (act,) = acts
    found = resolve_target(ctx, refs, [(ps, pe)])
    if found is None or found.target.ref != act:
        return None
    found.how = "antecedent_" + found.how
    found.confidence -= 0.1
    found.start = found.end = at
    return found


def _through_act_noun(ctx: DocContext, refs: list[Reference], b: int, s: int, at: int) -> Resolved | None:
    """The act a pronoun stands for through the definite act noun of the sentence before
    (stance_discourse.py), when that sentence names no act, in words either, and nothing
    else the pronoun may stand for (a report, an amendment: languages with that list only)."""
    prev = previous_sentence(ctx, b, s)
    lang = ctx.blocks[b].lang
    cues = lang_cues(lang)
    if prev is None or cues is None:
        return None
    ps, pe = prev
    if rival_referent(ctx.text, lang, ps, pe) is not False or named_acts(ctx.text, lang, ps, pe) or (
            cues.document is not None and cues.document.search(ctx.text, ps, pe)):
        return None  # "the report", "a national law": the pronoun may stand for it
    nouns = definite_act_nouns(ctx.text, lang, ps, pe)
    found = document_act(ctx, refs, nouns[0]) if nouns else None
    if found is None:
        return None
    return Resolved(found.target, found.confidence - 0.1, "antecedent_act_noun", found.reference, at, at)
