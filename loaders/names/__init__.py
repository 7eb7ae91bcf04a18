"""State names in the EU languages: find them in text, resolve a written name to a state.

The gazetteer is built from language resources (CLDR via babel, pycountry and its
translations, simplemma lemmas) plus a small curated YAML, so a language or an inflected
form no test has seen still resolves.
"""

from __future__ import annotations

from loaders.names.matcher import StateMatch, find_states
from loaders.names.resolve import code_to_state, resolve_state

__all__ = ["StateMatch", "code_to_state", "find_states", "resolve_state"]
