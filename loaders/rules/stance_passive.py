"""Stances stated in the passive with an agent: "X was blocked by Germany and Poland",
"X a été rejeté par la France", "X wurde von Deutschland und Polen abgelehnt", "X fue
respaldado por España", "X werd door Nederland gesteund", "X został odrzucony przez Polskę",
and with an agent marked by case alone: "X byl odmítnut Německem" (Czech, Slovak instrumental).

The participle (stances.yaml ``structures.<lang>.passive``) is followed by the agent's
preposition and a subject the verb rule reads (``order: after``), or, in verb-final
clauses, preceded by them with only fillers between (``order: before``). What was blocked
or backed is the act named before the participle in the same sentence, or a noun for the
act the document is about. "Was not backed by France" says nothing, a hedge warns.
"""

from __future__ import annotations

from core.model import Reference, Stance, Warning_
from loaders.rules.act_descriptions import delay_governs, postponement_acts
from loaders.rules.context import DocContext
from loaders.rules.stance_agent_frames import frame_stances
from loaders.rules.stance_camp_examples import camp_example_stances
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_structures import anchored, structure_cues
from loaders.rules.stance_frames import Subjects, blocked, take
from loaders.rules.stance_targets import document_act, resolve_target

_AGENT_REACH = 40  # the agent's subject starts this close after its preposition


def _agent_after(ctx, b, cues, sc, subjects, at: int, e: int):
    link = sc.agent.match(ctx.text, at)
    if link is None and sc.focus is not None and (f := sc.focus.match(ctx.text, at)) is not None:
        if cues.negation is not None and cues.negation.search(ctx.text, max(0, at - 40), at):
            return None  # "not backed in particular by France": France is not the main backer, no opponent
        link = sc.agent.match(ctx.text, f.end())  # "pushed in particular by France"
    if link is None:
        return None
    for subj in subjects(ctx, b, cues, link.end(), min(e, link.end() + _AGENT_REACH + 160)):
        gap = ctx.text[link.end() : subj.start]
        if subj.start - link.end() > _AGENT_REACH or not cues.only_fillers(gap):
            return None
        if ctx.text.startswith(("'s", "’s"), subj.end):
            return None  # "blocked by Germany's industry": the agent is another noun
        return subj
    return None


def _agent_in_case(ctx, b, cues, sc, subjects, at: int, e: int):
    """An agent marked by case alone right after the participle ("odmítnut Německem a
    Polskem"): a list of states, every name inflected (not the nominative) and ending in
    the agent case; a preposition before it ("s Německem", "v Německu") is not a filler."""
    for subj in subjects(ctx, b, cues, at, min(e, at + _AGENT_REACH + 160)):
        if subj.how != "state_list" or subj.start - at > _AGENT_REACH or not cues.only_fillers(ctx.text[at : subj.start]):
            return None
        if not subj.states or any(m.method == "exact" or not sc.agent_case.search(m.surface) for m in subj.states):
            return None
        return subj
    return None


def _agent_before(ctx, b, cues, sc, subjects, s: int, at: int):
    for subj in reversed(subjects(ctx, b, cues, s, at)):
        if not cues.only_fillers(ctx.text[subj.end : at]):
            return None
        head = ctx.text[max(s, subj.start - 30) : subj.start]
        link = None
        for m in sc.agent.finditer(head):
            link = m
        if link is None or not cues.only_fillers(head[link.end() :]):
            return None
        return subj
    return None


def _fronted_subject(ctx, refs, cues, b: int, s: int, at: int, agent_end: int, e: int):
    """The act right after the comma that closes a participle phrase opening the sentence
    ("Opposed by Germany, the AI Act stalled", "Respaldada por España, la ley ..."): only
    fillers before the participle, nothing but the comma after the agent, only articles
    before the act."""
    if ctx.text[s:at].strip(" \t\"'“”„«»"):
        return None
    comma = ctx.text[agent_end : agent_end + 3]
    if not comma.lstrip().startswith(","):
        return None
    after = agent_end + comma.index(",") + 1
    resolved = resolve_target(ctx, refs, [(after, min(e, after + 80))])
    if resolved is None or not cues.only_fillers(ctx.text[after : resolved.start]) or ctx.states_in(b, after, resolved.start):
        return None
    return resolved


def _act_noun_subject(text: str, cues, s: int, at: int) -> bool:
    """Whether an act noun ("the proposal", "der Entwurf") is the passive's subject: only
    auxiliaries, adverbs and negations between it and the participle at ``at``."""
    if cues.act_nouns is None:
        return False
    last = None
    for m in cues.act_nouns.finditer(text, s, at):
        last = m
    return last is not None and (last.end() == at or cues.only_fillers(text[last.end() : at]))


def passive_stances(ctx: DocContext, refs: list[Reference], subjects: Subjects, warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    """Passives with their agent; and, read here so that one call gives every structure
    naming its holder apart from a subject, agents named by a frame around a clause ("at
    the request of", "despite opposition from": stance_agent_frames.py) and states named
    as a camp's examples ("countries in favour, such as": stance_camp_examples.py)."""
    out, extra = frame_stances(ctx, refs, subjects, warnings)
    examples, extra_examples = camp_example_stances(ctx, refs, subjects, warnings)
    out += examples
    extra += extra_examples
    for b, block in enumerate(ctx.blocks):
        sc, cues = structure_cues(block.lang), lang_cues(block.lang)
        if sc is None or cues is None or sc.participle is None or (sc.agent is None and sc.agent_case is None):
            continue
        found = list(anchored(ctx, b, sc.participle, sc.participle_anchor))
        if not found:
            continue
        for s, e in ctx.sentences[b]:
            for m in (p for p in found if s <= p.start() < e):
                subj = None
                if sc.agent is None:
                    subj = _agent_in_case(ctx, b, cues, sc, subjects, m.end(), e)
                elif sc.order in ("after", "both"):
                    subj = _agent_after(ctx, b, cues, sc, subjects, m.end(), e)
                if subj is None and sc.agent is not None and sc.order in ("before", "both"):
                    subj = _agent_before(ctx, b, cues, sc, subjects, s, m.start())
                if subj is None or not subj.actors:
                    continue
                head_end = min(m.start(), subj.start)
                resolved = resolve_target(ctx, refs, [(s, head_end)])
                if resolved is None and subj.end > m.end():
                    resolved = _fronted_subject(ctx, refs, cues, b, s, m.start(), subj.end, e)  # "Backed by Spain, the AI Act ..."
                if (resolved is None and _act_noun_subject(ctx.text, cues, s, m.start())
                        and resolve_target(ctx, refs, [(m.end(), e)]) is None):
                    # "the plan, backed by France, breaches X": an act named after the
                    # participle is what the noun is set against, so the noun is not it
                    resolved = document_act(ctx, refs, m.start())
                if resolved is None or blocked(ctx, sc, s, e, subj.start):
                    continue
                if (resolved.target.ref not in postponement_acts() and resolved.start < m.start()
                        and delay_governs(ctx.text, cues.lang, s, resolved.start)):
                    continue  # "the proposal to delay X, welcomed by Italy": Italy welcomed the delay
                if resolved.reference:
                    extra.append(resolved.reference)
                kind = "oppose" if m.lastgroup == "o" else "support"
                # a hedge anywhere from the act to the agent voids the passive, a negation
                # too unless it refuses support ("is not supported by": opposition)
                lo = max(s, min(resolved.start, m.start() - 30))
                out += take(ctx, cues, s, e, (lo, max(m.end(), subj.end)), kind, resolved, subj.actors, 0.9,
                            "passive_agent", warnings, cue=m)
    return out, extra
