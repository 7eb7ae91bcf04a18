"""No module imports another project module's private names (``from x import _y``): a
name one module shares is public and named so, and a private one can change without
breaking another layer (issue 18)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("api", "core", "graph", "loaders", "eval", "bench")


def private_imports(root: Path = ROOT) -> list[str]:
    found = []
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
                if not (isinstance(node, ast.ImportFrom) and node.level == 0 and node.module):
                    continue
                if node.module.split(".")[0] not in PACKAGES:
                    continue  # a library's internals are the library's business
                found += [f"{path.relative_to(root)}:{node.lineno} imports {node.module}.{a.name}"
                          for a in node.names if a.name.startswith("_") and not a.name.startswith("__")]
    return found


def test_no_module_imports_another_modules_private_names():
    assert private_imports() == []


def test_the_check_sees_a_private_import_inside_a_function(tmp_path):
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "loaders" / "m.py").write_text("def f():\n    from graph.writer import _rows\n    return _rows\n", encoding="utf-8")
    assert private_imports(tmp_path) == ["loaders/m.py:2 imports graph.writer._rows"]
