"""The delegations a Council cover note forwards a paper from: "Delegations will find attached
a note from the Belgian, Luxembourg and Netherlands delegations on ...", « Les délégations
trouveront ci-joint une contribution des délégations autrichienne et danoise », "Die
Delegationen erhalten anbei einen Vermerk der deutschen Delegation", "W załączeniu
delegacje otrzymują notę delegacji niemieckiej".

The Council's General Secretariat or the Presidency sends the note ("From:"), but the paper
it carries is the delegations': they are its authors, never signatories. The formula is the
Council's own in each language; after it, the paper's noun, then its joiner ("from", "de",
"der", or the word "delegation" itself where a genitive follows), then nothing but states,
state adjectives, the word "delegation(s)", governments' words, articles and "and", up to
the paper's subject or the sentence's end. Anything else there ("a note from the
Presidency concerning Poland's request") gives nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names import code_to_state
from loaders.names.morphology import morphology
from loaders.rules.authors_orgs import PAPER_BY
from loaders.rules.authors_statement import PAPER_GLUE, PAPER_TOPIC
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues
from loaders.rules.signing.adjectives import adjective_state
from loaders.rules.signing.delegations import COUNCIL_DELEGATIONS

_HEAD = 4000  # the cover note's sentence stands under the header
_NOUN_REACH = 90  # the paper's noun between the formula and its joiner
_LIST_REACH = 400

# the Council's cover formula, per language (the Council's own templates)
_FORMULAS = {
    "en": r"delegations\s+will\s+find\s+(?:attached|enclosed|annexed|herewith|below|in\s+(?:the\s+)?annex)",
    "fr": r"les\s+délégations\s+trouveront\s+(?:ci-joint|ci-après|en\s+annexe)",
    "de": r"(?:die\s+)?delegationen\s+erhalten\s+(?:anbei|beigefügt|in\s+der\s+anlage)",
    "es": r"(?:adjunto\s+se\s+remite|se\s+adjunta|se\s+remite\s+adjunt[oa])\s+(?:a|para)\s+las\s+delegaciones",
    "it": r"si\s+(?:trasmette|allega)(?:no)?\s+(?:in\s+allegato\s*,?\s*)?(?:per\s+le|alle)\s+delegazioni",
    "nl": r"(?:hierbij\s+gaat\s+voor\s+de\s+delegaties|bijgaand\s+treffen\s+de\s+delegaties|de\s+delegaties\s+treffen\s+(?:hierbij|bijgaand))",
    "pt": r"(?:envia-se|junto\s+se\s+envia|segue)\s+(?:em\s+anexo\s*,?\s*)?(?:à\s+atenção\s+das|às)\s+delegações",
    "pl": r"(?:w\s+załączeniu\s+delegacje\s+otrzymują|delegacje\s+otrzymują\s+w\s+załączeniu)",
}
_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def _formula(lang: str) -> re.Pattern[str] | None:
    f = _FORMULAS.get(lang)
    return re.compile(rf"(?i)(?<![\w]){f}\s*,?\s*") if f else None


@lru_cache(maxsize=None)
def _joiner(lang: str) -> re.Pattern[str] | None:
    dele = cues(lang).delegations or cues("en").delegations
    by = PAPER_BY.get(lang)
    if dele is None:
        return None
    alts = [rf"(?:{dele.pattern})[^\W\d_]*\s+"]
    if by:
        alts.insert(0, by)
    return re.compile(rf"(?i)(?<![\w])(?:{'|'.join(f'(?:{a})' for a in alts)})")


def _end_of_list(ctx: DocContext, lang: str, start: int, limit: int) -> int:
    topic = re.compile(rf"(?i)\s(?:{PAPER_TOPIC.get(lang, 'on')})\s|[.;:(]\s|\n\s*\n|[.;:]$")
    m = topic.search(ctx.text, start, limit)
    return m.start() if m else limit


def _listed(ctx: DocContext, lang: str, start: int, end: int) -> list[tuple[str, str, int, int]] | None:
    """The states of ``text[start:end]`` when nothing else is there; None otherwise."""
    b = ctx.block_at(start)
    states = [x for x in ctx.states_in(b, start, end) if x.iso2 and x.end <= end]
    dele = cues(lang).delegations or cues("en").delegations
    glue = set(PAPER_GLUE) | morphology(lang).conjunction_forms | {a.casefold() for a in morphology(lang).articles}
    found: list[tuple[str, str, int, int]] = []
    pos = start
    for w in _WORD.finditer(ctx.text, start, end):
        if w.start() < pos:
            continue
        state = next((x for x in states if x.start == w.start()), None)
        if state is not None:
            found.append((state.iso2, state.name, state.start, state.end))
            pos = state.end
            continue
        token = w.group()
        if token.casefold() in glue or (dele is not None and dele.match(token.casefold())):
            continue
        iso2 = adjective_state(lang, token)
        if iso2 is None or (iso2 not in COUNCIL_DELEGATIONS and iso2 != "GR"):
            return None
        ref = code_to_state(iso2)
        found.append((iso2, ref.name if ref else iso2, w.start(), w.end()))
    if re.search(r"[^\w\s,'’-]", ctx.text[start:end]):
        return None
    return found


def cover_note(ctx: DocContext) -> list[Author]:
    """The delegations whose paper a Council cover note forwards."""
    for b, block in enumerate(ctx.blocks):
        formula, joiner = _formula(block.lang), _joiner(block.lang)
        if formula is None or joiner is None:
            continue
        for m in formula.finditer(ctx.text, block.start, min(block.end, block.start + _HEAD)):
            j = joiner.search(ctx.text, m.end(), min(block.end, m.end() + _NOUN_REACH))
            if j is None or re.search(r"[.;:]\s", ctx.text[m.end() : j.start()]):
                continue
            if re.search(rf"(?i)\s(?:{PAPER_TOPIC.get(block.lang, 'on')})\s", ctx.text[m.end() - 1 : j.start() + 1]):
                continue  # the subject came first: "a note on A and B"
            end = _end_of_list(ctx, block.lang, j.end(), min(block.end, j.end() + _LIST_REACH))
            listed = _listed(ctx, block.lang, j.end(), end)
            if not listed:
                continue
            out: dict[str, Author] = {}
            for iso2, name, a, z in listed:
                out.setdefault(iso2, Author(actor=ActorRef(kind="state", key=iso2, name=name, iso2=iso2),
                                            evidence=evidence(ctx, a, z, 0.8, "authors.delegations_cover")))
            return list(out.values())
    return []
