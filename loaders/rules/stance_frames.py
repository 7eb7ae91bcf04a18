"""What every stance structure checks before it takes a stance, written once.

A stance is never taken from a question, from inside a conditional clause ("if Germany
opposes X"), or when a negation stands in its span ("no German support for X", "was not
backed by France"); a hedge in its span ("France's reported opposition", "could be
blocked by") gives a ``low_confidence`` warning instead. The holder of a stance stated by
a noun or a passive is one of the subjects the verb rule reads (lists of states, state
organs, capitals, organisations, people), so any actor kind added there counts here too.
"""

from __future__ import annotations

import re
from typing import Callable, Protocol

from core.model import ActorRef, Stance, Warning_
from loaders.names.morphology import morphology
from loaders.names.gazetteer import english_names
from loaders.rules.context import DocContext, evidence
from loaders.rules.stance_clauses import act_possessed
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_negation import negated_polarity
from loaders.rules.stance_structures import StructureCues
from loaders.rules.stance_targets import Resolved

_WORD = re.compile(r"[^\W\d_]+")


class SubjectLike(Protocol):
    start: int
    end: int
    actors: tuple[ActorRef, ...]
    how: str


def state_actor(iso2: str) -> ActorRef:
    return ActorRef(kind="state", key=iso2, name=english_names().get(iso2, iso2), iso2=iso2)


Subjects = Callable[[DocContext, int, LangCues, int, int], list]


def blocked(ctx: DocContext, sc: StructureCues, s: int, e: int, actor_start: int) -> bool:
    """A question, or an actor inside a conditional clause (no comma closing the clause
    between the conditional word and the actor)."""
    if ctx.text[s:e].rstrip().rstrip("»”\"'’)").endswith("?"):
        return True
    if sc.conditional is None:
        return False
    for m in sc.conditional.finditer(ctx.text, s, actor_start):
        if not any(c in ctx.text[m.end() : actor_start] for c in ",;:"):
            return True
    return False


def only_words(text: str, lang: str, start: int, end: int, allowed: frozenset[str], most: int = 0) -> bool:
    """Whether ``text[start:end]`` holds no punctuation and only ``allowed`` words and
    articles, with at most ``most`` other words."""
    gap = text[start:end]
    if any(c in gap for c in ".,;:()[]!?\n"):
        return False
    articles = morphology(lang).articles
    other = sum(1 for w in _WORD.findall(gap) if w.casefold() not in allowed and w.casefold() not in articles)
    return other <= most


def take(ctx: DocContext, cues: LangCues, s: int, e: int, span: tuple[int, int], kind: str, resolved: Resolved,
         actors: tuple[ActorRef, ...], trust: float, extractor: str, warnings: list[Warning_], cue=None) -> list[Stance]:
    """The stances of ``actors``, unless a negation or a hedge stands in ``span`` (the
    holder's start to the target's end). With the predicate's ``cue`` (a verb or a
    participle), a refused support ("is not supported by") is opposition
    (stance_negation.py); without one, any negation voids the stance."""
    lo, hi = span
    if resolved.end > resolved.start and act_possessed(ctx.text, resolved.end):
        return []  # "reject X's proposed delay": the stance is on what X owns, not on X
    if cue is not None:
        kind = negated_polarity(ctx.text, cues, kind, cue, lo, hi, resolved)
        if kind is None:
            return []
    elif cues.negation is not None and cues.negation.search(ctx.text, lo, hi):
        return []
    hedged = cues.hedge.search(ctx.text, lo, hi) if cues.hedge is not None else None
    if hedged:
        warnings.append(Warning_(code="low_confidence", start=s, end=e,
                                 message=f"hedged stance not taken ({hedged.group()!r}): {ctx.text[s:e][:120]!r}"))
        return []
    if resolved.how == "contrary_measure":
        kind = "oppose" if kind == "support" else "support"
    conf = min(0.75, resolved.confidence - 0.05) * trust
    return [Stance(actor=a, stance=kind, target=resolved.target, evidence=evidence(ctx, s, e, conf, f"stances.{extractor}+{resolved.how}"))
            for a in actors]
