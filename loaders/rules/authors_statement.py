"""A statement issued in one organisation's name: "Joint Statement by the X Coalition" as a
title line, "the undersigned members of the X Coalition" in its text, and the state that
reads it out ("As delivered by Australia") under such a title.

The title must open its line (or follow a label ending in a colon, "Item 4:") and the
organisation's name ends at the first word that starts the occasion ("in the General
Debate", "at the 58th session"); the name must be an organisation the registry knows or a
marker word names, never a state. The delivering state counts only under such a title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.authors_voice import _organisation
from loaders.rules.context import DocContext, evidence
from loaders.rules.sentences import trimmed_lines

_TITLE_LINES = 6
_HEAD_LINES = 15
_HEAD = 3000
_LABEL = re.compile(r"[^\n:]{1,40}:\s*")


@lru_cache(maxsize=None)
def _spec(lang: str) -> dict[str, re.Pattern[str]]:
    spec = (load_yaml("signing.yaml").get("statement_by") or {}).get(lang) or {}
    return {k: re.compile(v, re.IGNORECASE) for k, v in spec.items()}


def _langs(ctx: DocContext, pos: int) -> list[str]:
    lang = ctx.lang_at(pos)
    return [lang] if lang == "en" else [lang, "en"]


def _org_author(ctx: DocContext, start: int, end: int, how: str) -> Author | None:
    found = _organisation(ctx, start, end)
    if found is None:
        return None
    org, s, e = found
    actor = ActorRef(kind="organization", key=org.key, name=org.name, org_kind=org.kind)  # type: ignore[arg-type]
    return Author(actor=actor, evidence=evidence(ctx, s, e, 0.8 if org.known else 0.6, how))


def _titled(ctx: DocContext, lines: list[tuple[int, int]]) -> tuple[Author, str] | None:
    for s, e in lines[:_TITLE_LINES]:
        if e - s > 220:
            continue
        for lang in _langs(ctx, s):
            spec = _spec(lang)
            if "title" not in spec:
                continue
            label = _LABEL.match(ctx.text, s, e)
            for at in (s, label.end() if label else None):
                m = spec["title"].match(ctx.text, at, e) if at is not None else None
                if m is None:
                    continue
                stop = spec["stop"].search(ctx.text, m.end(), e)
                author = _org_author(ctx, m.end(), stop.start() if stop else e, "authors.statement_by")
                if author is not None:
                    return author, lang
    return None


def _delivered(ctx: DocContext, lines: list[tuple[int, int]], lang: str) -> Author | None:
    """"As delivered by Australia": the state named alone after the words."""
    spec = _spec(lang)
    if "delivered" not in spec:
        return None
    for s, e in lines[:_HEAD_LINES]:
        m = spec["delivered"].match(ctx.text, s, e)
        if m is None:
            continue
        b = ctx.block_at(s)
        found = [x for x in ctx.states_in(b, m.end(), e) if x.end <= e]
        if len(found) != 1 or not found[0].iso2 or ctx.text[m.end() : found[0].start].strip():
            return None
        x = found[0]
        if ctx.text[x.end : e].strip(" .,;:"):
            return None
        return Author(actor=ActorRef(kind="state", key=x.iso2, name=x.name, iso2=x.iso2),
                      evidence=evidence(ctx, x.start, x.end, 0.8, "authors.delivered_by"))
    return None


def _members(ctx: DocContext) -> Author | None:
    """"Undersigned X Members express ...", "the undersigned members of the X Coalition"."""
    head = min(len(ctx.text), _HEAD)
    if "ndersign" not in ctx.lower[:head] and "soussign" not in ctx.lower[:head] and "unterzeichnend" not in ctx.lower[:head] \
            and "firmant" not in ctx.lower[:head] and "firmatar" not in ctx.lower[:head] and "sottoscritt" not in ctx.lower[:head]:
        return None
    for lang in _langs(ctx, 0):
        spec = _spec(lang)
        if "members" not in spec:
            continue
        for m in spec["members"].finditer(ctx.text, 0, head):
            g = "a" if m.group("a") else ("b" if "b" in m.groupdict() and m.group("b") else None)
            if g is None or not ctx.text[m.start(g)].isupper():
                continue
            start = m.start(g)
            art = re.match(r"(?:the|la|le|die|der|la|el|il)\s+", ctx.text[start : m.end(g)], re.IGNORECASE)
            author = _org_author(ctx, start + (art.end() if art else 0), m.end(g), "authors.undersigned_members")
            if author is not None:
                return author
    return None


def statement_by(ctx: DocContext) -> list[Author]:
    lines = trimmed_lines(ctx.text, 0, min(len(ctx.text), _HEAD))
    titled = _titled(ctx, lines)
    if titled is not None:
        author, lang = titled
        delivered = _delivered(ctx, lines, lang)
        return [delivered, author] if delivered is not None else [author]
    member = _members(ctx)
    return [member] if member is not None else []
