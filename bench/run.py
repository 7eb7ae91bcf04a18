"""`make bench`: extraction, loading (beside the write ceiling) and queries (REST beside the
raw driver), at 1,000 and 10,000 generated documents; ``--full`` adds 100,000.

    .venv/bin/python -m bench.run [--full] [--sizes 1000,10000] [--seconds 3]

Starts its own Neo4j (``bench/server.py``), generates the corpora once (``bench/corpus/``),
prints a table, and writes ``bench/results/<date>.json`` and ``bench/RESULTS.md``.
Every figure that is compared with a ceiling is measured in the same run as the ceiling,
so a busy machine lowers both.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from bench import ceiling, report
from bench.corpus import ensure_corpus
from bench.load import run_load_phases
from bench.plan import planned_documents
from bench.queries import run_queries
from bench.server import ROOT, BenchServer, client_env, counts, wipe
from graph.schema import apply_schema

SEED = 7
RESULTS = ROOT / "bench" / "results"


def extraction(folder: Path, serial_limit: int) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "extract.py"), str(folder / "docs"), "--json",
                          "--truth", str(folder / "ground_truth.jsonl"), "--serial-limit", str(serial_limit)],
                         cwd=ROOT, capture_output=True, text=True, timeout=3600)
    if out.returncode != 0:
        raise RuntimeError(f"extraction benchmark failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def write_ceiling(driver, folder: Path, batches: list[int]) -> dict:
    """Plan the rows (extraction on a pool, untimed), then write them per batch size."""
    start = time.perf_counter()
    docs = [ceiling.parameters(p) for p in planned_documents([folder / "docs"], ROOT / "metadata")]
    figures: dict = {"documents": len(docs), "plan_s": round(time.perf_counter() - start, 1)}
    for batch in batches:
        wipe(driver)
        apply_schema(driver, "neo4j")
        seconds = ceiling.write(driver, docs, batch=batch)
        graph = counts(driver)
        figures[f"batch_{batch}"] = {"seconds": round(seconds, 2), "docs_per_s": round(len(docs) / seconds, 1),
                                      "relationships_per_s": round(graph["relationships"] / seconds, 1), "graph": graph}
    del docs
    wipe(driver)
    return figures


def queries(driver, size: int, concurrency: list[int], seconds: float) -> dict:
    """Load the real starting corpus beside the generated one, so the headline query has its
    answer (six states with evidence) on a graph of ``size`` documents, then measure."""
    from loaders.run import load_paths

    corpus = ROOT.parent / "shared" / "corpus"
    if corpus.is_dir():
        load_paths([corpus], driver=driver, database="neo4j")
    params = {"instrument": "spyware-joint-statement", "as_of": "2024-06-01", "iso2": "SE", "q": "surveillance export"}
    return run_queries(params, concurrency, seconds)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--full", action="store_true", help="also run 100,000 documents (about an hour)")
    parser.add_argument("--sizes", help="comma-separated corpus sizes (default 1000,10000)")
    parser.add_argument("--seconds", type=float, default=3.0, help="measured seconds per query figure")
    parser.add_argument("--no-write", action="store_true", help="print only; leave RESULTS.md and results/ alone")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")] if args.sizes else [1000, 10000] + ([100000] if args.full else [])
    largest = max(sizes)
    os.environ.update({k: v for k, v in client_env().items() if k.startswith("NEO4J_")})
    started = time.perf_counter()
    results: dict = {"date": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
                     "machine": report.machine(), "command": " ".join(["python -m bench.run", *sys.argv[1:]]),
                     "sizes": {}}
    ensure_corpus(SEED, largest)
    with BenchServer() as server:
        driver = server.driver()
        for size in sorted(sizes):
            print(f"== {size} documents", flush=True)
            folder = ensure_corpus(SEED, size, larger=largest)
            entry: dict = {"load_average_before": os.getloadavg()}
            entry["extraction"] = extraction(folder, serial_limit=min(size, 1000))
            print("   extraction done", flush=True)
            # The shape (1, 8, 100 documents per transaction) at the smallest size; above it only
            # the loader's own group size, which has been the best: 100 per transaction cost
            # 71 s at 10,000, and its first statement always runs on the empty graph's plan.
            entry["ceiling"] = write_ceiling(driver, folder, [1, 8, 100] if size == min(sizes) else [8])
            print("   ceiling done", flush=True)
            entry["load"] = run_load_phases(folder / "docs")
            entry["load"]["graph"] = counts(driver)
            print("   load done", flush=True)
            if size >= 10000 or size == min(sizes):
                conc = [1, 16, 64] if size >= 10000 else [1, 16]
                entry["queries"] = queries(driver, size, conc, args.seconds)
                print("   queries done", flush=True)
            entry["load_average_after"] = os.getloadavg()
            results["sizes"][str(size)] = entry
            wipe(driver)
        driver.close()
    results["total_s"] = round(time.perf_counter() - started, 1)
    table = report.table(results)
    print(table)
    if not args.no_write:
        RESULTS.mkdir(parents=True, exist_ok=True)
        path = RESULTS / f"{dt.date.today().isoformat()}.json"
        path.write_text(json.dumps(results, indent=2, default=str) + "\n", encoding="utf-8")
        report.write_results_md(results, ROOT / "bench" / "RESULTS.md", path.relative_to(ROOT))
        print(f"wrote {path.relative_to(ROOT)} and bench/RESULTS.md")


if __name__ == "__main__":
    main()
