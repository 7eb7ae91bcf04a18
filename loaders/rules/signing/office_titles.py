"""A statement's title that names its parties by the offices signing for them: "Joint
Statement by the President of the French Republic and the Prime Minister of the Republic
of Estonia", "Déclaration conjointe du Président de la République française et du Premier
ministre de ...", "Gemeinsame Erklärung des Bundeskanzlers der Bundesrepublik Deutschland
und des Premierministers der Republik Estland", and, where the genitive comes first,
"Suomen presidentin ja Viron pääministerin yhteinen julkilausuma".

Each state must stand with its own office (``signing.yaml`` ``offices``, every EU
language), the offices joined as a list is (a comma or the language's "and"), a signer's
name of two to four capitalised words allowed after a state. A title whose list turns to
a subject ("... on the visit of the President of Ukraine") ends its list there, and a
title with an office whose state is not named ("... and the President of the European
Commission") is not one of states alone: nothing is taken from a title whose states
are not all met in that shape.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.names.morphology import morphology
from loaders.rules.context import DocContext
from loaders.rules.lists import Run
from loaders.rules.signing.offices import office_pattern
from loaders.rules.signing.parties import PartyList  # noqa: F401 - the type office_titled yields
from loaders.rules.signing.title import HEAD_FINAL, own_list, reported_below, subject_follows, subject_in
from loaders.rules.signing.title_lines import cue_in_line, line_states, title_spans

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?|[,;:!?()|\d]")
_LEAD_WORDS = 3  # "by the", "of the", "du", "entre le": short words before the first office
_OFFICE_WORDS = 7  # "Minister for Foreign Affairs of the" after the office word, at most
_NAME_WORDS = 4  # a signer's name after a state ("... of Estonia Kaja Kallas and ...")
_TAIL = " \t:–—-|"


def title_separators(lang: str) -> frozenset[str]:
    morph = morphology(lang)
    return morph.conjunction_words | {","}


def _articles(lang: str) -> frozenset[str]:
    return morphology(lang).articles


def _office_at(tokens: list[str]) -> int:
    """Index of the first office word among ``tokens`` ("President", "Premierministers"), or -1."""
    for i, t in enumerate(tokens):
        if office_pattern().match(t):
            return i
    return -1


def _office_phrase(tokens: list[str], lead: int) -> bool:
    """An office within ``lead`` short words of the start, and after it only the words of an
    office and its state's preposition and article: no punctuation, digits or subject."""
    at = _office_at(tokens)
    if at < 0 or at > lead:
        return False
    if any(not t[:1].isalpha() for t in tokens):
        return False
    return len(tokens) - at - 1 <= _OFFICE_WORDS


def _after_state(tokens: list[str], seps: frozenset[str]) -> int:
    """How many tokens after a state are its signer's name (2-4 capitalised words, optionally
    set off by commas) before the separator: 0 when none."""
    i = 1 if tokens[:1] == [","] else 0
    j = i
    while j < len(tokens) and tokens[j][:1].isupper() and tokens[j].casefold() not in seps and j - i < _NAME_WORDS:
        j += 1
    if j - i >= 2 and (j == len(tokens) or tokens[j] == "," or tokens[j].casefold() in seps):
        return j + (1 if j < len(tokens) and tokens[j] == "," and tokens[j + 1 : j + 2] and tokens[j + 1].casefold() in seps else 0)
    return 0


def _joined_office(tokens: list[str], lang: str) -> bool:
    """The text between two states: [a signer's name], a separator, the next office."""
    seps = title_separators(lang)
    skip = _after_state(tokens, seps)
    rest = tokens[skip:]
    k = 0
    while k < len(rest) and (rest[k] == "," or rest[k].casefold() in seps):
        k += 1
    if k == 0:
        return False
    return _office_phrase(rest[k:], _LEAD_WORDS) and not subject_in(" ".join(rest[k:]), lang)


def _office_after(tokens: list[str], lang: str, last: bool) -> bool:
    """Head-final languages: the office after its state ("Suomen presidentin ja ..."),
    then the separator (none after the last)."""
    seps = title_separators(lang)
    at = _office_at(tokens)
    if at != 0:
        return False
    rest = tokens[1:]
    if last:
        return not rest
    return len(rest) == 1 and (rest[0] == "," or rest[0].casefold() in seps)


def office_titled(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    for s, e in title_spans(ctx, b):
        found = cue_in_line(ctx, b, s, e)
        if found is None:
            continue
        lang, _, m = found
        matches, _ = line_states(ctx, b, lang, s, e)
        matches = [x for x in matches if x.iso2]
        if len({x.iso2 for x in matches}) < 2 or not office_pattern().search(ctx.text, s, e):
            continue
        if lang in HEAD_FINAL and matches[0].start < m.start():
            states = [x for x in matches if x.end <= m.start()]
            if ctx.text[s : states[0].start].strip(_TAIL) or not _heads_final(ctx.text, states, m.start(), lang):
                continue
        else:
            states = _after_cue(ctx.text, matches, m.end(), e, lang)
            if states is None:
                continue
        if len({x.iso2 for x in states}) < 2:
            continue
        plist = own_list(ctx, b, Run(items=list(states)), "the statement's title, by its offices")
        plist.reported = reported_below(ctx, b, e, {x.iso2 for x in states})
        yield plist, s
        return


def title_tokens(text: str, start: int, end: int) -> list[str]:
    return _TOKEN.findall(text, start, end)


def _after_cue(text: str, matches: list, cue_end: int, line_end: int, lang: str) -> list | None:
    """The states of "<statement> by the <office> of A and the <office> of B": every state
    before the subject has its office; None when the title is not in that shape."""
    if not matches or matches[0].start < cue_end:
        return None
    lead = text[cue_end : matches[0].start]
    if subject_in(lead, lang) or not _office_phrase(title_tokens(text, cue_end, matches[0].start), _LEAD_WORDS):
        return None
    states = [matches[0]]
    for prev, nxt in zip(matches, matches[1:]):
        if subject_follows(text, prev.end, line_end, lang):
            break
        if not _joined_office(title_tokens(text, prev.end, nxt.start), lang):
            return None
        states.append(nxt)
    tail = title_tokens(text, states[-1].end, line_end)
    seps = title_separators(lang)
    name = _after_state(tail, seps)
    if tail[name:] and not subject_follows(text, states[-1].end, line_end, lang) and tail[name:][0] not in ":":
        if not (name and subject_follows(text, _skip_tokens(text, states[-1].end, line_end, name), line_end, lang)):
            return None
    return states


def _skip_tokens(text: str, start: int, end: int, n: int) -> int:
    pos = start
    for _ in range(n):
        m = _TOKEN.search(text, pos, end)
        if m is None:
            return end
        pos = m.end()
    return pos


def _heads_final(text: str, states: list, cue_start: int, lang: str) -> bool:
    """Head-final: "A:n <office> ja B:n <office> <statement>": each state followed by its
    office, joined by separators, the last office right before the statement words."""
    for i, st in enumerate(states):
        stop = states[i + 1].start if i + 1 < len(states) else cue_start
        tokens = title_tokens(text, st.end, stop)
        last = i + 1 == len(states)
        if last:
            # the office, then only adjectives of the statement ("yhteinen") before its word
            if not tokens or _office_at(tokens) != 0 or len(tokens) > 3:
                return False
        elif not _office_after(tokens, lang, last):
            return False
    return True


def office_opening(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """The first sentence under a statement's title naming its parties by their offices:
    "The Prime Minister of Estonia, A. Name, and the President of Finland, B. Name, met in
    Tallinn ...", « Le Président de la République française et le Premier ministre de ...
    se sont réunis », "Der Bundeskanzler ... und der Premierminister ... sind ...
    zusammengekommen": every state with its office, then a verb of agreeing or meeting."""
    from loaders.rules.signing.under_heading import agreed_at, date_line, dated_opening, heading_above, titles_a_statement
    from loaders.rules.signing.vocabulary import words

    block = ctx.blocks[b]
    w = words(block.lang)
    for s, e in ctx.sentences[b][:4]:
        heading = heading_above(ctx.text, s)
        if not heading or not titles_a_statement(heading, block.lang) or date_line(ctx.text, s, e):
            continue  # the title itself, a date line under it, a sentence inside a paragraph
        s0 = dated_opening(ctx.text, s, e, block.lang)
        matches = [x for x in ctx.states_in(b, s0, min(e, s0 + 400)) if x.iso2 and x.end <= e]
        if len({x.iso2 for x in matches}) < 2:
            return
        lead = title_tokens(ctx.text, s0, matches[0].start)
        if not _office_phrase(lead, _LEAD_WORDS) or subject_in(ctx.text[s0 : matches[0].start], block.lang):
            return
        states = [matches[0]]
        for prev, nxt in zip(matches, matches[1:]):
            if not _joined_office(title_tokens(ctx.text, prev.end, nxt.start), block.lang):
                break
            states.append(nxt)
        if len({x.iso2 for x in states}) < 2:
            return
        at = _skip_tokens(ctx.text, states[-1].end, e, _after_state(title_tokens(ctx.text, states[-1].end, e), title_separators(block.lang)))
        at = at + len(ctx.text[at:e]) - len(ctx.text[at:e].lstrip(" ,"))
        verb = next((m for m in (p.match(ctx.text, at, e) if p is not None else None for p in (w.agree, w.met)) if m is not None), None)
        if verb is None:
            verb = agreed_at(ctx.text, at, e, block.lang)
        if verb is None or verb.end() - verb.start() > 60 or verb.end() <= at:
            return
        yield own_list(ctx, b, Run(items=list(states)), "the offices opening the first sentence under a statement's title"), s
        return
