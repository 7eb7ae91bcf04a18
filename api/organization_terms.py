"""How a typed name is compared with organisations' names, for GET /organizations and GET /search.

Case and accents are folded on both sides; each typed word must start a word of one of the
organisation's names. The graph's names are searched through the ``organization_name``
full-text index (analyzer ``standard-folding``); the organisation's other names in any
language (``loaders/data/organisations.yaml``, read through ``core.organisations``) are
matched here, so "Amnistía" finds Amnesty International as the extraction does. User text
reaches Lucene only as folded words.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache


def folded_words(text: str) -> list[str]:
    """Lower-case words without accents: the form the index and the registry are compared in."""
    plain = "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))
    return "".join(c if c.isalnum() else " " for c in plain).split()


@lru_cache(maxsize=1)
def _aliases() -> dict[str, list[list[str]]]:
    from core.organisations import organisation_names  # the registry loads on first use, not with the API

    return {key: [w for w in (folded_words(n) for n in names) if w] for key, names in organisation_names().items()}


def alias_keys(q: str) -> list[str]:
    """Keys of registered organisations one of whose names has a word starting with every word typed."""
    typed = folded_words(q)
    if not typed:
        return []
    return sorted(key for key, names in _aliases().items()
                  if any(all(any(w.startswith(t) for w in name) for t in typed) for name in names))


def lucene_prefixes(q: str) -> str:
    """Each typed word as the start of a word of the name or key; words of four letters or more
    are required, shorter ones ("of", "the") only help, since the index drops stop words."""
    return " ".join(f"+{w}*" if len(w) >= 4 else f"{w}*" for w in folded_words(q))


def organization_search_params(q: str) -> dict[str, object]:
    """The parameters of ``organizations_search.cypher`` for what was typed (without paging)."""
    return {"lucene": lucene_prefixes(q), "keys": alias_keys(q)}
