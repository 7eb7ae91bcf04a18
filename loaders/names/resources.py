"""Curated YAML under loaders/data, read once per process, and the tables precomputed into it."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from importlib import resources
from typing import Any

import yaml

# libyaml's parser where the wheel carries it: the same data from every file under
# loaders/data, read about six times faster (the data's first read was most of a
# process's first extraction).
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """Package data, so an installed wheel finds it as well as a checkout."""
    with resources.files("loaders.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_LOADER)  # noqa: S506 - a safe loader


def read_table(folder: str, lang: str) -> dict | None:
    """The precomputed JSON table of ``lang`` under loaders/data/<folder>, None when there is none."""
    path = resources.files("loaders.data").joinpath(folder, f"{lang}.json")
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def write_tables(folder: str, langs: Iterable[str], build: Callable[[str], dict | None],
                 summary: Callable[[dict], str], missing: str) -> None:
    """Write one precomputed JSON table per language under loaders/data/<folder>, printing
    what each holds (``summary``) or why there is none (``missing``)."""
    out = Path(__file__).resolve().parent.parent / "data" / folder
    out.mkdir(exist_ok=True)
    for lang in langs:
        table = build(lang)
        if table is None:
            print(f"{lang}: {missing}")
            continue
        (out / f"{lang}.json").write_text(json.dumps(table, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        print(f"{lang}: {summary(table)}")
