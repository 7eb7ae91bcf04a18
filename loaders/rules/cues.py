"""Cue words per language (loaders/data/cues.yaml), compiled once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml


@dataclass(frozen=True)
class Cues:
    lang: str
    we: tuple[str, ...]
    governments: re.Pattern[str] | None
    pledge: re.Pattern[str] | None
    header_from: tuple[str, ...]
    delegations: re.Pattern[str] | None


def _alt(patterns: list[str] | None, whole_word: bool = False) -> re.Pattern[str] | None:
    """One case-insensitive alternation; ``whole_word`` extends each stem to the end of its word."""
    if not patterns:
        return None
    tail = r"[^\W\d_]*" if whole_word else ""
    return re.compile("|".join(f"(?:{p}){tail}" for p in patterns), re.IGNORECASE)


@lru_cache(maxsize=None)
def cues(lang: str) -> Cues:
    """A language without cue words gets empty cues: its structural rules simply find nothing."""
    spec = load_yaml("cues.yaml")["languages"].get(lang, {})
    return Cues(
        lang=lang,
        we=tuple(spec.get("we", ())),
        governments=_alt(spec.get("governments"), whole_word=True),
        pledge=_alt(spec.get("pledge")),
        header_from=tuple(spec.get("header_from", ())),
        delegations=_alt(spec.get("delegations")),
    )


def cue_languages() -> tuple[str, ...]:
    return tuple(load_yaml("cues.yaml")["languages"])
