"""A declaration's preamble and its subject: recitals that each open a line with a
participle ("Recognising ...,", "Reconnaissant ...,", "Recunoscând ...,") and end with a
comma, and the parties they belong to, named either right before them ("The prime
ministers of A, B and C," as the line that opens the text) or at the start of the first
clause after them ("A and B have decided ...", "The governments of A and B agree ...").

At least two recitals must open with a participle: one is how a news sentence may start.
The subject line before them must open with the leaders' or governments' noun (or a state)
and end with a comma; every state it names is a party, names of the people between them
("H.E. A. Name") are passed over. The clause after them must open with a run of states,
after at most articles and that noun.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.rules.context import DocContext
from loaders.rules.lists import state_runs
from loaders.rules.sentences import trimmed_lines
from loaders.rules.signing.opening import party_list
from loaders.rules.signing.parties import PartyList, resolve
from loaders.rules.signing.vocabulary import signing_data, words

_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")
_SCAN_LINES = 60  # recitals after the first, at most
_HEAD_LINES = 8  # the first recital stands near the top of the text
_PREFILTER = 3000  # characters in which the first recital's line must stand
_HEAD_CHARS = 20000  # the preamble and the clause after it


@lru_cache(maxsize=None)
def _recital(lang: str) -> re.Pattern[str] | None:
    spec = (signing_data().get("preamble") or {}).get(lang)
    if not spec:
        return None
    alt = "|".join(re.escape(str(w).translate(_CEDILLA)) for w in sorted(spec, key=len, reverse=True))
    return re.compile(rf"(?:{alt})(?![^\W\d_])")


def _opens_recital(ctx: DocContext, pattern: re.Pattern[str], s: int, e: int) -> bool:
    return pattern.match(ctx.text[s : min(e, s + 40)].translate(_CEDILLA)) is not None


def _subject_before(ctx: DocContext, b: int, s: int, e: int) -> PartyList | None:
    """"Prim-miniștrii României, E.S. ..., Republicii Bulgaria, E.S. ...,": the line before
    the first recital, opening with the party noun, ending with a comma, naming two states."""
    line = ctx.text[s:e]
    if not line.endswith(","):
        return None
    matches = [m for m in ctx.states_in(b, s, e) if m.end <= e]
    if len({m.iso2 for m in matches if m.iso2}) < 2:
        return None
    noun = words(ctx.blocks[b].lang).party_noun
    lead = line.translate(_CEDILLA)
    articles = morphology(ctx.blocks[b].lang).articles
    first = lead.split(maxsplit=1)[0].casefold() if lead.split() else ""
    if first in articles and len(lead.split()) > 1:
        lead = lead.split(maxsplit=1)[1]
    if not ((noun is not None and noun.match(lead)) or matches[0].start - s <= 4):
        return None
    items = [p for p in (resolve(ctx, b, m.start, m.end) for m in matches) if p is not None]
    return PartyList(layout="the subject above a declaration's preamble", items=items)


def _subject_after(ctx: DocContext, b: int, s: int, e: int) -> PartyList | None:
    """"Bulgaria and Romania have decided ...": a run of states opening the clause, followed
    by a lowercase word (the verb) or the party noun and then one."""
    from loaders.rules.signing.opening import governments_prefix_ok

    lang = ctx.blocks[b].lang
    matches = [m for m in ctx.states_in(b, s, min(e, s + 300)) if m.end <= e]
    if len(matches) < 2 or matches[0].start - s > 60:
        return None
    run = state_runs(ctx.text, lang, matches)[0]
    if len(run.items) < 2:
        return None
    noun = words(lang).party_noun
    ok, _ = governments_prefix_ok(ctx.text[s : run.start].translate(_CEDILLA), lang, noun)
    if not ok:
        return None
    rest = ctx.text[run.end : e].translate(_CEDILLA).lstrip(" ,")
    if noun is not None:
        n = noun.match(rest)
        if n:
            rest = rest[n.end() :].lstrip(" ,")
    if not rest[:1].islower():
        return None
    return party_list(ctx, b, run, [], "the subject after a declaration's preamble")


def _recitals(ctx: DocContext, b: int) -> tuple[re.Pattern[str], list[tuple[int, int]], int, int] | None:
    """(pattern, the block's lines, index of the first recital, number of recitals), when the
    block opens a preamble of two recitals or more."""
    block = ctx.blocks[b]
    pattern = _recital(block.lang)
    if pattern is None:
        return None
    head = trimmed_lines(ctx.text, block.start, min(block.end, block.start + _PREFILTER))[:_HEAD_LINES]
    first = next((i for i, (s, e) in enumerate(head) if _opens_recital(ctx, pattern, s, e)), None)
    if first is None:
        return None  # the first recital opens one of the first lines
    lines = trimmed_lines(ctx.text, block.start, min(block.end, block.start + _HEAD_CHARS))
    count = sum(1 for s, e in lines[first : first + _SCAN_LINES] if _opens_recital(ctx, pattern, s, e))
    return (pattern, lines, first, count) if count >= 2 else None


def recitals_seen(ctx: DocContext) -> str | None:
    """The preamble a block opens, in words for a warning ("a declaration's preamble (3
    recitals, the first opening 'Recalling')"), or None."""
    for b in range(len(ctx.blocks)):
        found = _recitals(ctx, b)
        if found is not None:
            _, lines, first, count = found
            word = ctx.text[lines[first][0] : lines[first][1]].split()[0]
            return f"a declaration's preamble ({count} recitals, the first opening {word!r})"
    return None


def preamble(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    found = _recitals(ctx, b)
    if found is None:
        return
    pattern, lines, first, count = found
    if first > 0:
        plist = _subject_before(ctx, b, *lines[first - 1])
        if plist is not None:
            yield plist, lines[first - 1][0]
            return
    seen = 0
    for i in range(first, min(len(lines), first + _SCAN_LINES)):
        s, e = lines[i]
        if _opens_recital(ctx, pattern, s, e):
            seen += 1
            continue
        if seen < 2 or not ctx.text[lines[i - 1][0] : lines[i - 1][1]].endswith(","):
            continue  # a recital wrapped over lines, or too few recitals yet
        plist = _subject_after(ctx, b, s, e)
        if plist is not None:
            yield plist, s
            return
