"""No module of the service's layers holds more than 400 lines (issue 18): a module that
grows past it holds more than one job and is split by job, as kind_signals.py was."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ("api", "core", "graph", "loaders")
MAX_LINES = 400
ALLOWED: set[str] = set()  # modules knowingly over the limit, each with the issue that splits it


def _line_count(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


def _oversized(root: Path, layers: tuple[str, ...] = LAYERS) -> dict[str, int]:
    """Every .py module under ``layers`` with more than MAX_LINES lines, by its path from ``root``."""
    out = {}
    for layer in layers:
        for path in sorted((root / layer).rglob("*.py")):
            lines = _line_count(path)
            if lines > MAX_LINES:
                out[path.relative_to(root).as_posix()] = lines
    return out


def test_no_module_of_a_layer_holds_more_than_400_lines():
    over = {path: lines for path, lines in _oversized(ROOT).items() if path not in ALLOWED}
    assert not over, f"modules over {MAX_LINES} lines, split them by job: {over}"


def test_every_allowed_exception_exists_and_is_still_over_the_limit():
    """An exception that was split (or removed) leaves the list, so the list names only real ones."""
    over = _oversized(ROOT)
    assert all(path in over for path in ALLOWED), {path: over.get(path) for path in ALLOWED}


def test_the_check_counts_lines_of_modules_at_any_depth(tmp_path):
    deep = tmp_path / "loaders" / "rules" / "deep"
    deep.mkdir(parents=True)
    (deep / "big.py").write_text("x = 1\n" * (MAX_LINES + 1), encoding="utf-8")
    (deep / "small.py").write_text("x = 1\n" * MAX_LINES, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "big.py").write_text("x = 1\n" * (MAX_LINES + 5), encoding="utf-8")
    assert _oversized(tmp_path) == {"loaders/rules/deep/big.py": MAX_LINES + 1}
