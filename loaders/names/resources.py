"""Curated YAML under loaders/data, read once per process."""

from __future__ import annotations

from functools import lru_cache
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
