"""Extraction throughput and signatory precision/recall on a generated corpus.

    .venv/bin/python bench/generate.py --seed 7 --count 1000 --out bench/corpus
    .venv/bin/python bench/extract.py bench/corpus

Measures extraction alone (file -> ExtractedDocument, no database): one core in this
process, then a process pool on every core. Models are warmed up before the clock
starts, as a long-running loader would be; the one-off cost of loading them is reported
as ``cold_start_s``. Pool workers are forked from the warmed process (Linux default). Precision/recall compare the ISO codes of
text-evidenced signatories with ``ground_truth.jsonl`` (micro-averaged over documents).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))


def _warm() -> None:
    from loaders.lang import warm_up
    from loaders.pipeline import extract_bytes

    warm_up()
    extract_bytes(b"<html><body><p>Warm-up page with a sentence of text in it.</p></body></html>", source="warm.html")
    extract_bytes("Bruksela, 24 listopada 2024\n\nMy, rządy Polski i Czech, uznajemy.".encode(), source="warm.txt")


def _extract(path: str) -> tuple[str, list[str], int, int, str | None]:
    from core.model import ExtractionError
    from loaders.pipeline import extract_path

    try:
        doc = extract_path(path)
    except ExtractionError as exc:
        return path, [], os.path.getsize(path), 0, exc.reason
    codes = sorted({s.iso2 for s in doc.signatories if s.iso2 and s.evidence.origin == "text"})
    return path, codes, os.path.getsize(path), len(doc.text.encode()), None


def _run_serial(paths: list[str]) -> tuple[float, list]:
    start = time.perf_counter()
    results = [_extract(p) for p in paths]
    return time.perf_counter() - start, results


def _run_pool(paths: list[str], workers: int) -> tuple[float, list]:
    with ProcessPoolExecutor(max_workers=workers, initializer=_warm) as pool:
        list(pool.map(_warm_probe, range(workers)))  # start and warm every worker before timing
        start = time.perf_counter()
        results = list(pool.map(_extract, paths, chunksize=16))
        return time.perf_counter() - start, results


def _warm_probe(_: int) -> int:
    return os.getpid()


def _stage_costs(paths: list[str]) -> dict[str, float]:
    """Milliseconds per document for each stage on one core (readers per format), to show where time goes."""
    from loaders import pipeline
    from loaders.lang import block_languages, language_blocks
    from loaders.normalise import normalise
    from loaders.readers import read_bytes
    from loaders.textdates import date_near_top

    totals: dict[str, float] = defaultdict(float)
    counts: dict[str, int] = defaultdict(int)

    def timed(name, fn, *a, **kw):
        start = time.perf_counter()
        out = fn(*a, **kw)
        totals[name] += time.perf_counter() - start
        counts[name] += 1
        return out

    for path in paths:
        data = Path(path).read_bytes()
        raw = read_bytes(data, path)
        raw = timed(f"read_{raw.format}", read_bytes, data, path)
        text = timed("normalise", normalise, raw.text, lines_are_paragraphs=pipeline._lines_are_paragraphs(raw)).text
        blocks = timed("language_blocks", language_blocks, text)
        timed("date_near_top", date_near_top, text, block_languages(blocks))
        timed("rules", pipeline.run_rules, text, blocks)
    return {name: round(totals[name] / counts[name] * 1000, 2) for name in sorted(totals)}


def _scores(results: list, truth: dict[str, dict]) -> dict:
    tp = fp = fn = 0
    by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    by_format: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    for path, codes, *_ in results:
        t = truth[Path(path).name]
        gold, got = set(t["signatories"]), set(codes)
        counts = (len(got & gold), len(got - gold), len(gold - got))
        tp, fp, fn = tp + counts[0], fp + counts[1], fn + counts[2]
        for bucket in (by_lang[t["language"]], by_format[t["format"]]):
            for i in range(3):
                bucket[i] += counts[i]

    def pr(c):
        p = c[0] / (c[0] + c[1]) if c[0] + c[1] else 1.0
        r = c[0] / (c[0] + c[2]) if c[0] + c[2] else 0.0
        return round(p, 3), round(r, 3)

    return {
        "precision_recall": pr((tp, fp, fn)),
        "by_language": {k: pr(v) for k, v in sorted(by_lang.items())},
        "by_format": {k: pr(v) for k, v in sorted(by_format.items())},
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    parser.add_argument("--truth", type=Path, help="ground_truth.jsonl (default: CORPUS/ground_truth.jsonl)")
    parser.add_argument("--serial-limit", type=int, help="time one core on the first N documents only (the pool takes all)")
    parser.add_argument("--format", action="append", choices=["txt", "html", "pdf", "docx"], help="only these formats (repeatable)")
    parser.add_argument("--stages", type=int, default=200, help="documents for the per-stage breakdown (0: skip)")
    args = parser.parse_args()
    truth = {}
    with open(args.truth or args.corpus / "ground_truth.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            truth[row["file"]] = row
    paths = [str(args.corpus / name) for name in sorted(truth) if not args.format or truth[name]["format"] in args.format]

    start = time.perf_counter()
    _warm()
    for path in paths[:20]:  # the generator cycles languages: this touches every language's resources
        _extract(path)
    cold_start_s = time.perf_counter() - start
    serial_paths = paths[: args.serial_limit] if args.serial_limit else paths
    serial_s, serial_results = _run_serial(serial_paths)
    rss_serial = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    pool_s, results = _run_pool(paths, args.workers)
    rss_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    file_mb = sum(r[2] for r in results) / 1e6
    text_mb = sum(r[3] for r in results) / 1e6
    serial_file_mb = sum(r[2] for r in serial_results) / 1e6
    serial_text_mb = sum(r[3] for r in serial_results) / 1e6
    failures = [(r[0], r[4]) for r in results if r[4]]
    figures = {
        "documents": len(paths),
        "cold_start_s": round(cold_start_s, 1),
        "mean_text_kb": round(text_mb * 1000 / max(1, len(paths)), 2),
        "one_core": {"documents": len(serial_paths), "docs_per_s": round(len(serial_paths) / serial_s, 1),
                     "file_mb_per_s": round(serial_file_mb / serial_s, 2), "text_mb_per_s": round(serial_text_mb / serial_s, 3)},
        f"pool_{args.workers}": {"docs_per_s": round(len(paths) / pool_s, 1), "file_mb_per_s": round(file_mb / pool_s, 2), "text_mb_per_s": round(text_mb / pool_s, 3)},
        "peak_rss_mb": {"main": round(rss_serial, 1), "largest_worker": round(rss_children, 1)},
        "failures": len(failures),
        "signatories": _scores(results, truth),
    }
    if args.stages:
        figures["ms_per_doc_by_stage_one_core"] = _stage_costs(paths[: args.stages])
    if args.json:
        print(json.dumps(figures))
        return
    print(json.dumps(figures, indent=2))
    for path, reason in failures[:10]:
        print(f"failed: {path}: {reason}", file=sys.stderr)


if __name__ == "__main__":
    main()
