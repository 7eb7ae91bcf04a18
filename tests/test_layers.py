"""The layers import one way (docs/architecture.md): read every module's imports with ast (no server)."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DRIVER = ("neo4j",)


def _imports(path: Path) -> set[str]:
    """Every module a file imports, at any depth (an import inside a function counts too)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def _under(name: str, prefixes: tuple[str, ...]) -> bool:
    return any(name == p or name.startswith(p + ".") for p in prefixes)


def _violations(folder: str, forbidden: tuple[str, ...], allowed: tuple[str, ...] = ()) -> list[str]:
    out = []
    for path in sorted((ROOT / folder).rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        for name in sorted(_imports(path)):
            if _under(name, forbidden) and not _under(name, allowed):
                out.append(f"{rel} imports {name}")
    return out


RULES = [
    ("core", ("loaders", "graph", "api", *DRIVER), ()),
    ("graph", ("loaders", "api"), ()),
    ("loaders/rules", ("graph", "api", *DRIVER), ()),
    ("loaders/readers", ("graph", "api", *DRIVER), ()),
    ("loaders/names", ("graph", "api", *DRIVER), ()),
    ("api", ("loaders",), ("loaders.service",)),
]


@pytest.mark.parametrize("folder,forbidden,allowed", RULES, ids=[r[0] for r in RULES])
def test_a_layer_imports_nothing_above_it(folder, forbidden, allowed):
    assert not _violations(folder, forbidden, allowed)


def test_the_check_sees_an_import_inside_a_function(tmp_path):
    module = tmp_path / "m.py"
    module.write_text("def f():\n    from graph.rows import slug\n    return slug\n", encoding="utf-8")
    assert "graph.rows" in _imports(module) and _under("graph.rows.slug", ("graph",))


@pytest.mark.parametrize("module", ["loaders/run.py", "graph/rows.py", "graph/row_builder.py", "graph/fact_mappers.py"])
def test_no_function_of_the_former_hot_spots_is_above_radon_grade_c(module):
    from radon.complexity import cc_rank, cc_visit

    blocks = cc_visit((ROOT / module).read_text(encoding="utf-8"))
    too_complex = [f"{b.name}: {cc_rank(b.complexity)} ({b.complexity})" for b in blocks if cc_rank(b.complexity) > "C"]
    assert not too_complex
