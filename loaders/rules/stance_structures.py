"""Stance structure words per language (``structures`` in loaders/data/stances.yaml): nouns of
stance, passives with an agent, conditionals and position-list labels, compiled once.

Kept apart from the verb lexicon (stance_cues.py): the structures of stance_nominal.py,
stance_passive.py and stance_camps.py read these, the verb rule never does.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml
from loaders.rules.stance_patterns import anchor_pattern, at_position, polar, whole_words


@dataclass(frozen=True)
class StructureCues:
    """The words of the stance structures other than a verb with its subject
    (``structures`` in stances.yaml): nouns of stance, passives with an agent, conditionals,
    position-list labels."""

    lang: str
    noun: re.Pattern[str] | None  # named groups o, s: a noun of opposition or support
    noun_anchor: re.Pattern[str] | None  # literals one of which every noun holds (lowercase text)
    to: re.Pattern[str] | None  # a link to what the noun is about, matched at a position
    by: re.Pattern[str] | None  # a link to the holder after the noun, matched at a position
    genitive_before: bool
    genitive_after: bool
    modifiers: frozenset[str]
    absence: re.Pattern[str] | None  # "no German support", "kein Widerstand"
    participle: re.Pattern[str] | None  # named groups o, s: a past participle of a predicate
    participle_anchor: re.Pattern[str] | None
    agent: re.Pattern[str] | None  # the agent's preposition, matched at a position
    order: str
    conditional: re.Pattern[str] | None
    camp: re.Pattern[str] | None  # named groups o, s: a position list's label before a colon
    agent_case: re.Pattern[str] | None = None  # endings of an agent marked by case alone (Czech instrumental "Německem")
    focus: re.Pattern[str] | None = None  # a focus adverb before the agent's preposition ("backed in particular by")


def anchored(ctx, b: int, rx: re.Pattern[str], anchor: re.Pattern[str] | None):
    """The matches of ``rx`` in block ``b``, searched only in the sentences holding one of
    its literal anchors (a cheap scan of the lowercased text) when it has them."""
    block = ctx.blocks[b]
    if anchor is None or len(ctx.lower) != len(ctx.text):
        yield from rx.finditer(ctx.text, block.start, block.end)
        return
    starts = [m.start() for m in anchor.finditer(ctx.lower, block.start, block.end)]
    if not starts:
        return
    from bisect import bisect_left

    for s, e in ctx.sentences[b]:
        i = bisect_left(starts, s)
        if i < len(starts) and starts[i] < e:
            yield from rx.finditer(ctx.text, s, e)


def merged_passive(lang: str, passive: dict) -> dict:
    """stances.yaml's passive of ``lang`` with the participles of data/stance_participles.yaml
    added ("welcomed with satisfaction", "accolta con favore"): one list per polarity; that
    file's whole passive where stances.yaml has none."""
    extra = load_yaml("stance_participles.yaml").get(lang) or {}
    if not passive and extra.get("by"):
        return dict(extra)  # a language whose passive only that file describes (el)
    if not passive or not extra:
        return passive
    out = dict(passive)
    for k in ("oppose", "support"):
        out[k] = list(passive.get(k) or ()) + [str(p) for p in extra.get(k) or ()]
    return out


def _focus_alt(lang: str) -> str:
    """The focus adverbs of ``lang`` (data/stance_focus.yaml) as one alternation, longest first."""
    words = load_yaml("stance_focus.yaml").get(lang) or []
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=None)
def structure_cues(lang: str) -> StructureCues | None:
    """None for a language without structures beyond the verb (stances.yaml ``structures``,
    or a passive with its agent in data/stance_participles.yaml)."""
    spec = (load_yaml("stances.yaml").get("structures") or {}).get(lang)
    if not spec:
        extra = load_yaml("stance_participles.yaml").get(lang) or {}
        if not extra.get("by"):
            return None
        spec = {"passive": {}}
    nominal, passive = spec.get("nominal") or {}, merged_passive(lang, spec.get("passive") or {})
    cond = spec.get("conditional")
    focus = _focus_alt(lang)
    return StructureCues(
        lang=lang,
        noun=polar(nominal),
        noun_anchor=anchor_pattern([str(p) for k in ("oppose", "support") for p in nominal.get(k) or ()]),
        to=at_position(nominal.get("to")),
        by=at_position(nominal.get("by")),
        genitive_before="before" in (nominal.get("genitive") or ()),
        genitive_after="after" in (nominal.get("genitive") or ()),
        modifiers=frozenset(str(w).casefold() for w in nominal.get("modifiers") or ()),
        absence=whole_words(nominal.get("no")),
        # a participle followed by its agent's preposition, or (verb-final) any participle
        participle=polar(passive, then=((rf"(?:\s+(?:{focus}))?" if focus else "") + r"\s+(?:" + "|".join(re.escape(str(w)) for w in passive["by"]) + r")(?![^\W\d_])")
                          if passive.get("by") and passive.get("order", "after") == "after" else ""),
        participle_anchor=anchor_pattern([str(p) for k in ("oppose", "support") for p in passive.get(k) or ()]),
        agent=at_position(passive.get("by")),
        order=str(passive.get("order", "after")),
        conditional=whole_words(cond) if cond else None,
        camp=polar(spec.get("camps"), then=r"\s*[:：]"),
        focus=re.compile(rf"\s*(?:{focus})(?![^\W\d_])", re.IGNORECASE) if focus else None,
        agent_case=re.compile(rf"(?:{'|'.join(map(re.escape, passive['agent_case']))})$", re.IGNORECASE) if passive.get("agent_case") else None,
    )
