"""Rules: normalised text and its language blocks in, typed facts with evidence out.

One module per fact type; this package only wires them together so the pipeline has a
single entry point and never needs to know which rule produced what. The document
context (blocks, state names per block) is computed once and shared.
"""

from __future__ import annotations

from core.model import Facts, LanguageBlock, Reference, Warning_
# Functions are imported under names of their own: a function named like its module
# (``stances``) would rebind the package's attribute, so that ``import
# loaders.rules.stances as m`` gave the function instead of the module.
from loaders.rules.authors import authors as find_authors
from loaders.rules.commitments import commitments as find_commitments
from loaders.rules.context import make_context
from loaders.rules.kind import kind as find_kind
from loaders.rules.kind import title as find_title
from loaders.rules.mentions import mentions as find_mentions
from loaders.rules.participations import participations as find_participations
from loaders.rules.references import references as find_references
from loaders.rules.signing import read_parties
from loaders.rules.stances import stances as find_stances


def _merge_references(found: list[Reference], extra: list[Reference]) -> list[Reference]:
    """Descriptive targets join the cited references unless the act is cited outright."""
    ids = {r.id for r in found}
    out = list(found)
    for r in extra:
        if r.id not in ids:
            ids.add(r.id)
            out.append(r)
    return out


def extract_facts(text: str, blocks: list[LanguageBlock]) -> Facts:
    """Read every fact the rules know about out of ``text``.

    ``blocks`` should cover the text; when empty, one block is guessed for the whole text.
    """
    ctx = make_context(text, blocks)
    warnings: list[Warning_] = []
    parties = read_parties(ctx, warnings)
    signed = parties.signatories
    issuers = find_authors(ctx, signed, parties.authors)
    refs = find_references(ctx)
    # the kind first: the authors' own voice is read only in their own statements
    doc_kind, kind_conf = find_kind(text, signed, issuers, [b.lang for b in ctx.blocks])
    found_stances, reported, extra_refs = find_stances(ctx, refs, issuers, warnings, kind=doc_kind)
    reported = [*reported, *parties.reported]
    return Facts(
        kind=doc_kind,
        kind_confidence=kind_conf,
        title=find_title(text),
        signatories=signed,
        authors=issuers,
        commitments=find_commitments(ctx, refs),
        references=_merge_references(refs, extra_refs),
        reported_documents=reported,
        stances=found_stances,
        mentions=find_mentions(ctx, signed),
        participations=find_participations(ctx, issuers),
        warnings=warnings,
    )


__all__ = ["extract_facts"]
