"""Cut a written list into items: one line of a signature block, a sentence's run of
names, a table row.

Names may hold the list's own joiners ("Bosnia and Herzegovina", "Center for Democracy &
Technology"), so a piece that already names one party whole is never cut further; only
then is it cut at state names and conjunctions.
"""

from __future__ import annotations

import re

from loaders.names.morphology import morphology
from loaders.rules.context import DocContext
from loaders.rules.signing.parties import Party, resolve

_PIECE = re.compile(r"[^,;\n]+")
_SEP_WORD = re.compile(r"[^\W\d_]+|&")


def _conjunctions(lang: str) -> set[str]:
    return {c.casefold() for c in morphology(lang).conjunctions} | {"&"}


def _only_separators(text: str, lang: str) -> bool:
    morph = morphology(lang)
    seps = _conjunctions(lang) | set(morph.articles)
    return all(w.group().casefold() in seps for w in _SEP_WORD.finditer(text))


def _gap_item(ctx: DocContext, b: int, s: int, e: int, lang: str, hint: str | None) -> Party | None:
    """A stretch between two state names: only joiners, or one more item."""
    seg = ctx.text[s:e]
    if not seg.strip() or _only_separators(seg, lang):
        return None
    conj = _conjunctions(lang)
    words = list(_SEP_WORD.finditer(seg))
    while words and words[0].group().casefold() in conj | set(morphology(lang).articles):
        words.pop(0)
    while words and words[-1].group().casefold() in conj:
        words.pop()
    if not words:
        return None
    return resolve(ctx, b, s + words[0].start(), s + words[-1].end(), hint)


def split_piece(ctx: DocContext, b: int, s: int, e: int, hint: str | None = None) -> list[Party]:
    """Items of one comma-free piece ("Chile and Trinidad and Tobago", "Access Now")."""
    whole = resolve(ctx, b, s, e, hint)
    if whole is None:
        return []
    lang = ctx.blocks[b].lang if ctx.blocks else "en"
    if whole.kind == "organization" and whole.confidence < 0.9:
        parts = split_at_conjunctions(ctx, b, s, e, lang, hint)
        if len(parts) > 1 and all(p.is_party for p in parts):
            return parts  # "Bits of Freedom and the Northwind Foundation": two names
    if whole.is_party or whole.kind == "ambiguous":
        return [whole]
    matches = [m for m in ctx.states_in(b, s, e) if m.end <= e] if ctx.blocks else []
    out: list[Party] = []
    if matches:
        pos = s
        for m in matches:
            gap = _gap_item(ctx, b, pos, m.start, lang, hint)
            if gap is not None:
                out.append(gap)
            p = resolve(ctx, b, m.start, m.end, hint)
            if p is not None:
                out.append(p)
            pos = m.end
        gap = _gap_item(ctx, b, pos, e, lang, hint)
        if gap is not None:
            out.append(gap)
        return out
    out = split_at_conjunctions(ctx, b, s, e, lang, hint)
    return out if out and all(p.is_party for p in out) else [whole]


def split_at_conjunctions(ctx: DocContext, b: int, s: int, e: int, lang: str, hint: str | None) -> list[Party]:
    conj = "|".join(re.escape(c) for c in sorted(_conjunctions(lang), key=len, reverse=True))
    cuts = list(re.finditer(rf"(?:(?<=\s)|^)(?:{conj})(?=\s)", ctx.text[s:e], re.IGNORECASE))
    out: list[Party] = []
    pos = s
    for c in cuts:
        p = resolve(ctx, b, pos, s + c.start(), hint)
        if p is not None:
            out.append(p)
        pos = s + c.end()
    p = resolve(ctx, b, pos, e, hint)
    if p is not None:
        out.append(p)
    return out


def split_list(ctx: DocContext, b: int, start: int, end: int, hint: str | None = None) -> list[Party]:
    """Items of a run of names separated by commas, semicolons and conjunctions."""
    out: list[Party] = []
    for piece in _PIECE.finditer(ctx.text, start, end):
        out.extend(split_piece(ctx, b, piece.start(), piece.end(), hint))
    return out
