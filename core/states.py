"""A state's one English name, as facts, the graph and the API carry it.

The curated ``display`` names (``loaders/data/state_names.yaml``: "Republic of Korea",
"Czech Republic", the forms EU documents print) come first, then CLDR's short English
name, then ISO 3166's; every layer asks here, so a state is never called two things.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

STATE_NAMES = Path(__file__).resolve().parent.parent / "loaders" / "data" / "state_names.yaml"


@lru_cache(maxsize=1)
def english_names() -> dict[str, str]:
    """ISO alpha-2 -> English name, for every state pycountry knows."""
    import pycountry
    from babel import Locale

    cldr = Locale("en").territories
    names = {c.alpha_2: cldr.get(c.alpha_2, c.name) for c in pycountry.countries}
    display = (yaml.safe_load(STATE_NAMES.read_text(encoding="utf-8")) or {}).get("display") or {}
    names.update({str(k): str(v) for k, v in display.items()})
    return names


def english_name(iso2: str) -> str:
    """The name of ``iso2``; a code CLDR knows and ISO does not (XK) keeps CLDR's name."""
    name = english_names().get(iso2)
    if name is None:
        from babel import Locale

        name = Locale("en").territories.get(iso2, iso2)
    return name
