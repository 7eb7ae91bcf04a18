"""Curated YAML under loaders/data, read once per process."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=None)
def load_yaml(name: str) -> Any:
    """Package data, so an installed wheel finds it as well as a checkout."""
    with resources.files("loaders.data").joinpath(name).open("r", encoding="utf-8") as fh:
        return yaml.safe_load(fh)
