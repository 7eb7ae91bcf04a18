"""Documents per CPU-second of extraction on one core, for the tree in the current directory.

    cd TREE && /work/main/.venv/bin/python /work/main/bench/cpu_extract.py CORPUS --count 600

CPU time (``time.process_time``), not wall time: the machine is shared, and another tree
(e.g. a ``git archive`` of an older commit) measured right before or after in the same way
gives the comparison. The first ``--warm`` documents are extracted once before the clock
starts (they hold every language and layout), then all ``--count`` are timed. The warm-up
loads models and compiles patterns; the answers kept per input (lingua's verdict per
sample) are dropped before the clock starts, so that the warm-up documents, timed again,
are not answered from it.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, os.getcwd())


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--warm", type=int, default=100)
    parser.add_argument("--profile", type=Path, help="write a cProfile of the timed run here")
    args = parser.parse_args()
    from core.model import ExtractionError
    from loaders.pipeline import extract_path

    paths = sorted(p for p in args.corpus.iterdir() if p.is_file() and p.name.startswith("doc"))[: args.count]

    def run(ps):
        for p in ps:
            try:
                extract_path(p)
            except ExtractionError:
                pass

    run(paths[: args.warm])
    _drop_answers()
    prof = None
    if args.profile:
        import cProfile

        prof = cProfile.Profile(time.process_time)
        prof.enable()
    t0 = time.process_time()
    run(paths)
    cpu = time.process_time() - t0
    if prof:
        prof.disable()
        prof.dump_stats(args.profile)
    print(json.dumps({"tree": os.getcwd(), "documents": len(paths), "cpu_s": round(cpu, 2),
                      "docs_per_cpu_s": round(len(paths) / cpu, 1), "ms_per_doc": round(1000 * cpu / len(paths), 2)}))


def _drop_answers() -> None:
    import loaders.lang as lang

    verdicts = getattr(lang, "_verdict", None)  # absent from trees older than the cache
    if verdicts is not None:
        verdicts.cache_clear()


if __name__ == "__main__":
    main()
