"""The project must not repeat the starting corpus's wording outside ``metadata/``.

Rules learnt from four documents' sentences work on those four documents only, and test
texts copied from them prove nothing about other documents. So every five-word run of the
corpus found in the code, the Cypher files, the explorer's sources or the tests fails here.
The windowing is the one of ``../shared/tools/corpus-overlap`` (re-implemented, since that
tool lives outside the project): words are runs of letters and digits, compared casefolded,
and a run with fewer than two lower-case words in the corpus (names, numbers) is a list, not
wording. Titles of instruments and acts are no exception: code reads them from metadata.
The corpus is read at run time; if it is missing the test fails rather than passing empty.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pytest

from core.settings import AppSettings

ROOT = Path(__file__).resolve().parent.parent
RUN_LENGTH = 5
SCANNED = ("loaders", "api", "graph", "cypher", "web/src", "tests", "bench")
SUFFIXES = {".py", ".yaml", ".yml", ".json", ".ts", ".tsx", ".js", ".cypher", ".md", ".txt", ".toml"}
# Generated or vendored folders the overlap tool also leaves out: the built bundle
# (rebuilt from web/src), CLDR name tables, caches and the local Neo4j.
SKIPPED_PARTS = {"node_modules", ".venv", "static", "name_forms", "__pycache__", ".neo4j"}
# Synthetic benchmark corpora that `make bench` writes (git-ignored, generated anew from
# bench/synthetic/): a layout such as "We, the governments of A, B and C" is theirs to write.
SKIPPED_PREFIXES = (Path("bench") / "corpus",)
WORD = re.compile(r"[^\W_]+", re.UNICODE)

Run = tuple[str, ...]


def words(text: str) -> list[tuple[str, bool]]:
    """Each word with whether it starts in lower case (names and numbers do not)."""
    return [(match.group(), match.group()[:1].islower()) for match in WORD.finditer(text)]


def corpus_files() -> list[Path]:
    folder = AppSettings().corpus_dir
    files = sorted(folder.glob("*.txt")) if folder.is_dir() else []
    if not files:
        pytest.fail(f"no corpus documents (*.txt) at {folder}: the wording check cannot run without them")
    return files


@lru_cache(maxsize=1)
def corpus_runs(n: int = RUN_LENGTH) -> frozenset[Run]:
    runs: set[Run] = set()
    for path in corpus_files():
        ws = words(path.read_text(encoding="utf-8", errors="replace"))
        for i in range(len(ws) - n + 1):
            window = ws[i : i + n]
            if sum(lower for _, lower in window) < 2:
                continue
            runs.add(tuple(word.casefold() for word, _ in window))
    return frozenset(runs)


def shared_runs(text: str, runs: frozenset[Run], n: int = RUN_LENGTH) -> list[str]:
    """The corpus runs ``text`` repeats, each once, in the order they occur."""
    ws = [word.casefold() for word, _ in words(text)]
    found: list[str] = []
    seen: set[Run] = set()
    for i in range(len(ws) - n + 1):
        key = tuple(ws[i : i + n])
        if key in runs and key not in seen:
            seen.add(key)
            found.append(" ".join(key))
    return found


def scanned_files(root: Path) -> list[Path]:
    return sorted(
        path
        for path in root.rglob("*")
        if path.is_file() and path.suffix in SUFFIXES and not SKIPPED_PARTS & set(path.relative_to(ROOT).parts)
        and not any(path.relative_to(ROOT).is_relative_to(prefix) for prefix in SKIPPED_PREFIXES)
    )


@pytest.mark.parametrize("folder", SCANNED)
def test_folder_repeats_no_run_of_the_corpus_wording(folder: str) -> None:
    runs = corpus_runs()
    root = ROOT / folder
    assert root.is_dir(), f"{folder}/ is missing: the scan would pass on nothing"
    files = scanned_files(root)
    assert files, f"no source files found under {folder}/"
    offending = {}
    for path in files:
        hits = shared_runs(path.read_text(encoding="utf-8", errors="replace"), runs)
        if hits:
            offending[str(path.relative_to(ROOT))] = hits
    report = "\n".join(f"  {name}: {len(hits)} run(s), e.g. " + "; ".join(f'"{h}"' for h in hits[:3])
                       for name, hits in offending.items())
    assert not offending, (
        f"{folder}/ repeats the starting corpus's wording (curated facts belong in metadata/, "
        f"test texts must be written anew):\n{report}"
    )


def test_the_check_finds_a_run_taken_from_the_corpus() -> None:
    """The scanner sees a run of the corpus wherever it sits, whatever its case and punctuation."""
    runs = corpus_runs()
    assert len(runs) > 1000, f"only {len(runs)} runs read from the corpus"
    source = corpus_files()[0].read_text(encoding="utf-8", errors="replace")
    ws = [word for word, _ in words(source)]
    start = next(
        i for i in range(len(ws) - RUN_LENGTH + 1)
        if sum(w[:1].islower() for w in ws[i : i + RUN_LENGTH]) == RUN_LENGTH
    )
    phrase = ws[start : start + RUN_LENGTH]
    disguised = "x = '" + " ,".join(w.upper() for w in phrase) + "'  # then more"
    assert shared_runs(disguised, runs) == [" ".join(w.casefold() for w in phrase)]
    assert shared_runs("an entirely new sentence written for this check alone", runs) == []


def test_the_check_leaves_lists_of_names_alone() -> None:
    """Five capitalised names in a row (a list of states) are not wording."""
    runs = corpus_runs()
    source = " ".join(path.read_text(encoding="utf-8", errors="replace") for path in corpus_files())
    ws = words(source)
    names = next(
        [w for w, _ in ws[i : i + RUN_LENGTH]]
        for i in range(len(ws) - RUN_LENGTH + 1)
        if not any(lower for _, lower in ws[i : i + RUN_LENGTH])
    )
    assert shared_runs(" ".join(names), runs) == []
