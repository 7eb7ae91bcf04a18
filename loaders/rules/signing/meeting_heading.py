"""The heading of a meeting's communiqué that names its states without a statement word."""

from __future__ import annotations

from collections.abc import Iterator

from loaders.rules.context import DocContext
from loaders.rules.signing.parties import PartyList
from loaders.rules.signing.title import gap_ok, own_list, title_runs
from loaders.rules.signing.title_lines import line_states, title_lines
from loaders.rules.signing.vocabulary import words


def meeting_heading(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    """"Foreign Ministers of Cyprus-Greece-Egypt" as the text's first line, nothing but the
    leaders' noun and the states, when the first sentences under it name the same states
    meeting ("... the Minister of Foreign Affairs of the Republic of Cyprus ... held a
    trilateral meeting"): the heading of their communiqué. A headline has a verb; a line of
    nouns alone is a label, and the opening sentence must confirm whom it labels."""
    block = ctx.blocks[b]
    w = words(block.lang)
    if w.party_noun is None or w.met is None:
        return
    first = next(iter(title_lines(ctx.text, block.start, block.end)), None)
    if first is None:
        return
    s, e = first
    noun = w.party_noun.match(ctx.text, s, e)
    if noun is None:
        return
    matches, _ = line_states(ctx, b, block.lang, s, e, force=True)
    runs = title_runs(ctx.text, block.lang, matches)
    if len(runs) != 1 or len(runs[0].items) < 2 or any(not x.iso2 for x in runs[0].items):
        return
    run = runs[0]
    if not gap_ok(ctx.text[noun.end() : run.start], None, 2) or ctx.text[run.end : e].strip(" .:"):
        return
    heading = {x.iso2 for x in run.items}
    for ss, se in ctx.sentences[b][:4]:
        if ss < e:
            continue
        named = {x.iso2 for x in ctx.states_in(b, ss, se) if x.iso2}
        if named and named == heading and w.met.search(ctx.text, ss, se):
            yield own_list(ctx, b, run, "a meeting's heading its opening sentence confirms"), s
            return
