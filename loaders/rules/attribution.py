"""A sentence closed by an attribution ("…, Reuters reported", "…, berichtet die Zeitung",
"…, selon l'AFP") is a third party's account of its subject: the subject is then no
author speaking on its own page (data/attributions.yaml)."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.resources import load_yaml

_TAIL_WORDS = 6  # an attribution closes the sentence: its verb within the last words after a comma


@lru_cache(maxsize=None)
def _attribution(lang: str) -> re.Pattern[str] | None:
    words = (load_yaml("attributions.yaml") or {}).get(lang) or []
    if not words:
        return None
    alts = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alts})(?![^\W\d_])", re.IGNORECASE)


def attributed(text: str, lang: str, s: int, e: int) -> bool:
    """Whether ``text[s:e]`` (one sentence) ends in an attribution after its last comma."""
    rx = _attribution(lang)
    comma = text.rfind(",", s, e)
    if rx is None or comma < 0:
        return False
    tail = text[comma + 1 : e]
    return len(tail.split()) <= _TAIL_WORDS and rx.search(tail) is not None
