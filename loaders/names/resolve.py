"""Resolve one written name or code to a state (for headers, metadata and curated files)."""

from __future__ import annotations

import pycountry

from loaders.model import StateRef
from loaders.names.gazetteer import council_codes, english_names
from loaders.names.matcher import find_states
from loaders.names.morphology import supported_languages


def code_to_state(code: str) -> StateRef | None:
    """ISO alpha-2/alpha-3 or EU Council code ("EL", "UK") to a state."""
    code = code.strip().upper()
    code = council_codes().get(code, code)
    country = None
    if len(code) == 2:
        country = pycountry.countries.get(alpha_2=code)
    elif len(code) == 3:
        country = pycountry.countries.get(alpha_3=code)
    if country is None:
        return None
    return StateRef(iso2=country.alpha_2, name=english_names()[country.alpha_2])


def resolve_state(name: str, lang: str | None = None) -> StateRef | None:
    """The state ``name`` denotes on its own, or None when unknown or ambiguous.

    Without ``lang`` every supported language is tried, English first; a name that
    resolves to different states in different languages is treated as ambiguous.
    """
    name = name.strip()
    if not name:
        return None
    langs = [lang] if lang else ["en", *[lg for lg in supported_languages() if lg != "en"]]
    found: set[str] = set()
    for lg in langs:
        for m in find_states(name, lg):
            if m.iso2 and m.start <= 4 and len(name) - m.end <= 1:
                found.add(m.iso2)
        if found and lang is None and lg == "en":
            break
    if len(found) != 1:
        if not found and name.isupper() and len(name) in (2, 3):
            return code_to_state(name)
        return None
    iso2 = found.pop()
    return StateRef(iso2=iso2, name=english_names()[iso2])
