"""A statement's title that names its parties: "Joint Statement by A, B and C",
"Gemeinsame Erklärung der Außenminister Deutschlands, Frankreichs und Polens",
"Comunicado conjunto dos Secretários de Estado ... de Portugal, Espanha e França",
and, where the genitive comes first, "Suomen, Ruotsin ja Norjan ... julkilausuma".

The title must start with the statement word (end with it, in the head-final languages),
or with words saying the text is the statement's, in full or in part ("Excerpts from the"),
hold one list of at least two states, and between the two only short linking words or
the "governments"/"ministers" noun: "France and Germany sign a joint declaration" is a
headline about a statement, not the title of one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.rules.context import DocContext
from loaders.rules.lists import state_runs
from loaders.rules.signing.opening import PartyList, party_list
from loaders.rules.signing.vocabulary import words

HEAD_FINAL = frozenset({"fi", "et", "hu", "lv", "lt"})
_WORD = re.compile(r"[^\W\d_]+")
_TITLE_LINES = 6


def _gap_ok(gap: str, noun: re.Pattern[str] | None, max_words: int) -> bool:
    rest = noun.sub(" ", gap) if noun else gap
    found = _WORD.findall(rest.replace("-", " "))
    if len(found) > max_words:
        return False
    return bool(noun and noun.search(gap)) or all(len(w) <= 4 for w in found)


_DASHES = frozenset("-–—/")


def _title_runs(text: str, lang: str, matches: list) -> list:
    """Runs of states, where a title may also join them by dashes ("Κύπρου – Ελλάδας –
    Αιγύπτου", "Estonia-Ghana-Peru")."""
    runs = state_runs(text, lang, matches)
    merged = [runs[0]] if runs else []
    for run in runs[1:]:
        gap = text[merged[-1].end : run.start].strip()
        if gap and all(ch in _DASHES for ch in gap):
            merged[-1].items.extend(run.items)
            merged[-1].unresolved.extend(run.unresolved)
        else:
            merged.append(run)
    return merged


def title_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines among the first few non-empty ones that can be a title: short, and not a
    sentence ending in a full stop."""
    pos, seen = start, 0
    while pos < end and seen < _TITLE_LINES:
        nl = text.find("\n", pos, end)
        s, e = pos, (end if nl < 0 else nl)
        pos = e + 1
        line = text[s:e].strip()
        if not line:
            continue
        seen += 1
        if len(line) <= 220 and not line.endswith("."):
            yield s, e


def titled(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    block = ctx.blocks[b]
    w = words(block.lang)
    cue = w.promise or words("en").promise
    if cue is None:
        return
    for s, e in title_lines(ctx.text, block.start, block.end):
        m = cue.search(ctx.text, s, e)
        matches = [x for x in ctx.states_in(b, s, e) if x.end <= e]
        if m is None or len(matches) < 2:
            continue
        runs = _title_runs(ctx.text, block.lang, matches)
        if len(runs) != 1 or len(runs[0].items) < 2:
            continue
        run = runs[0]
        lead = ctx.text[s:m.start()].strip(" \t-–—:|")
        cut = w.excerpt.match(lead) if w.excerpt is not None else None
        if cut is not None and (cut.end() == len(lead) or lead[cut.end()].isspace()):
            lead = lead[cut.end() :]  # "Excerpts from the joint declaration of ...": the statement's own text, in part
        if block.lang in HEAD_FINAL and run.start < m.start():
            ok = not ctx.text[s : run.start].strip() and _gap_ok(ctx.text[run.end : m.start()], w.party_noun, 3)
        else:
            ok = len(_WORD.findall(lead)) <= 1 and m.end() <= run.start and _gap_ok(ctx.text[m.end() : run.start], w.party_noun, 10)
        if not ok:
            continue
        yield party_list(ctx, b, run, [], "the statement's title"), s
