"""Run the extractor on each cached excerpt, without metadata, and score it.

The only side effects of the dev set sit here: reading ``cache/`` and calling
``loaders.pipeline.extract_bytes`` (no sidecar, no manifest, no project metadata, so a
curated fact can never stand in for what the text says).
"""

from __future__ import annotations

import time
from pathlib import Path

from eval.dev.cases import Case, CaseSet
from eval.dev.observed import observe
from eval.dev.scoring import CaseScore, failed_case, score_case
from core.model import ExtractionError
from loaders.pipeline import extract_bytes


def cached_file(cache_dir: Path, case_id: str) -> Path | None:
    """``cache/<id>.txt`` (or .html, .pdf, .docx ...): the first one found, in name order."""
    if not cache_dir.is_dir():
        return None
    found = sorted(p for p in cache_dir.glob(f"{case_id}.*") if p.is_file())
    return found[0] if found else None


def run_case(case: Case, cases: CaseSet, cache_dir: Path) -> CaseScore:
    path = cached_file(cache_dir, case.id)
    if path is None:
        return failed_case(case, "not_cached")
    started = time.perf_counter()
    try:
        doc = extract_bytes(path.read_bytes(), source=f"eval/dev/cache/{path.name}")
    except ExtractionError as exc:
        score = failed_case(case, "error", str(exc))
    else:
        score = score_case(case, cases, observe(doc))
    score.seconds = time.perf_counter() - started
    return score


def run(cases: CaseSet, selected: list[Case], cache_dir: Path) -> list[CaseScore]:
    return [run_case(case, cases, cache_dir) for case in selected]
