"""Every third-party package that api/, core/, graph/ or loaders/ import is a declared
runtime dependency: the image installs ``pip install .`` without the dev extras, so a
package present only in the dev venv would fail there on the first document that needs it."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("api", "core", "graph", "loaders")


def _runtime() -> set[str]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return {_norm(re.split(r"[<>=\[ ;!~]", d, maxsplit=1)[0]) for d in project["dependencies"]}


def _norm(name: str) -> str:
    return name.lower().replace("_", "-")


def _imports(path: Path) -> list[tuple[int, str]]:
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            out += [(node.lineno, a.name) for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            out.append((node.lineno, node.module))
    return out


def undeclared_imports() -> list[str]:
    dists, runtime = packages_distributions(), _runtime()
    found = []
    for package in PACKAGES:
        for path in sorted((ROOT / package).rglob("*.py")):
            for line, module in _imports(path):
                top = module.split(".")[0]
                if top in sys.stdlib_module_names or top in PACKAGES:
                    continue
                owners = {_norm(d) for d in dists.get(top, [])}
                if not owners & runtime:
                    found.append(f"{path.relative_to(ROOT)}:{line} imports {module} ({', '.join(sorted(owners)) or 'not installed'})")
    return found


def test_every_package_the_code_imports_is_a_runtime_dependency():
    assert undeclared_imports() == []


def test_the_check_sees_an_undeclared_import(tmp_path, monkeypatch):
    """The scan would report a module that imports a dev-only package (pytest here)."""
    monkeypatch.setattr(sys.modules[__name__], "ROOT", tmp_path)
    (tmp_path / "pyproject.toml").write_text('[project]\nname = "x"\ndependencies = ["pyyaml"]\n', encoding="utf-8")
    for package in PACKAGES:
        (tmp_path / package).mkdir()
    (tmp_path / "loaders" / "uses_dev.py").write_text("import yaml\nimport pytest\n", encoding="utf-8")
    assert undeclared_imports() == ["loaders/uses_dev.py:2 imports pytest (pytest)"]
