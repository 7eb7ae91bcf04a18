"""Shapes that promise signatories, so a document that has one and yields none says so.

A statement's title ("Joint Statement", "Déclaration commune"), a declaration's preamble
("Recognising ...,", "Recalling ...,"), the word "undersigned",
a signature or endorsement label, or a pledge list in the first person plural: any of
these and no list taken is a warning naming the shape, never silence.
"""

from __future__ import annotations

from loaders.rules.context import DocContext
from loaders.rules.cues import cues
from loaders.rules.signing.preamble import recitals_seen
from loaders.rules.signing.vocabulary import find_undersigned, label_at, words

_HEAD = 600


def _title_lines(ctx: DocContext) -> list[str]:
    lines = [ln.strip() for ln in ctx.text[:_HEAD].split("\n") if ln.strip()]
    return [ln for ln in lines[:4] if len(ln) <= 200 and not ln.endswith(".")]


def promises(ctx: DocContext, lines: list[tuple[int, int]]) -> str | None:
    """The shape seen, in words for a warning, or None."""
    lang = ctx.blocks[0].lang if ctx.blocks else "en"
    cues_ = [c for c in (words(lang).promise, words("en").promise) if c is not None]
    for line in _title_lines(ctx):
        for title_cue in cues_:  # an English title above a text in another language too
            m = title_cue.search(line)
            if m:
                return f"a statement title ({m.group()!r})"
    seen = recitals_seen(ctx)
    if seen:
        return seen
    m = find_undersigned(ctx.lower, ctx.text)
    if m:
        return f"the word {m.group()!r}"
    for s, e in lines:
        m = label_at(ctx.text, s, e)
        if m:
            return f"a {m.group(1)!r} label"
    for s, e in lines:
        line = ctx.text[s:e].rstrip()
        if not line.endswith(":"):
            continue
        c = cues(ctx.lang_at(s))
        if c.pledge is not None and c.we and any(w in line for w in c.we) and c.pledge.search(line):
            return "a pledge list"
    return None
