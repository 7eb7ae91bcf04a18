"""Signature groups that close a statement or a letter: each signer's lines together, one
of them naming the state ("For the Government of Japan" / "A. Name" / "Minister for
Foreign Affairs"; "A. Name" / "Federal Minister of Economic Affairs" / "Germany"), the
groups one after another, with or without blank lines between them.

Taken only in a document whose shape promises signatories, from the end of the text
backwards while every line is a state line, a person's name, an office or a place and
date; at least two states, each state line next to a name or an office line, or every
state line opening with "For" ("For the Republic of Austria:" above a signature that did
not come through as text); a bare run of state lines under a heading is
``closing.trailing``'s, or nobody's.
"""

from __future__ import annotations

import re

from loaders.names.morphology import morphology
from loaders.rules.context import DocContext
from loaders.rules.cues import cues
from loaders.rules.signing.closing import line_items
from loaders.rules.signing.offices import is_office, is_person
from loaders.rules.signing.parties import Party, PartyList
from loaders.rules.signing.vocabulary import for_prefixes

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
MAX_LINE = 120
MAX_FILLERS = 4  # name and office lines per signer
_SKIP_AT_END = 2  # lines after the last group (a page footer, a note)
_MAX_TAIL = 60


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def _classify(ctx: DocContext, b: int, s: int, e: int) -> tuple[str, Party | None]:
    line = ctx.text[s:e].strip()
    if len(line) > MAX_LINE:
        return "other", None
    items = line_items(ctx, b, s, e)
    person = is_person(ctx.text, s, e)
    if len(items) == 1 and items[0].is_party and not (person and items[0].kind == "organization" and items[0].confidence < 0.9):
        return "party", items[0]  # a name that only reads as an organisation by a marker word ("Liga Ozola") is a person here
    if person:
        return "filler", None
    if not line.endswith((".", "!", "?")) and not any(p.is_party for p in items) and is_office(ctx.text, s, e):
        return "filler", None  # "Federal Minister for Foreign Affairs"
    if _YEAR.search(line) and len(line.split()) <= 10:
        return "date", None  # "Done at Tallinn, 12 June 2023"
    return "other", None


def _opens_with_for(ctx: DocContext, party: Party) -> bool:
    """The party's line opens with "For" / "Pour" / "Für" / "On behalf of", or names the
    government signing ("The Government of the Republic of Austria", "Le Gouvernement de
    la République française")."""
    line_start = ctx.text.rfind("\n", 0, party.start) + 1
    head = ctx.text[line_start : party.start].lstrip(" \t-•*")
    if any(p.match(head) for p in for_prefixes()):
        return True
    gov = cues(ctx.lang_at(party.start)).governments
    words = head.split()
    if words and words[0].casefold() in morphology(ctx.lang_at(party.start)).articles:
        head = head.split(maxsplit=1)[1] if len(words) > 1 else ""
    return gov is not None and gov.match(head) is not None


def signature_groups(ctx: DocContext, b: int) -> PartyList | None:
    block = ctx.blocks[b]
    lines = _lines(ctx.text, block.start, block.end)[-_MAX_TAIL:]
    skipped = 0
    tail: list[tuple[str, Party | None]] = []
    run = 0
    for s, e in reversed(lines):  # from the end, classifying only the lines the groups hold
        kind, party = _classify(ctx, b, s, e)
        if kind == "other":
            if not tail and skipped < _SKIP_AT_END:
                skipped += 1
                continue
            break
        run = run + 1 if kind == "filler" else 0
        if run > MAX_FILLERS:
            break
        tail.append((kind, party))
    tail.reverse()
    parties = [p for kind, p in tail if kind == "party" and p is not None]
    states = {p.iso2 for p in parties if p.kind == "state"}
    if len(states) < 2:
        return None
    signed_for = all(_opens_with_for(ctx, p) for p in parties)  # "For the Republic of Austria:" lines alone
    for i, (kind, _) in enumerate(tail):
        near = {tail[j][0] for j in (i - 1, i + 1) if 0 <= j < len(tail)}
        if kind == "party" and "filler" not in near and not signed_for:
            return None  # each signer has a name or an office next to the state line
    return PartyList(layout="signature groups closing the text", items=parties)
