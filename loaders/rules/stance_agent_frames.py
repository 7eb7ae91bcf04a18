"""Stances of an agent named by a frame around a clause: "At the request of Germany and
Austria, the Council postponed X", "Con el apoyo de Francia, el Consejo aprobó X", "Der Rat
verabschiedete X trotz des Widerstands Polens", "Mimo sprzeciwu Węgier Rada przyjęła X".

The agent of a frame of wanting (data/stance_agent_frames.yaml ``wants``) takes the
clause's stance: support for an act adopted, the verb's own polarity for a stance verb
(stance_postponement.py reads a delay as a stance on the act's postponement). The agent
of a frame of resisting (``despite``) opposes an act adopted; with a stance verb the
clause says nothing sure of it and nothing is taken. The agent must follow the frame with
only articles between and close its phrase (a comma, the clause's verb, or the sentence's
end); the clause's predicate and act stand in the one clause on the other side of the
frame (no comma between predicate and act), and a negation there voids it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from core.model import Reference, Stance, Warning_
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules import stance_postponement
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import Cue, LangCues, lang_cues
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_lexicon import WORD
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_targets import document_act, resolve_target

# Who may be a frame's agent: states (a list, an organ, a capital standing for its
# government), organisations, parties and EU institutions; never a person named alone.
_AGENTS = frozenset({"state_list", "state_organ", "demonym_organ", "capital", "organisation", "party", "institution"})
_CLAUSE_BREAK = ",;:()[]\"“”«»"
_LEAD_WORDS = 3  # words before a frame opening its sentence ("But", "In May")
# Languages whose finite verb follows a fronted phrase directly ("Auf Drängen Deutschlands
# verabschiedete der Rat"): the agent's phrase closes without a comma; in languages with
# noun cases the agent's case closes it ("Na wniosek Polski Rada przyjęła").
_VERB_SECOND = frozenset({"de", "nl", "sv", "da"})


@dataclass(frozen=True)
class _Frames:
    frame: re.Pattern[str]  # named groups w (wants) / d (despite)
    adopt: re.Pattern[str] | None


@lru_cache(maxsize=None)
def _frames(lang: str) -> _Frames | None:
    spec = load_yaml("stance_agent_frames.yaml").get(lang)
    if not spec:
        return None

    def alt(words) -> str:
        return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    adopt = spec.get("adopt") or []
    return _Frames(
        frame=re.compile(rf"(?<![^\W\d_])(?:(?P<w>{alt(spec['wants'])})|(?P<d>{alt(spec['despite'])}))(?![^\W\d_])", re.IGNORECASE),
        adopt=re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(str, adopt))})(?![^\W\d_])", re.IGNORECASE) if adopt else None,
    )


def frame_stances(ctx: DocContext, refs: list[Reference], subjects: Callable, warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, block in enumerate(ctx.blocks):
        frames, cues, sc = _frames(block.lang), lang_cues(block.lang), structure_cues(block.lang)
        if frames is None or cues is None:
            continue
        for s, e in ctx.sentences[b]:
            for m in frames.frame.finditer(ctx.text, s, e):
                agent = _agent(ctx, b, cues, subjects, m.end(), e)
                if agent is None or (sc is not None and blocked(ctx, sc, s, e, agent.start)):
                    continue
                if sc is not None and sc.conditional is not None and sc.conditional.search(ctx.text, s, m.start()):
                    continue  # "If, at the request of A, the Council adopted X, ...": a condition
                read = _clause(ctx, refs, b, cues, frames, s, e, m.start(), agent.end)
                if read is None:
                    continue
                verb_kind, cue, resolved = read
                if m.lastgroup == "d":
                    if verb_kind != "adopt":
                        continue  # "despite X's opposition, Y blocked Z": nothing sure of X
                    kind = "oppose"
                else:
                    kind = "support" if verb_kind == "adopt" else verb_kind
                if resolved.reference:
                    extra.append(resolved.reference)
                span = (min(m.start(), cue.start()), max(agent.end, cue.end(), resolved.end))
                out += take(ctx, cues, s, e, span, kind, resolved, agent.actors, 0.85, f"{agent.how}_cue+agent_frame", warnings)
    return out, extra


def _agent(ctx: DocContext, b: int, cues: LangCues, subjects: Callable, at: int, e: int):
    """The agent right after the frame (articles between at most), closing its phrase."""
    articles = morphology(cues.lang).articles
    for subj in subjects(ctx, b, cues, at, min(e, at + 200)):
        if subj.how not in _AGENTS or not subj.actors:
            continue
        if any(w.casefold() not in articles for w in WORD.findall(ctx.text, at, subj.start)) or any(
                c in ctx.text[at : subj.start] for c in _CLAUSE_BREAK):
            return None
        if ctx.text.startswith(("'s", "’s"), subj.end):
            return None  # "at the request of Germany's farmers": another noun is the agent
        return subj
    return None


def _clause(ctx: DocContext, refs: list[Reference], b: int, cues: LangCues, frames: _Frames, s: int, e: int, frame_at: int, agent_end: int):
    """("adopt" or the stance verb's polarity, its cue, the act) of the clause the frame
    stands in: after the agent where the frame opens the sentence, else before the frame."""
    text = ctx.text
    lead = text[s:frame_at]
    if not lead.strip(" \t\"'“”„«»") or (len(WORD.findall(lead)) <= _LEAD_WORDS and lead.rstrip().endswith(",")):
        after = agent_end
        if text[after : after + 2].lstrip().startswith(","):
            after = text.index(",", after) + 1
        elif cues.lang not in _VERB_SECOND and not morphology(cues.lang).noun_cases:
            return None  # the agent's phrase runs on ("at the request of France and of ..."): not closed
        return _predicate(ctx, refs, b, cues, frames, after, e)
    # the frame closes the clause: nothing but the sentence's end or a comma after the agent
    tail = text[agent_end:e].strip(" \t\"'”»’).!…")
    if tail and not tail.startswith(","):
        return None
    return _predicate(ctx, refs, b, cues, frames, s, frame_at)


def _predicate(ctx: DocContext, refs: list[Reference], b: int, cues: LangCues, frames: _Frames, lo: int, hi: int):
    """The first predicate in ``text[lo:hi]`` (a stance verb or a verb of adopting) and the
    act it governs in the same clause."""
    text = ctx.text
    pol = cues.polarity_at(text, lo, hi)
    adopt = frames.adopt.search(text, lo, hi) if frames.adopt is not None else None
    if pol is not None and (adopt is None or pol[1].start() <= adopt.start()):
        kind, cue = cues.chained(text, *pol, hi)
    elif adopt is not None:
        kind, cue = "adopt", Cue(adopt.start(), adopt.end())
    else:
        return None
    if any(c in text[lo : cue.start()] for c in ";:()[]"):
        return None
    if cues.negation_in(text, lo, min(hi, cue.end() + 15), cue):
        return None  # "the Council did not adopt X at Germany's request"
    # the act: in the clause after the predicate (no comma between), or its subject before it
    stop = next((i for i in range(cue.end(), hi) if text[i] in _CLAUSE_BREAK or text[i] in ".!?"), hi)
    resolved = resolve_target(ctx, refs, [(cue.end(), stop)])
    if resolved is None and cues.act_noun_after(text, cue.end(), stop):
        resolved = document_act(ctx, refs, cue.start())
    if resolved is None:
        comma = text.rfind(",", lo, cue.start())
        resolved = resolve_target(ctx, refs, [(comma + 1 if comma >= 0 else lo, cue.start())])
    if resolved is None:
        return None
    articles = morphology(cues.lang).articles
    between = WORD.findall(text, cue.end(), resolved.start) if resolved.start > cue.end() else []
    if cues.lang in _VERB_SECOND and between:  # the subject after its verb: "verabschiedete der Rat die X", "antog rådet X"
        between = between[2:] if between[0].casefold() in articles else between[1:]
    if any(w.casefold() not in articles for w in between):
        return None  # "adopted an exemption from X", "postponed the vote on X": X is not the object
    if resolved.start > cue.end() and any(x.iso2 and not x.weak for x in ctx.states_in(b, cue.end(), resolved.start)):
        return None  # "criticised Germany over X": the state is the object
    if kind != "adopt":
        kind, resolved = stance_postponement.reread(ctx, refs, cues, (kind, cue), kind, cue, resolved, hi)
        if resolved is None:
            return None
    return kind, cue, resolved
