"""Build one-block inputs for rule tests from texts written for the tests."""

from __future__ import annotations

from core.model import Facts, LanguageBlock
from loaders.rules import extract_facts


def facts(text: str, lang: str) -> Facts:
    return extract_facts(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])


def signed(text: str, lang: str) -> list[str]:
    return [s.iso2 for s in facts(text, lang).signatories]


def state_stances(text: str, lang: str) -> set[tuple[str, str, str]]:
    """(state, polarity, target) of every state's stance, each quote checked against its span."""
    f = facts(text, lang)
    for s in f.stances:
        assert text[s.evidence.start : s.evidence.end] == s.evidence.quote
    return {(s.actor.key, s.stance, s.target.ref) for s in f.stances if s.actor.kind == "state"}
