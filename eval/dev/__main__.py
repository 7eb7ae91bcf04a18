"""``python -m eval.dev``: score the extractor on the cached dev set of real documents.

    python -m eval.dev [--split dev|blind|all] [--case ID ...] [--json] [--details] [--confusion] [--commit REV]

Cases whose excerpt is not in eval/dev/cache/ are listed as "not cached" and counted
apart. ``--commit REV`` scores the extractor of that commit (exported with git archive) with
this working tree's scorer, cases and cache. Exit code 0 when the run completed (whatever
the scores), 2 when cases.yaml is unusable, a --case id is unknown or REV is not a commit.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from eval.dev import CACHE_DIR, CASES_FILE
from eval.dev.cases import CasesError, load_cases
from eval.dev.commit import CommitError, score_commit
from eval.dev.report import confusion_lines, render_json, render_text
from eval.dev.runner import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m eval.dev", description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", choices=("dev", "blind", "all"), default="all")
    parser.add_argument("--case", action="append", default=[], metavar="ID", help="score only this case (repeatable)")
    parser.add_argument("--json", action="store_true", help="machine-readable figures on stdout")
    parser.add_argument("--details", action="store_true", help="list each miss (dev cases only)")
    parser.add_argument("--confusion", action="store_true",
                        help="print the kind confusion matrix (dev cases only)")
    parser.add_argument("--commit", metavar="REV",
                        help="score this commit's extractor (git archive export) instead of the working tree's")
    parser.add_argument("--cases-file", type=Path, default=CASES_FILE, help=argparse.SUPPRESS)
    parser.add_argument("--cache-dir", type=Path, default=CACHE_DIR, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        cases = load_cases(args.cases_file)
    except CasesError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    selected = [c for c in cases.cases if args.split in ("all", c.split)]
    if args.case:
        known = {c.id for c in cases.cases}
        unknown = [i for i in args.case if i not in known]
        if unknown:
            print(f"error: unknown case id(s): {', '.join(unknown)}", file=sys.stderr)
            return 2
        selected = [c for c in selected if c.id in args.case]
    if args.commit:
        child = ["--split", args.split, *(x for i in args.case for x in ("--case", i))]
        child += ["--json"] * args.json + ["--details"] * args.details
        try:
            return score_commit(args.commit, child, args.cases_file, args.cache_dir)
        except CommitError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
    scores = run(cases, selected, args.cache_dir)
    print(render_json(scores, args.details) if args.json else render_text(scores, args.details))
    if args.confusion and not args.json:
        print("\n".join(["", *confusion_lines(scores)]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
