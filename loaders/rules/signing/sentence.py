"""A sentence in which the document names its own signing or endorsing parties: "This
statement is supported by A, B, C and D.", « Cette déclaration est soutenue par A, B et
C. », "Diese Erklärung wird von A, B und C unterstützt."

The sentence must point at the document itself (``self`` words and a statement word:
"this statement"), hold a word of signing or endorsing (``heading_stems``), and the run of
at least two states must follow that word after at most three short words ("by", "par
la") or stand right before it (German order), closing the sentence. "The proposal is
supported by A and B" speaks of something else and gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from loaders.rules.context import DocContext
from loaders.rules.lists import state_runs
from loaders.rules.signing.opening import party_list
from loaders.rules.signing.parties import PartyList
from loaders.rules.signing.vocabulary import signing_data, stem_in, stem_match, words

_SHORT = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_MAX_LINK_WORDS = 3
_MAX_LINK_LETTERS = 5


def _short_link(gap: str) -> bool:
    found = _SHORT.findall(gap)
    return len(found) <= _MAX_LINK_WORDS and all(len(w) <= _MAX_LINK_LETTERS and w[:1].islower() for w in found) and not gap.strip(" \t\n'’").count(",")


@lru_cache(maxsize=None)
def _documents(lang: str) -> re.Pattern[str] | None:
    spec = (signing_data().get("documents") or {}).get(lang)
    return re.compile(spec, re.IGNORECASE) if spec else None


def _document_noun(lang: str, text: str, start: int, end: int) -> re.Match[str] | None:
    pattern = _documents(lang)
    return pattern.search(text, start, end) if pattern is not None else None


def own_parties(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    lang = ctx.blocks[b].lang
    w = words(lang)
    own = w.intro_self  # the self words, also where titles are never judged reports
    if own is None or w.promise is None:
        return
    for ss, se in ctx.sentences[b]:
        matches = [m for m in ctx.states_in(b, ss, se) if m.end <= se]
        if len({m.iso2 for m in matches if m.iso2}) < 2:
            continue
        self_word = own.search(ctx.text, ss, se)
        statement = w.promise.search(ctx.text, ss, se) or _document_noun(lang, ctx.text, ss, se)
        stem = stem_match(ctx.text, ss, se)
        if self_word is None or statement is None or stem is None:
            continue
        run = next((r for r in state_runs(ctx.text, lang, matches) if len(r.items) >= 2), None)
        if run is None or statement.end() > run.start or self_word.start() > statement.start():
            continue  # "this statement" opens the sentence, before the list
        word_start = stem.start() - len(ctx.text[ss : stem.start()]) + len(ctx.text[ss : stem.start()].rstrip())
        after_stem = stem.end() + len(re.match(r"[^\W\d_]*", ctx.text[stem.end() : se]).group())
        if stem.start() < run.start:
            ok = _short_link(ctx.text[after_stem : run.start]) and not ctx.text[run.end : se].strip(" .;!\n")
        else:
            ok = not ctx.text[run.end : word_start].strip() and not ctx.text[after_stem : se].strip(" .;!\n")
        if ok:
            # the layout the word names: "signed" -> signature_block, "supported" -> endorsement_list
            yield party_list(ctx, b, run, [], stem_in(ctx.text, stem.start(), stem.end()) or "signature_block"), ss
