"""Stances held by a noun whose object is the clause's subject: "the AI Act has the support
of Germany", "the plan faces opposition from Poland", "le texte bénéficie du soutien de la
France", "la ley cuenta con el apoyo de España", "die Verordnung stößt auf Widerstand aus
Polen".

A noun of stance (stances.yaml ``structures.<lang>.nominal``) with its holder after it
(stance_nominal.py reads the holder) and no object of its own may have the act as the
subject of a verb of having, receiving or meeting (loaders/data/stance_possessed.yaml)
right before it: the act cited or described at the start of the clause, only fillers
between it and the verb, or an act noun standing there for the document's act.
"""

from __future__ import annotations

from functools import lru_cache

from core.model import Reference
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_patterns import whole_words
from loaders.rules.stance_targets import Resolved, document_act, resolve_target


@lru_cache(maxsize=None)
def _verbs(lang: str):
    words = (load_yaml("stance_possessed.yaml") or {}).get(lang)
    return whole_words([str(w) for w in words], at_end=True) if words else None


def verb_before(text: str, lang: str, s: int, noun_left: int) -> bool:
    """Whether a verb of having ends right before ``noun_left``."""
    rx = _verbs(lang)
    return rx is not None and rx.search(text, max(s, noun_left - 30), noun_left) is not None


def possessed_object(ctx: DocContext, refs: list[Reference], cues: LangCues, s: int, noun_left: int) -> Resolved | None:
    """The act that is the subject of a verb of having right before a noun of stance
    (``noun_left``: where the noun's articles and modifiers start), or None."""
    rx = _verbs(cues.lang)
    if rx is None:
        return None
    verb = rx.search(ctx.text, s, noun_left)
    if verb is None:
        return None
    head = ctx.text[s : verb.start()]
    resolved = resolve_target(ctx, refs, [(s, verb.start())])
    if resolved is not None and resolved.end <= verb.start():
        gaps = (ctx.text[s : resolved.start], ctx.text[resolved.end : verb.start()])
        return resolved if all(cues.only_fillers(g) for g in gaps) else None
    if cues.act_nouns is not None:
        last = None
        for m in cues.act_nouns.finditer(head):
            last = m
        if last is not None and cues.only_fillers(head[last.end() :]) and cues.only_fillers(head[: last.start()]):
            return document_act(ctx, refs, s + last.start())
    return None
