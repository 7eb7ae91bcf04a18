"""People with their role and organisation, from the quotation structures of press
releases (loaders/data/people.yaml), per language block.

Only structure is used ("said NAME, ROLE at ORG"), never a list of names. When the
organisation is a curated one (organisations.yaml) its canonical name is the affiliation,
so "Amnesty International" and "Amnesty" are one organisation.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Mention
from loaders.names.resources import load_yaml
from loaders.names.tokens import upper_class
from loaders.rules.context import DocContext, evidence
from loaders.rules.gazetteers import find_named, lookup
from core.ids import slug


@lru_cache(maxsize=1)
def _upper() -> str:
    return upper_class()


def _alt(words) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def patterns(lang: str) -> tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...]:
    """(extractor name, pattern, needles) for ``lang``; empty for a language without people
    data. A pattern with needles can only match a text holding one of them (its verb of
    saying, matched case-sensitively), so a text without any is never scanned: most
    documents quote nobody, and a pattern that opens on any capitalised word or a
    lookbehind is scanned position by position."""
    spec = load_yaml("people.yaml")["languages"].get(lang)
    if not spec:
        return ()
    up = _upper()
    word = rf"{up}[^\W\d_]*(?:[-'’]{up}?[^\W\d_]+)?"
    # lowercase name particles ("Sanne de Vries", "João da Silva") join name words
    particles = rf"(?:(?:{_alt(spec['particles'])})\s)?" if spec.get("particles") else ""
    name = rf"(?P<name>{word}(?:\s{particles}{word}){{1,2}})"
    conn = _alt(spec["connectors"])
    org = rf"(?P<org>(?:the\s)?{up}[\w&’'\-]*(?:\s(?:{up}[\w&’'\-)]*|(?:{conn})(?=\s)))*)"
    role = rf"(?P<role>{up}[^,.;:\n\"“”«»]{{2,80}}?)" if spec["role_upper"] else r"(?P<role>[^\W\d_][^,.;:\n\"“”«»]{1,80}?)"
    say = rf"(?:{_alt(spec['say'])})"
    says = tuple(str(w) for w in spec["say"])
    out = []
    for strength in ("at", "of"):  # "at" joins first: "Head of Journalism at RSF"
        join = _join(spec.get(strength) or [])
        if join is None:
            continue
        suffix = "" if strength == "at" else "_of"
        out.append((f"mentions.said_name_role{suffix}_at_org",
                    re.compile(rf"(?<![^\W\d_]){say}\s+{name},\s+{role}{join}{org}"), says))
        out.append((f"mentions.name_role{suffix}_at_org_said",
                    re.compile(rf"{name},\s+{role}{join}{org},\s+{say}(?![^\W\d_])"), says))
    out.append(("mentions.role_name", re.compile(rf"(?<![^\W\d_])(?P<role>(?i:{_alt(spec['role_nouns'])}))\s+{name}"), ()))
    return tuple(out)


def _join(words: list) -> str | None:
    """Words joining a role to an organisation; elisions ("d'") without a space after."""
    spaced = [w for w in words if not str(w).endswith(("'", "’"))]
    elided = [w for w in words if str(w).endswith(("'", "’"))]
    alts = ([rf"\s+(?:{_alt(spaced)})\s+"] if spaced else []) + ([rf"\s+(?:{_alt(elided)})"] if elided else [])
    return "(?:" + "|".join(alts) + ")" if alts else None


def _affiliation(ctx: DocContext, raw: str, start: int, lang: str) -> str:
    """The curated organisation starting where the text's does, else the text trimmed of
    leading articles and trailing connectors."""
    for named, s, _ in find_named(ctx.text, start, start + len(raw) + 40):
        if ctx.text[start:s].casefold() in {"", "the "}:
            return named.name
        break
    spec = load_yaml("people.yaml")["languages"][lang]
    connectors = {str(c).casefold() for c in spec["connectors"]}
    words = re.sub(r"^the\s+", "", raw.strip()).split()
    while words and words[-1].casefold() in connectors:
        words.pop()
    org = " ".join(words)
    named = lookup(org)
    return named.name if named else org


def people(ctx: DocContext) -> list[Mention]:
    found: dict[str, Mention] = {}
    for block in ctx.blocks:
        block_text = ctx.text[block.start : block.end]
        for extractor, pattern, needles in patterns(block.lang):
            if needles and not any(n in block_text for n in needles):
                continue
            for m in pattern.finditer(ctx.text, block.start, block.end):
                name = m["name"]
                key = slug(name)
                role = m["role"].strip() if m["role"] else None
                org = m.groupdict().get("org")
                affiliation = _affiliation(ctx, org, m.start("org"), block.lang) if org else None
                conf = 0.85 if affiliation else 0.7
                mention = Mention(kind="person", key=key, name=name, role=role, affiliation=affiliation,
                                  evidence=evidence(ctx, m.start(), m.end(), conf, extractor))
                old = found.get(key)
                if old is None or (mention.affiliation and not old.affiliation):
                    found[key] = mention
    return list(found.values())
