"""Every name the registry knows an organisation by, for the layers that may not import the
loaders (the API's organisation search).

The registry (``loaders/data/organisations.yaml``, where the other curated lists live) is
read here as ``core.states`` reads the state names: one reader, no loader code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

ORGANISATIONS = Path(__file__).resolve().parent.parent / "loaders" / "data" / "organisations.yaml"


@lru_cache(maxsize=1)
def organisation_names() -> dict[str, list[str]]:
    """Organisation key -> its canonical name, other names in any language and list names."""
    data = yaml.safe_load(ORGANISATIONS.read_text(encoding="utf-8")) or {}
    out: dict[str, list[str]] = {}
    for group in ("organisations", "companies"):
        for spec in data.get(group) or []:
            out[spec["key"]] = [spec.get("name") or "", *(spec.get("names") or []), *(spec.get("list_names") or [])]
    return out
