"""Mentions: states outside signing lists, organisations, people, companies and products.

People come from loaders/rules/people.py (quotation structures, per language).
"""

from __future__ import annotations

from core.model import Mention, Signatory
from loaders.rules.context import DocContext, evidence
from loaders.rules.gazetteers import find_named
from loaders.rules.people import people


def states(ctx: DocContext, signatories: list[Signatory]) -> list[Mention]:
    """Every resolved, non-weak state name that is not itself a signatory occurrence."""
    signed = {(s.evidence.start, s.evidence.end) for s in signatories}
    out: dict[str, Mention] = {}
    for _, m in ctx.all_states():
        if not m.iso2 or m.weak or (m.start, m.end) in signed or m.iso2 in out:
            continue
        out[m.iso2] = Mention(kind="state", key=m.iso2, name=m.name, iso2=m.iso2,
                              evidence=evidence(ctx, m.start, m.end, m.confidence, f"mentions.state_{m.method}"))
    return list(out.values())


def named(ctx: DocContext) -> list[Mention]:
    kinds = {"organisations": "organization", "companies": "company", "products": "product"}
    out: dict[tuple[str, str], Mention] = {}
    for n, s, e in find_named(ctx.text):
        k = (kinds[n.group], n.key)
        if k not in out:
            out[k] = Mention(kind=kinds[n.group], key=n.key, name=n.name, evidence=evidence(ctx, s, e, 0.9, f"mentions.curated_{n.group}"))
    return list(out.values())


def mentions(ctx: DocContext, signatories: list[Signatory]) -> list[Mention]:
    return states(ctx, signatories) + named(ctx) + people(ctx)
