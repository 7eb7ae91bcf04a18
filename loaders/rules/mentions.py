"""Mentions: states outside signing lists, organisations, people, companies and products.

People are found by the quotation structures of press releases ("said NAME, ROLE at
ORG", "NAME, ROLE at ORG, said", "human rights defender NAME"), never by a name list.
"""

from __future__ import annotations

import re

from loaders.model import Mention, Signatory
from loaders.rules.context import DocContext, evidence
from loaders.rules.gazetteers import find_named, lookup
from loaders.rules.references import slug

_NAME = r"(?P<name>[A-Z][a-zà-ÿ'’\-]+(?:\s[A-Z][a-zà-ÿ'’\-]+){1,2})"
_ORG = r"(?P<org>(?:the\s)?[A-Z][\w&’'\-]*(?:\s(?:[A-Z(][\w&’'\-)]*|of|for|the|and|on|&))*)"
_ROLE = r"(?P<role>[A-Z][^,.;:\n\"“”]{2,80}?)"
_SAY = r"(?:said|says|added|noted|stated|explained|warned|commented)"
PERSON_PATTERNS = [
    ("mentions.said_name_role_at_org", re.compile(rf"\b{_SAY}\s+{_NAME},\s+{_ROLE}\s+(?:at|with|from)\s+{_ORG}")),
    ("mentions.name_role_at_org_said", re.compile(rf"{_NAME},\s+{_ROLE}\s+(?:at|with|from)\s+{_ORG},\s+{_SAY}")),
    ("mentions.said_name_role_of_org", re.compile(rf"\b{_SAY}\s+{_NAME},\s+{_ROLE}\s+of\s+{_ORG}")),
    ("mentions.name_role_of_org_said", re.compile(rf"{_NAME},\s+{_ROLE}\s+of\s+{_ORG},\s+{_SAY}")),
    ("mentions.role_name", re.compile(rf"\b(?P<role>human rights defender|journalist|activist|lawyer|researcher|blogger|opposition politician)\s+{_NAME}")),
]


def _org_key(org: str) -> tuple[str, str]:
    org = re.sub(r"^the\s+", "", org.strip())
    named = lookup(org)
    return (named.key, named.name) if named else (slug(org), org)


def people(ctx: DocContext) -> list[Mention]:
    found: dict[str, Mention] = {}
    for extractor, pattern in PERSON_PATTERNS:
        for m in pattern.finditer(ctx.text):
            name = m["name"]
            key = slug(name)
            role = m["role"].strip() if m["role"] else None
            affiliation = _org_key(m["org"])[1] if "org" in m.groupdict() and m["org"] else None
            conf = 0.85 if affiliation else 0.7
            mention = Mention(kind="person", key=key, name=name, role=role, affiliation=affiliation,
                              evidence=evidence(ctx, m.start(), m.end(), conf, extractor))
            old = found.get(key)
            if old is None or (mention.affiliation and not old.affiliation):
                found[key] = mention
    return list(found.values())


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
