"""A stance on delaying an act read as a stance on its curated postponement (issue 15).

The stance lexicon counts verbs and nouns of delaying among opposition predicates
("delay", "verschieben", "aplazar"), so "wants to delay X" or "calls for a delay of X"
read as opposing X. Where X has a curated postponement act (``postpones:`` in
metadata/act_descriptions.yaml), delaying X is a measure of its own: the delay word is
then the object of the predicate, not a flip of its polarity. "Calls for a delay of X"
and "wants to delay X" support the postponement; "criticised the delay of X" and "lehnt
die Verschiebung ab" oppose it. Acts without a curated postponement keep the lexicon's
reading. A bare delay noun ("the delay", "der Aufschub") stands for the postponement
only where the document has exactly one act in play and it is that act or the act it
postpones (stance_targets.document_act).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Target
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.act_descriptions import Found, act_info, postponed, postponement_acts, postponement_of
from loaders.rules.stance_discourse import determiners
from loaders.rules.stance_targets import Resolved, document_act

_WORD = re.compile(r"[^\W\d_]+")
_CLAUSE_END = re.compile(r"[.;:!?()\[\]\n,\"“”«»]")
_GENERIC_TAIL_WORDS = 4  # words a bare delay noun may carry before its clause ends ("by a year")
_DOCUMENT_HOWS = frozenset({"lead_document_act", "document_act", "focus_act"})


@lru_cache(maxsize=None)
def _delay_words(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(delay words, words naming something else delayed) of ``lang``
    (loaders/data/act_postponement.yaml)."""
    spec = (load_yaml("act_postponement.yaml") or {}).get(lang) or {}

    def rx(items: list[str]) -> re.Pattern[str] | None:
        return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(items)})(?![^\W\d_])", re.IGNORECASE) if items else None

    return rx(spec.get("before") or []), rx(spec.get("not_between") or [])


def _as_postponement(resolved: Resolved, later: str, start: int, end: int, text: str) -> Resolved:
    label = act_info(later).get("label", later)
    return Resolved(Target(kind="legal_act", ref=later, label=label), resolved.confidence, resolved.how,
                    resolved.reference if resolved.reference is not None and resolved.reference.id == later else None,
                    start, end)


def _delay_predicate(text: str, cues, pol, cue, at: int) -> bool:
    """Whether a cue of the lexicon's opposition starting at ``at`` is the last link of
    the predicate (``pol`` alone, or the predicate it chains to): the delay word is then
    the predicate ("postpone X", "calls for a delay of X"), not its object."""
    parts = [(pol[1].start(), pol[1].end())]
    if cue.end() != pol[1].end():
        parts.append((pol[1].end(), cue.end()))
    for ps, pe in parts:
        if ps <= at < pe:
            own = cues.polarity_at(text, at, pe)
            return own is not None and own[0] == "oppose" and own[1].start() == at and own[1].end() == pe
    return False


def _generic_noun(text: str, lang: str, cue, e: int) -> tuple[int, int] | None:
    """Where the bare delay word stands that the predicate ends on or governs, with nothing
    naming what is delayed after it ("supports the delay.", "fordert einen Aufschub",
    "steunt het uitstel"): only articles and determiners (stance_discourse.yaml) between, a few words at most before the clause
    ends, none naming another thing delayed (a vote, a decision); None otherwise."""
    words, others = _delay_words(lang)
    if words is None:
        return None
    inside = list(_WORD.finditer(text, cue.start(), cue.end()))
    hit = next((m for m in words.finditer(text, inside[-1].start(), cue.end()) if m.end() == cue.end()), None) if inside else None
    if hit is None:
        articles = morphology(lang).articles | determiners(lang)[0]  # "the delay", "this delay", "diesen Aufschub"
        after = cue.end()
        for w in _WORD.finditer(text, cue.end(), min(e, cue.end() + 60)):
            if text[after : w.start()].strip():
                return None  # a comma or a figure: not the predicate's object
            if w.group().casefold() not in articles:
                hit = words.match(text, w.start())
                break
            after = w.end()
    if hit is None:
        return None
    stop = _CLAUSE_END.search(text, hit.end(), e)
    tail = text[hit.end() : stop.start() if stop else e]
    if len(_WORD.findall(tail)) > _GENERIC_TAIL_WORDS or (others is not None and others.search(tail)):
        return None
    return hit.start(), hit.end()


def reread(ctx, refs, cues, pol, kind: str, cue, resolved: Resolved | None, e: int,
           generic: bool = True) -> tuple[str, Resolved | None]:
    """(polarity, target) of a predicate whose object is the delay of an act with a
    curated postponement, read as a stance on that postponement; unchanged otherwise.
    ``generic`` False (a reported speaker's words) leaves a bare delay noun unread."""
    text, lang = ctx.text, cues.lang
    if not generic and resolved is None:
        return kind, resolved
    if resolved is None or resolved.how in _DOCUMENT_HOWS:
        # "Germany supports the delay." / "Berlin wants to postpone.": the document's one act
        noun = _generic_noun(text, lang, cue, e)
        if noun is None:
            return kind, resolved
        doc = resolved or document_act(ctx, refs, cue.start())
        if doc is None:
            return kind, resolved
        later = doc.target.ref if doc.target.ref in postponement_acts() else postponement_of(doc.target.ref)
        if later is None:
            return kind, resolved
        flip = noun[0] < cue.end() and _delay_predicate(text, cues, pol, cue, noun[0])
        return (_flip(kind) if flip else kind), _as_postponement(doc, later, noun[0], noun[1], text)
    act = resolved.target.ref
    if postponement_of(act) is None:
        return kind, resolved
    found = postponed(text, lang, cue.start(), e, Found(act, "name", resolved.start, resolved.end, text[resolved.start : resolved.end]),
                      guard=False)
    if found is None:
        return kind, resolved
    if found.start < resolved.start:  # "delay of X": the delay word opens the phrase
        flip = _delay_predicate(text, cues, pol, cue, found.start) and cue.end() <= resolved.start
    else:  # "X um ein Jahr verschieben": the delay word closes it
        ends = [m.start() for m in _WORD.finditer(text, resolved.end, found.end)]
        flip = bool(ends) and cue.start() >= resolved.end and _delay_predicate(text, cues, pol, cue, ends[-1])
    return (_flip(kind) if flip else kind), _as_postponement(resolved, found.act, found.start, found.end, text)


def _flip(kind: str) -> str:
    return "support" if kind == "oppose" else "oppose"
