"""Another document's words: quotations and reported speech.

A list of governments inside quotation marks, or in a passage that says whose text it is
("the statement read", « a déclaré », „heißt es"), belongs to the quoted document. It is
kept as a reported document with the states it names, never as this document's parties.
"""

from __future__ import annotations

import hashlib

from core.model import ReportedDocument
from loaders.rules.context import DocContext, evidence
from loaders.rules.lists import state_runs
from loaders.rules.signing.parties import PartyList, party_authors, resolve
from loaders.rules.signing.vocabulary import words

_PAIRS = {"“": "”", "„": "“”", "«": "»", "»": "«", "‹": "›", "「": "」"}
_MAX_QUOTE = 4000
_ATTRIBUTION_REACH = 600  # from the end of a quoted list to the quotation's closing mark
_SAME_MARK_QUOTES = ('"', "”", "’")  # one mark opens and closes (Finnish and Swedish ”...”)


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
    attributed = _attributed_quotation(text, p0, start, end, cue)
    if attributed:
        return f"the quotation is attributed to another text ({attributed!r})"
    if _opens_the_body(text, p0):
        return None
    for qs, qe in quoted_spans(text, p0, p1):
        if qs <= start and end <= qe:
            return "it stands inside quotation marks"
    # an opening mark before the passage whose closing mark the conversion lost
    lead = text[p0:start].rstrip()
    if lead.endswith(tuple(_PAIRS)) or lead.endswith('"') and lead.count('"') % 2 == 1:
        return "it follows an opening quotation mark"
    if _opened_before(lead.lstrip()):
        return "it follows an opening quotation mark"
    return None


def _attributed_quotation(text: str, p0: int, start: int, end: int, cue) -> str | None:
    """'"We, A and B ...," the statement read': a quotation opened before the passage whose
    closing mark, within a few lines, is followed by words saying whose text it is. Read
    across lines, because a hard-wrapped text may come out one line a paragraph."""
    lead = text[p0:start].lstrip()
    if cue is None or not _opened_before(lead):
        return None
    closers = _PAIRS.get(lead[0]) or lead[0]
    stop = min(len(text), end + _ATTRIBUTION_REACH)
    close = next((i for i in range(end, stop) if text[i] in closers), None)
    if close is None:
        return None
    m = cue.search(text, close, min(len(text), close + 80))
    return m.group().strip() if m else None


def _opened_before(lead: str) -> bool:
    """The line opens with a quotation mark not closed before the passage ('”Me, A, B ...'
    as Finnish and Swedish write it, or a quotation whose closing mark sits on a later
    line once a hard-wrapped text was read line by line)."""
    if not lead:
        return False
    mark = lead[0]
    closers = _PAIRS.get(mark) or (mark if mark in _SAME_MARK_QUOTES else None)
    return bool(closers) and not any(c in lead[1:] for c in closers)


def reported_statement(ctx: DocContext, plist: PartyList, reason: str) -> ReportedDocument | None:
    """The quoted or reported statement as a reported document authored by the parties it
    lists (states, or organisations for a letter of organisations)."""
    parties = plist.parties
    if not parties:
        return None
    idents = sorted({p.iso2 or p.key or "" for p in parties})
    key = "reported-statement:" + hashlib.sha256(",".join(idents).encode()).hexdigest()[:12]
    authors = party_authors(ctx, parties, "signatories.reported", confidence=0.8)
    states = plist.states
    kind = "joint_statement" if states else "ngo_statement"
    what = f"{len(states)} governments" if states else f"{len(idents)} organisations"
    return ReportedDocument(
        key=key, kind=kind, title=f"statement of {what} reported in this document",
        authors=authors, evidence=evidence(ctx, plist.start, plist.end, 0.8, "signatories.reported"),
    )


def accessions(ctx: DocContext, b: int, taken: set[tuple[int, int]]) -> list[PartyList]:
    """Lists of states that a text reports as taking part in a statement: "A, B and C have
    joined the joint statement", "La declaración conjunta fue emitida por los gobiernos de
    A, B y C". A run of at least two states, a word of joining or issuing (``joined``) in
    its sentence or the one before, a statement word (``promise``) in its sentence or the
    two before, and no negation in its sentence."""
    block = ctx.blocks[b]
    w = words(block.lang)
    statement = w.promise or words("en").promise
    if w.joined is None or statement is None:
        return []
    sentences = ctx.sentences[b]
    out: list[PartyList] = []
    for i, (s, e) in enumerate(sentences):
        found = [m for m in ctx.states_in(b, s, e) if m.end <= e]
        if len(found) < 2:
            continue
        near = ctx.text[sentences[max(0, i - 1)][0] : e]
        wide = ctx.text[sentences[max(0, i - 2)][0] : e]
        if not w.joined.search(near) or not statement.search(wide):
            continue
        if w.negation and w.negation.search(ctx.text, s, e):
            continue
        for run in state_runs(ctx.text, block.lang, found):
            if len(run.resolved) < 2 or any(a <= run.start < z or a < run.end <= z for a, z in taken):
                continue
            items = [p for p in (resolve(ctx, b, m.start, m.end) for m in run.items) if p is not None]
            items += [p for p in (resolve(ctx, b, a, z) for a, z, _ in run.unresolved) if p is not None]
            plist = PartyList(layout="a reported list of participating states", items=sorted(items, key=lambda p: p.start))
            if plist.share >= 0.8:
                out.append(plist)
    return out
