"""Build one-block inputs for rule tests from texts written for the tests."""

from __future__ import annotations

from core.model import Facts, LanguageBlock
from loaders.rules import extract_facts


def facts(text: str, lang: str) -> Facts:
    return extract_facts(text, [LanguageBlock(lang=lang, start=0, end=len(text), confidence=1.0)])


def signed(text: str, lang: str) -> list[str]:
    return [s.iso2 for s in facts(text, lang).signatories]
