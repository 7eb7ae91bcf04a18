"""Resolve one written name or code to a state (for headers, metadata and curated files)."""

from __future__ import annotations

import re

import pycountry

from core.model import StateRef
from loaders.names.gazetteer import council_codes, english_names
from loaders.names.matcher import find_states
from loaders.names.morphology import morphology, supported_languages


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


def _covers(name: str, m, lang: str) -> bool:
    """The match is the whole name, give or take articles and punctuation around it."""
    articles = morphology(lang).articles
    rest = (name[: m.start] + " " + name[m.end :]).replace("'", " ").replace("\u2019", " ")
    return all(w.casefold() in articles for w in re.findall(r"[^\W\d_]+", rest))


def resolve_state(name: str, lang: str | None = None) -> StateRef | None:
    """The state ``name`` denotes on its own, or None when unknown or ambiguous.

    Without ``lang`` the supported languages are tried, English first, and the first
    language that knows the name decides (ambiguous there means None).
    """
    name = name.strip()
    if not name:
        return None
    langs = [lang] if lang else ["en", *[lg for lg in supported_languages() if lg != "en"]]
    for lg in langs:
        whole = [m for m in find_states(name, lg, use_lemma=lg in {lang, "en"}) if _covers(name, m, lg)]
        if whole:
            found = {m.iso2 for m in whole}
            break
    else:
        found = {code_to_state(name).iso2} if name.isupper() and len(name) in (2, 3) and code_to_state(name) else set()
    if len(found) != 1 or None in found:
        return None
    iso2 = found.pop()
    return StateRef(iso2=iso2, name=english_names()[iso2])
