"""An agreement's opening clause naming its parties for the rest of the text: "The
Government of the Republic of Estonia and the Government of the Republic of Finland
(hereinafter referred to as "the Participants"),", « Le Gouvernement de la République
française et le Gouvernement de la République d'Estonie (ci-après dénommés « les
Participants ») », "Die Regierung der Bundesrepublik Deutschland und die Regierung der
Republik Estland (im Folgenden „die Teilnehmer“)".

The clause opens its line with the parties (a state's name, or its government or ministry
followed by the state), joined as a list is, and the language's "hereinafter" word
(``signing.yaml`` ``hereinafter``) follows the last of them with only brackets, commas or
quotation marks between: a state named anywhere else in the line is no party.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from loaders.rules.context import DocContext
from loaders.rules.lists import Run
from loaders.rules.signing.office_titles import title_separators, title_tokens
from loaders.rules.signing.offices import office_pattern
from loaders.rules.signing.parties import PartyList
from loaders.rules.signing.title import own_list
from loaders.rules.signing.vocabulary import signing_data, words

_HEAD_CHARS = 2500  # the clause stands near the top
_LEAD_TOKENS = 8  # "The Government of the", "The Ministry of Economic Affairs of the"
_JOIN_TOKENS = 9
_BETWEEN_LAST = re.compile(r"[\s,(\[\"'“”„«»‚‘’–—-]*")


@lru_cache(maxsize=None)
def _hereinafter(lang: str) -> re.Pattern[str] | None:
    spec = (signing_data().get("hereinafter") or {}).get(lang)
    return re.compile(rf"(?<![^\W\d_])(?:{spec})", re.IGNORECASE) if spec else None


def _names_a_party(tokens: list[str], lang: str) -> bool:
    """Only the words that name who stands for the state: articles and prepositions, the
    governments' or leaders' noun, an office or a ministry ("the Government of the", "die
    Regierung der", "the Ministry of Foreign Affairs of the"); nothing else capitalised."""
    if len(tokens) > _LEAD_TOKENS or any(not t[:1].isalpha() for t in tokens):
        return False
    noun = words(lang).party_noun
    named = any((noun is not None and noun.fullmatch(t)) or office_pattern().match(t) for t in tokens)
    capitalised = [t for t in tokens if t[:1].isupper()]
    return not capitalised or named


def _joined(tokens: list[str], lang: str) -> bool:
    seps = title_separators(lang)
    k = 0
    while k < len(tokens) and (tokens[k] == "," or tokens[k].casefold() in seps):
        k += 1
    return k > 0 and len(tokens) <= _JOIN_TOKENS and _names_a_party(tokens[k:], lang)


def parties_clause(ctx: DocContext, b: int) -> Iterator[tuple[PartyList, int]]:
    block = ctx.blocks[b]
    pattern = _hereinafter(block.lang)
    if pattern is None:
        return
    stop = min(block.end, block.start + _HEAD_CHARS)
    for m in pattern.finditer(ctx.text, block.start, stop):
        ls = ctx.text.rfind("\n", block.start, m.start()) + 1
        ls = max(ls, block.start)
        ls += len(ctx.text[ls : m.start()]) - len(ctx.text[ls : m.start()].lstrip())
        matches = [x for x in ctx.states_in(b, ls, m.start()) if x.end <= m.start()]
        if len({x.iso2 for x in matches if x.iso2}) < 2 or any(not x.iso2 for x in matches):
            continue
        last = matches[-1]
        if _BETWEEN_LAST.fullmatch(ctx.text, last.end, m.start()) is None:
            continue  # "... of Estonia on energy (hereinafter ...)": the word names something else
        if not _names_a_party(title_tokens(ctx.text, ls, matches[0].start), block.lang):
            continue
        if not all(_joined(title_tokens(ctx.text, a.end, z.start), block.lang) for a, z in zip(matches, matches[1:])):
            continue
        yield own_list(ctx, b, Run(items=list(matches)), "an agreement's opening clause naming its parties"), ls
        return
