"""Another document's words: quotations and reported speech.

A list of governments inside quotation marks, or in a passage that says whose text it is
("the statement read", « a déclaré », „heißt es"), belongs to the quoted document. It is
kept as a reported document with the states it names, never as this document's parties.
"""

from __future__ import annotations

import hashlib

from loaders.model import ActorRef, Author, ReportedDocument
from loaders.rules.context import DocContext, evidence
from loaders.rules.signing.parties import PartyList
from loaders.rules.signing.vocabulary import words

_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "「": "」"}
_MAX_QUOTE = 4000


def quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans between an opening and its closing quotation mark, within one paragraph
    block; straight double quotes pair in order."""
    out: list[tuple[int, int]] = []
    i = start
    while i < end:
        ch = text[i]
        closers = _PAIRS.get(ch)
        if ch == '"':
            closers = '"'
        if closers:
            j = i + 1
            stop = min(end, i + _MAX_QUOTE)
            while j < stop and text[j] not in closers and text[j : j + 2] != "\n\n":
                j += 1
            if j < stop and text[j] in closers:
                out.append((i, j + 1))
                i = j + 1
                continue
        i += 1
    return out


def _paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    return left, len(text) if right < 0 else right


def _opens_the_body(text: str, p0: int) -> bool:
    """The paragraph comes right after the title lines: a page that prints a statement
    whole often puts it in quotation marks, and that quotation is the page's own text."""
    before = [ln for ln in text[:p0].split("\n") if ln.strip()]
    return len(before) <= 3 and sum(len(ln) for ln in before) <= 300


def reported_reason(ctx: DocContext, b: int, start: int, end: int) -> str | None:
    """Why ``text[start:end]`` is another document's words, or None when it is this one's."""
    text = ctx.text
    p0, p1 = _paragraph(text, start, end)
    cue = words(ctx.blocks[b].lang).reported if ctx.blocks else None
    m = cue.search(text, p0, p1) if cue else None
    if m:
        return f"the passage is reported speech ({m.group().strip()!r})"
    if _opens_the_body(text, p0):
        return None
    for qs, qe in quoted_spans(text, p0, p1):
        if qs <= start and end <= qe:
            return "it stands inside quotation marks"
    # an opening mark before the passage whose closing mark the conversion lost
    lead = text[p0:start].rstrip()
    if lead.endswith(tuple(_PAIRS)) or lead.endswith('"') and lead.count('"') % 2 == 1:
        return "it follows an opening quotation mark"
    return None


def reported_statement(ctx: DocContext, plist: PartyList, reason: str) -> ReportedDocument | None:
    """The quoted statement as a reported document authored by the states it lists."""
    states = plist.states
    if not states:
        return None
    codes = sorted({p.iso2 for p in states if p.iso2})
    key = "reported-statement:" + hashlib.sha256(",".join(codes).encode()).hexdigest()[:12]
    authors: list[Author] = []
    seen: set[str] = set()
    for p in states:
        if not p.iso2 or p.iso2 in seen:
            continue
        seen.add(p.iso2)
        authors.append(Author(actor=ActorRef(kind="state", key=p.iso2, name=p.name, iso2=p.iso2),
                              evidence=evidence(ctx, p.start, p.end, 0.8, "signatories.reported")))
    return ReportedDocument(
        key=key, kind="joint_statement", title=f"statement of {len(codes)} governments reported in this document",
        authors=authors, evidence=evidence(ctx, plist.start, plist.end, 0.8, "signatories.reported"),
    )
