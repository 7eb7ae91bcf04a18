"""``python -m eval.dev.stages_lost``: the dev stances lost before a predicate is read.

For each expected stance of the DEV split, a line when it is lost at one of the early
stages of ``eval.dev.stages``: the actor written but never read as an actor phrase
(ACTOR), the target's words written but never resolved to the act (TARGET), or actor
and target each found but never in one sentence (APART), with the text's own words
around them, so that causes can be grouped (a number format, a declined name, an
anaphora across sentences). Dev only: the blind split is read for its totals alone.
"""

from __future__ import annotations

import argparse
import re
import sys
import unicodedata
from pathlib import Path

from eval.dev import CACHE_DIR, CASES_FILE
from eval.dev.cases import Case, CaseSet, load_cases
from eval.dev.matching import fold, target_matches
from eval.dev.prepared import dev_cases_with_stances, prepare, sentence_readings
from eval.dev.stages import actor_is, actor_written


def _char_fold(text: str) -> str:
    """``fold`` one character at a time, so offsets stay those of ``text``."""
    out = []
    for c in text:
        f = "".join(x for x in unicodedata.normalize("NFKD", c) if not unicodedata.combining(x)).casefold()
        out.append(f[:1] if len(f) >= 1 and f[:1].isalnum() else " ")
    return "".join(out)


def _where(cfolded: str, phrase: str) -> list[tuple[int, int]]:
    words = fold(phrase).split()
    if not words:
        return []
    rx = re.compile(r"(?<!\w)" + r"\W+".join(map(re.escape, words)) + r"(?!\w)")
    return [(m.start(), m.end()) for m in rx.finditer(cfolded)]


def _snippet(text: str, s: int, e: int, width: int = 70) -> str:
    return " ".join(text[max(0, s - width):min(len(text), e + width)].split())


def lost_lines(case: Case, cases: CaseSet, data: bytes, source: str) -> list[str]:
    """One or more lines per expected stance of ``case`` lost at the actor, target or
    same-sentence stage."""
    prep = prepare(data, source)
    text, ctx, refs = prep.text, prep.ctx, prep.refs
    folded = fold(text)
    cfolded = _char_fold(text)
    rows = [(s, e, actors, resolved) for _, s, e, _, actors, resolved in sentence_readings(prep)]
    resolved_any = sorted({r.target.ref for *_, r in rows if r is not None})[:4]
    out: list[str] = []
    for exp in case.stances:
        targets = [cases.target(exp.target), *(cases.target(a.target) for a in exp.alternatives)]
        head = f"{case.id} [{ctx.blocks[0].lang if ctx.blocks else '?'}] {exp.actor.label()} {exp.stance} {exp.target}"
        subj = [any(actor_is(exp.actor, a) for a in actors) for _, _, actors, _ in rows]
        tgt = [r is not None and any(target_matches(t, r.target.ref, r.target.label, getattr(r.target, "provision", None))
                                     for t in targets) for *_, r in rows]
        if actor_written(exp.actor, ctx, folded) and not any(subj):
            if exp.actor.state:
                at = [(m.start, m.end) for _, m in ctx.all_states() if m.iso2 == exp.actor.state][:3]
            else:
                name = fold(exp.actor.person.split()[-1] if exp.actor.person else exp.actor.org or "")
                at = _where(cfolded, name)[:3]
            out += [f"ACTOR  {head}: ...{_snippet(text, s, e)}..." for s, e in at] or [f"ACTOR  {head}: (not located)"]
        if not any(tgt):
            at = []
            for w in (m for t in targets for m in t.match if fold(m)):
                at += _where(cfolded, w)[:1]
            at += [(r.evidence.start, r.evidence.end or r.evidence.start) for r in refs
                   if any(r.id in t.acts for t in targets) and r.evidence.start is not None]
            out += [f"TARGET {head} (resolved: {resolved_any}): ...{_snippet(text, s, e)}..." for s, e in sorted(set(at))[:2]]
        elif any(subj) and not any(a and t for a, t in zip(subj, tgt)):
            out += [f"APART  {head}: actor in: {' '.join(text[s:e].split())[:240]}"
                    for (s, e, _, _), x in zip(rows, subj) if x][:2]
            out += [f"         target in: {' '.join(text[s:e].split())[:240]}"
                    for (s, e, _, _), x in zip(rows, tgt) if x][:1]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.dev.stages_lost", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases-file", type=Path, default=CASES_FILE, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cases = load_cases(args.cases_file)
    for case, data, source in dev_cases_with_stances(cases, args.cache_dir):
        for line in lost_lines(case, cases, data, source):
            print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
