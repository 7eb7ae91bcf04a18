"""Canonical JSON of every extraction, to show that a speed change keeps the output identical.

    .venv/bin/python -m bench.extraction_dump --corpus bench/corpus --count 600 --out /tmp/before
    .venv/bin/python -m bench.extraction_dump --corpus bench/corpus --count 600 --out /tmp/after
    diff /tmp/before/dev.json /tmp/after/dev.json; cmp /tmp/before/blind.json /tmp/after/blind.json

Writes one file per source: ``corpus.json`` (the first ``--count`` generated documents),
``dev.json`` and ``blind.json`` (the eval/dev excerpts of each split, read as the dev set's
runner reads them: bytes only, no metadata). Every fact, evidence span and warning is in
the dump. The blind split's file is meant to be compared as a whole (``cmp``), never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from eval.dev.cases import load_cases  # noqa: E402
from eval.dev.runner import cached_file  # noqa: E402
from core.model import ExtractionError  # noqa: E402
from loaders.pipeline import extract_bytes, extract_path, iter_document_paths  # noqa: E402

EVAL = Path(__file__).resolve().parent.parent / "eval" / "dev"


def _canonical(doc) -> object:
    return json.loads(doc.model_dump_json())


def _one(read) -> object:
    try:
        return _canonical(read())
    except ExtractionError as exc:
        return {"error": str(exc)}


def dump_eval(split: str) -> dict:
    cases = load_cases(EVAL / "cases.yaml")
    out = {}
    for case in cases.cases:
        if case.split != split:
            continue
        path = cached_file(EVAL / "cache", case.id)
        if path is None:
            out[case.id] = None
            continue
        out[case.id] = _one(lambda: extract_bytes(path.read_bytes(), source=f"eval/dev/cache/{path.name}"))
    return out


def dump_corpus(folder: Path, count: int) -> dict:
    paths = sorted(iter_document_paths([folder]))[:count]
    return {p.name: _one(lambda: extract_path(p)) for p in paths}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--count", type=int, default=600)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--only", choices=("corpus", "dev", "blind"), action="append")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    only = set(args.only or ("corpus", "dev", "blind"))
    parts = {}
    if "corpus" in only and args.corpus:
        parts["corpus"] = dump_corpus(args.corpus, args.count)
    for split in ("dev", "blind"):
        if split in only:
            parts[split] = dump_eval(split)
    for name, data in parts.items():
        (args.out / f"{name}.json").write_text(json.dumps(data, sort_keys=True, indent=1, ensure_ascii=False, default=str))


if __name__ == "__main__":
    main()
