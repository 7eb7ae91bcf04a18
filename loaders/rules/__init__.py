"""Rules: normalised text and its language blocks in, typed facts with evidence out.

One module per fact type; this package only wires them together so the pipeline has a
single entry point and never needs to know which rule produced what.
"""

from __future__ import annotations

from loaders.model import Facts, LanguageBlock


def extract_facts(text: str, blocks: list[LanguageBlock]) -> Facts:
    """Read every fact the rules know about out of ``text``.

    Minimal version: returns empty facts so the pipeline can integrate while the rules grow.
    """
    return Facts()


__all__ = ["extract_facts"]
