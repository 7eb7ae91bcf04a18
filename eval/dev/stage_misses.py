"""``python -m eval.dev.stage_misses``: on the DEV split only, each sentence that holds an
expected stance's actor as a subject, its resolved target and a predicate cue, yet gives
no stance, with the reason the verb structure rejected it (:mod:`eval.dev.stage_reasons`).

This is the last step of ``python -m eval.dev.stages`` seen sentence by sentence, to group
the losses by cause. The blind split is never listed: its figures stay totals.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.dev import CACHE_DIR, CASES_FILE
from eval.dev.cases import load_cases
from eval.dev.matching import target_matches
from eval.dev.observed import observe
from eval.dev.prepared import dev_cases_with_stances, prepare, sentence_readings
from eval.dev.scoring import stance_matches
from eval.dev.stage_reasons import why_not
from eval.dev.stages import actor_is
from loaders.pipeline import extract_bytes


def case_misses(case, cases, data: bytes, source: str) -> list[tuple[str, object, str, str, str]]:
    """(case id, expected stance, language, sentence, reason) for each sentence of a stance
    lost after the predicate-cue stage."""
    prep = prepare(data, source)
    text, ctx, refs = prep.text, prep.ctx, prep.refs
    doc = observe(extract_bytes(data, source=source))
    sentences = []  # (block, start, end, subject actors, resolved target)
    for b, s, e, cues, actors, resolved in sentence_readings(prep):
        if cues is not None and cues.polarity_at(text, s, e) is not None:
            sentences.append((b, s, e, actors, resolved))
    out = []
    for exp in case.stances:
        if any(stance_matches(exp, cases, seen) for seen in doc.stances):
            continue
        targets = [cases.target(exp.target), *(cases.target(a.target) for a in exp.alternatives)]
        for b, s, e, actors, r in sentences:
            if r is None or not any(target_matches(t, r.target.ref, r.target.label, getattr(r.target, "provision", None)) for t in targets):
                continue
            if not any(actor_is(exp.actor, a) for a in actors):
                continue
            reason = why_not(ctx, refs, b, s, e, lambda a: actor_is(exp.actor, a))
            out.append((case.id, exp, ctx.blocks[b].lang, text[s:e], reason))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.dev.stage_misses", description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases-file", type=Path, default=CASES_FILE, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    cases = load_cases(args.cases_file)
    for case, data, source in dev_cases_with_stances(cases, args.cache_dir):
        for case_id, exp, lang, sentence, reason in case_misses(case, cases, data, source):
            who = exp.actor.state or exp.actor.org or exp.actor.person
            print(f"[{case_id}] {lang} {who} {exp.stance} {exp.target}: {reason}\n  {' '.join(sentence.split())[:420]}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
