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
from loaders.rules.signing.organisations import plausible
from loaders.rules.signing.parties import Party, resolve, trim

_PIECE = re.compile(r"[^,;\n]+")
_SEP_WORD = re.compile(r"[^\W\d_]+|&")


def _conjunctions(lang: str) -> set[str]:
    return morphology(lang).conjunction_forms | {"&"}


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
    matches = [m for m in ctx.states_in(b, s, e) if m.end <= e] if ctx.blocks else []
    side_by_side = whole.kind == "organization" and whole.confidence < 0.9 and len({m.iso2 for m in matches if m.iso2}) >= 2
    if (whole.is_party or whole.kind == "ambiguous") and not side_by_side:
        return [whole]  # (names of two states and a marker word are a list run into one line, not one name)
    out: list[Party] = []
    if len(matches) == 1:
        named = _organisation_section(ctx, b, s, e, matches[0], hint)
        if named is not None:
            return [named]
    if matches:
        pos = s
        for m in matches:
            gap = _gap_item(ctx, b, pos, m.start, lang, hint)
            if gap is not None:
                out.extend(_split_joined(ctx, b, gap, hint, pos, m.start))
            p = resolve(ctx, b, m.start, m.end, hint)
            if p is not None:
                out.append(p)
            pos = m.end
        gap = _gap_item(ctx, b, pos, e, lang, hint)
        if gap is not None:
            out.extend(_split_joined(ctx, b, gap, hint, pos, e))
        return out
    out = split_at_conjunctions(ctx, b, s, e, lang, hint)
    return out if out and all(p.is_party for p in out) else [whole]


def _organisation_section(ctx: DocContext, b: int, s: int, e: int, m, hint: str | None) -> Party | None:
    """"Amnesty International Netherlands", "Access Now Europe": one state name closing
    the item right after an organisation's name (a bare space between) names the
    organisation's national section, never the state."""
    start, end = trim(ctx.text, s, e)
    if m.start <= start or ctx.text[m.end : end].strip() or not ctx.text[start : m.start].endswith(" "):
        return None
    if ctx.text[start : m.start].rstrip()[-1:] in ",;:&/":
        return None
    head = resolve(ctx, b, start, m.start - 1, hint)
    if head is None or head.kind != "organization":
        return None
    surface = ctx.text[start:end]
    org = plausible(surface, "ngo") if head.org_kind is None else plausible(surface, head.org_kind)
    if org is None:
        return None
    return Party("organization", start, end, surface, name=org.name, key=org.key, org_kind=org.kind, confidence=0.6)


def _split_joined(ctx: DocContext, b: int, gap: Party, hint: str | None, s: int, e: int) -> list[Party]:
    """A one-per-line list that hard wrapping ran into one line leaves two organisations
    side by side between two states ("University of Tartu Global Network Initiative"):
    cut where one side is an organisation the registry knows and the other one is an
    organisation too. Only where nothing but spaces joins the stretch to the states."""
    if (gap.kind == "organization" and gap.confidence >= 0.9) or ctx.text[s:gap.start].strip() or ctx.text[gap.end:e].strip():
        return [gap]
    words = list(re.finditer(r"\S+", ctx.text[gap.start : gap.end]))
    for i in range(1, len(words)):
        left_end = gap.start + words[i - 1].end()
        right_start = gap.start + words[i].start()
        left = resolve(ctx, b, gap.start, left_end, hint)
        right = resolve(ctx, b, right_start, gap.end, hint)
        if left is None or right is None or left.kind != "organization" or right.kind != "organization":
            continue
        if left.confidence >= 0.9:
            return [left, *_split_joined(ctx, b, right, hint, right.start, right.end)]
        if right.confidence >= 0.9:
            return [left, right]
    return [gap]


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
