"""``python -m eval.dev.stages``: where the expected stances are lost, as totals per split.

A stance needs its actor read as a subject, its target resolved, both in one sentence
with a predicate of stance. For every expected stance this counts how far the document
gets: the actor written in the text at all, the actor read as a subject somewhere, the
target's words written at all, the target resolved somewhere (a cited act, a curated
description, the document's one act), and actor, target and a predicate cue in one
sentence. Totals only, for both splits alike: a blind case's figures never name which
stance or which sentence, so no rule is written from them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from eval.dev import CACHE_DIR, CASES_FILE
from eval.dev.cases import Actor, Case, CaseSet, load_cases
from eval.dev.matching import fold, org_matches, person_matches, target_matches
from eval.dev.observed import observe
from eval.dev.runner import cached_file
from eval.dev.scoring import stance_matches
from eval.dev.prepared import prepare, sentence_readings
from loaders.pipeline import extract_bytes

STAGES = (
    ("actor_written", "actor written in the text"),
    ("actor_subject", "actor read as a subject somewhere"),
    ("target_written", "target's words written in the text"),
    ("target_resolved", "target resolved somewhere"),
    ("together", "actor subject + resolved target in one sentence"),
    ("with_cue", "... and a predicate cue in that sentence"),
    ("found", "stance found (as scored)"),
)


def actor_is(expected: Actor, actor) -> bool:
    if expected.state:
        return actor.kind == "state" and (actor.iso2 or actor.key) == expected.state
    names = [actor.name, actor.key]
    if expected.person:
        return actor.kind == "person" and person_matches(expected.person, names)
    return actor.kind != "state" and org_matches(expected, names)


def actor_written(expected: Actor, ctx, folded: str) -> bool:
    if expected.state:
        return any(m.iso2 == expected.state for _, m in ctx.all_states())
    names = [expected.person] if expected.person else [expected.org or "", *expected.aliases]
    if expected.person:
        return fold(expected.person).split()[-1] in folded.split()
    return any(f" {fold(n)} " in f" {folded} " for n in names if fold(n))


def stage_counts(case: Case, cases: CaseSet, data: bytes, source: str, uncued: list | None = None) -> Counter:
    """How far each expected stance of ``case`` gets, counted per stage; ``uncued`` (dev
    only) collects (language, sentence) where actor and target meet with no predicate cue."""
    prep = prepare(data, source)
    text, ctx, refs = prep.text, prep.ctx, prep.refs
    folded = fold(text)
    sentences = []  # (actors read as subjects, resolved target or None, has cue)
    spans_langs = []  # (language, start, end) of each sentence, for ``uncued``
    for b, s, e, cues, actors, resolved in sentence_readings(prep):
        cue = cues.polarity_at(text, s, e) if cues else None
        sentences.append((actors, resolved, cue is not None))
        spans_langs.append((ctx.blocks[b].lang, s, e))
    doc = observe(extract_bytes(data, source=source))
    out: Counter = Counter()
    for exp in case.stances:
        targets = [cases.target(exp.target), *(cases.target(a.target) for a in exp.alternatives)]

        def hits(r) -> bool:
            return r is not None and any(target_matches(t, r.target.ref, r.target.label, getattr(r.target, "provision", None)) for t in targets)

        subj = [any(actor_is(exp.actor, a) for a in actors) for actors, _, _ in sentences]
        tgt = [hits(r) for _, r, _ in sentences]
        out["expected"] += 1
        out["actor_written"] += actor_written(exp.actor, ctx, folded)
        out["actor_subject"] += any(subj)
        out["target_written"] += any(f" {fold(m)} " in f" {folded} " for t in targets for m in t.match if fold(m)) or any(
            r.id in t.acts for r in refs for t in targets)
        out["target_resolved"] += any(tgt)
        both = [a and t for a, t in zip(subj, tgt)]
        out["together"] += any(both)
        out["with_cue"] += any(x and c for x, (_, _, c) in zip(both, sentences))
        if uncued is not None and case.split == "dev" and not any(x and c for x, (_, _, c) in zip(both, sentences)):
            uncued.extend((lang, " ".join(text[s:e].split())) for x, (lang, s, e) in zip(both, spans_langs) if x)
        out["found"] += any(stance_matches(exp, cases, seen) for seen in doc.stances)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.dev.stages", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "blind", "all"), default="all")
    parser.add_argument("--cases-file", type=Path, default=CASES_FILE, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help=argparse.SUPPRESS)
    parser.add_argument("--uncued", action="store_true",
                        help="dev only: print each sentence holding an expected stance's actor as subject and its "
                             "resolved target but no predicate cue, to see which words the lexicon lacks")
    args = parser.parse_args(argv)
    cases = load_cases(args.cases_file)
    for split in ("dev", "blind"):
        if args.split not in ("all", split):
            continue
        total: Counter = Counter()
        uncued: list | None = [] if args.uncued and split == "dev" else None
        for case in cases.cases:
            if case.split != split or not case.stances:
                continue
            path = cached_file(args.cache_dir, case.id)
            if path is None:
                continue
            total += stage_counts(case, cases, path.read_bytes(), f"eval/dev/cache/{path.name}", uncued)
        n = total["expected"] or 1
        print(f"{split}: {total['expected']} expected stances")
        for key, label in STAGES:
            print(f"  {label:<52} {total[key]:>4}  {total[key] / n:.3f}")
        for lang, sentence in dict.fromkeys(uncued or []):
            print(f"  [{lang}] {sentence[:400]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
