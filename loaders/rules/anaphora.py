"""Antecedents of "these nine states" (and "ces neuf États", "te dziewięć państw"...).

A numeral phrase stands for states only when it can point back to one list of exactly
that many resolved states, in the same paragraph before it or in the paragraph before
that. Anything else (no such list, a list with unknown or ambiguous items, a count that
does not match) resolves to nothing: guessing an actor is the worst error a stance can
make.
"""

from __future__ import annotations

from dataclasses import dataclass

from loaders.names import StateMatch
from loaders.rules.context import DocContext
from loaders.rules.lists import Run, state_runs
from loaders.rules.stance_cues import LangCues


@dataclass(frozen=True)
class Anaphor:
    start: int
    end: int
    count: int
    antecedent: Run

    @property
    def states(self) -> list[StateMatch]:
        return self.antecedent.resolved


def _paragraph_start(text: str, pos: int, lo: int) -> int:
    """Start of the paragraph (line) holding ``pos``."""
    return max(lo, text.rfind("\n", lo, pos) + 1)


def _window_start(text: str, pos: int, lo: int) -> int:
    """Start of the paragraph before the one holding ``pos`` (blank lines skipped)."""
    here = _paragraph_start(text, pos, lo)
    k = here - 1
    while k > lo and text[k - 1] == "\n":
        k -= 1
    return _paragraph_start(text, k, lo) if k > lo else lo


def antecedent(ctx: DocContext, b: int, count: int, before: int) -> Run | None:
    """The nearest list before ``before`` of exactly ``count`` resolved states and nothing else."""
    block = ctx.blocks[b]
    lo = _window_start(ctx.text, before, block.start)
    matches = [m for m in ctx.states[b] if lo <= m.start and m.end <= before]
    runs = [r for r in state_runs(ctx.text, block.lang, matches) if not (len(r.items) == 1 and r.items[0].weak)]
    for run in reversed(runs):
        if len(run.items) < 2:
            continue
        exact = len(run.resolved) == len(run.items) == count and not run.unresolved
        return run if exact else None  # the nearest list decides; a wrong count means nothing
    return None


def anaphors(ctx: DocContext, b: int, cues: LangCues, start: int, end: int) -> list[Anaphor]:
    """Numeral phrases in ``text[start:end]`` with their antecedent lists."""
    if cues.anaphor is None:
        return []
    out = []
    for m in cues.anaphor.finditer(ctx.text, start, end):
        count = cues.number(m["num"])
        if not count or count < 2:
            continue
        run = antecedent(ctx, b, count, m.start())
        if run is not None:
            out.append(Anaphor(m.start(), m.end(), count, run))
    return out
