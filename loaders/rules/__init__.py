"""Rules: normalised text and its language blocks in, typed facts with evidence out.

One module per fact type; this package only wires them together so the pipeline has a
single entry point and never needs to know which rule produced what. The document
context (blocks, state names per block) is computed once and shared.
"""

from __future__ import annotations

from loaders.model import Facts, LanguageBlock, Warning_
from loaders.rules.commitments import commitments
from loaders.rules.context import make_context
from loaders.rules.signatories import signatories


def extract_facts(text: str, blocks: list[LanguageBlock]) -> Facts:
    """Read every fact the rules know about out of ``text``.

    ``blocks`` should cover the text; when empty, one block is guessed for the whole text.
    """
    ctx = make_context(text, blocks)
    warnings: list[Warning_] = []
    signed = signatories(ctx, warnings)
    return Facts(
        signatories=signed,
        commitments=commitments(ctx),
        warnings=warnings,
    )


__all__ = ["extract_facts"]
