"""Commitments: the items of the list that follows a pledge ("... and commit to:").

The list is found by layout (a line ending in a colon that contains a pledge cue, then
bulleted or numbered lines) so any bullet shape and any wrapping works; it ends at the
first line after an item that closed with a full stop, or at the first unmarked
paragraph.
"""

from __future__ import annotations

import re

from core.model import Commitment, Reference
from loaders.names.morphology import morphology
from loaders.rules.commitment_scope import addressees, concerns, heading_addressees
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues

MARKER = re.compile(
    r"^[ \t\u00a0]*(?:[•·▪◦‣∙●○■□\-–—*➢►]|\(?\d{1,2}[.)]|\(?[a-z][.)]|\([a-z]\)|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])[ \t\u00a0]+"
)
_LINES = re.compile(r"[^\n]*")


def _pledge_colons(ctx: DocContext, b: int) -> list[tuple[int, int, int]]:
    """(sentence start, pledge cue start, offset just after the colon) of each pledge line in block ``b``."""
    block = ctx.blocks[b]
    pledge = cues(block.lang).pledge
    if pledge is None:
        return []
    out = []
    for colon in re.finditer(r":[ \t\u00a0]*(?=\n|$)", ctx.text[block.start : block.end]):
        end = block.start + colon.start()
        sentence_start = max(
            ctx.text.rfind(".", block.start, end), ctx.text.rfind("\n\n", block.start, end), block.start
        )
        cue = pledge.search(ctx.text, sentence_start, end)
        if cue:
            out.append((sentence_start, cue.start(), block.start + colon.end()))
    return out


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _LINES.finditer(text[start:end])]


def _clean(item: str, lang: str) -> str:
    text = re.sub(r"\s+", " ", item).strip()
    conj = sorted([*morphology(lang).conjunctions, "and"], key=len, reverse=True)
    text = re.sub(r"[;,]\s*(?:" + "|".join(map(re.escape, conj)) + r")?\s*$", "", text, flags=re.I)
    return text.rstrip(" ;,")


def _items(ctx: DocContext, b: int, after: int) -> list[tuple[int, int]]:
    block = ctx.blocks[b]
    items: list[list[int]] = []
    for s, e in _lines(ctx.text, after, block.end):
        line = ctx.text[s:e]
        if not line.strip():
            continue
        m = MARKER.match(line)
        if m:
            items.append([s + m.end(), e])
            continue
        if not items:
            return []
        tail = ctx.text[items[-1][0] : items[-1][1]].rstrip()
        if tail.endswith((".", "!", "?")):
            break
        items[-1][1] = e
    return [(s, e) for s, e in items]


def commitments(ctx: DocContext, refs: list[Reference] | None = None) -> list[Commitment]:
    """The items of the first pledge list of each block, each with whom its pledge line
    addresses and what its own words cite or name (``commitment_scope``)."""
    out: list[Commitment] = []
    for b, block in enumerate(ctx.blocks):
        n, read_to = 0, block.start
        for line_start, verb, after in _pledge_colons(ctx, b):
            items = _items(ctx, b, after) if after >= read_to else []
            if not items:
                continue
            # Each pledge list after the first goes on numbering (one list per addressee:
            # "Governments commit to:", then "Online service providers commit to:").
            addressed = (addressees(ctx, block.lang, line_start, verb)
                         or heading_addressees(ctx, block.lang, block.start, line_start))
            for s, e in items:
                n += 1
                ev = evidence(ctx, s, e, 0.9, "commitments.pledge_list")
                out.append(Commitment(ordinal=n, text=_clean(ev.quote, block.lang), lang=block.lang, evidence=ev,
                                      addressed_to=addressed, concerns=concerns(ctx, block.lang, s, e, refs or [])))
            read_to = items[-1][1]
    return out
