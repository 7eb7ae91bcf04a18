"""Where a load run's memory goes: RSS sampled as files are reported, and optionally the
allocation sites still alive at the end of the run (tracemalloc).

    python -m bench.loader_memory DOCS [--tracemalloc] [--top 25] [--every 5000]

Runs ``load_paths`` in this process against the server of ``NEO4J_URI`` (it writes: use
a test or benchmark server) and prints JSON: the peak RSS (VmHWM), the RSS after every
tenth of the files, the growth per document between the first and the last tenth, and
with ``--tracemalloc`` the largest allocation sites alive when the run returned (tracing
slows the run by about half and its own bookkeeping is not counted in those sites).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import tracemalloc
from pathlib import Path

from bench.load import DescendantPeak, peak_rss_mb


def _rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return round(int(line.split()[1]) / 1024, 1)
    return 0.0


def measure(docs: Path, *, trace: bool, top: int, every: int = 0) -> dict:
    from core.settings import get_neo4j_settings
    from graph.driver import open_driver
    from loaders.pipeline import iter_document_paths
    from loaders.run import load_paths

    if (docs / "docs").is_dir() and (docs / "ground_truth.jsonl").is_file():
        # a generated corpus (bench/corpus): its documents, not its 44 MB answer key, which
        # the loader would read, hand to a worker and reject at the run's end
        docs = docs / "docs"
    total = sum(1 for _ in iter_document_paths([docs]))
    marks = {max(1, round(total * k / 10)) for k in range(1, 11)}
    samples: list[tuple[int, float]] = []
    seen = 0
    started = time.perf_counter()

    def progress(outcome) -> None:
        nonlocal seen
        if outcome.kind == "curated":
            return
        seen += 1
        if seen in marks:
            samples.append((seen, _rss_mb()))
        if every and seen % every == 0:  # a long run's figures survive it being stopped
            print(json.dumps({"files": seen, "seconds": round(time.perf_counter() - started, 1), "rss_mb": _rss_mb(),
                              "peak_rss_mb": peak_rss_mb()}), file=sys.stderr, flush=True)

    if trace:
        tracemalloc.start(4)
    driver = open_driver(get_neo4j_settings())
    workers = DescendantPeak()
    workers.start()
    start = time.perf_counter()
    report = load_paths([docs], driver=driver, progress=progress)
    seconds = time.perf_counter() - start
    worker_peak = workers.stop()
    sites = []
    if trace:
        snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)])
        for stat in snapshot.statistics("traceback")[:top]:
            sites.append({"mb": round(stat.size / 2**20, 2), "count": stat.count,
                          "where": [f"{f.filename.rsplit('/', 2)[-2:]!s}:{f.lineno}" for f in stat.traceback]})
        tracemalloc.stop()
    driver.close()
    growth = None
    if len(samples) >= 2 and samples[-1][0] > samples[0][0]:
        growth = round((samples[-1][1] - samples[0][1]) * 1024 / (samples[-1][0] - samples[0][0]), 2)
    return {"files": total, "seconds": round(seconds, 1), "totals": report.totals, "error": report.error,
            "peak_rss_mb": peak_rss_mb(), "worker_peak_rss_mb": worker_peak, "rss_mb_by_files": samples, "growth_kb_per_document": growth,
            "sites": sites}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("docs", type=Path)
    parser.add_argument("--tracemalloc", action="store_true")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--every", type=int, default=0, help="also print RSS to stderr every N files")
    args = parser.parse_args()
    print(json.dumps(measure(args.docs, trace=args.tracemalloc, top=args.top, every=args.every), indent=1))


if __name__ == "__main__":
    main()
