"""Calls in the authors' own voice: "We call on the Council to reject X", "RDA urges MEPs to
adopt X", "Pedimos al Consejo que rechace X", "Wir fordern den Rat auf, X abzulehnen".

A statement's authors state their position by asking someone else to act on an act:
calling on an institution to reject (withdraw, block, reconsider) an act opposes it, to
adopt (approve, support) it supports it. The caller must be the authors speaking in their
own statement (stance_voice.speaks_for_authors): their "we" (or a first-person plural verb
in a pro-drop language, or "we" right after the verb in a verb-second one), or their own
name in the third person, with only fillers before the verb of calling. The addressee is
a short phrase with no punctuation; the infinitive (or subjunctive) clause opens with
the language's marker and names its act right after the verb, or, where the infinitive
closes its clause (German, Dutch), right before it. No stance from a question, a
condition, a quotation, a negation or a hedge. Verbs and infinitives per language in
loaders/data/stance_voice.yaml (``calls``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import ActorRef, Author, Reference, Stance, Warning_
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues, lang_cues
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_targets import Resolved, document_act, resolve_target
from loaders.rules.stance_voice import (author_names, in_quotes, named_author_subjects, speaks_for_authors, voiced_authors,
                                        we_subjects)

_WORD = re.compile(r"[^\W\d_]+")
_ADDRESSEE_WORDS = 8  # "call on the European Parliament and the Council to": the addressee is short
_BETWEEN_WORDS = 4  # words between the infinitive and its act ("to reject the proposed regulation X")
# First-person plural endings of a verb of calling with no pronoun ("Pedimos", "Chiediamo", "Wzywamy").
_FIRST_PLURAL = {"fr": ("ons",), "it": ("iamo",), "es": ("amos", "emos", "imos"), "pt": ("amos", "emos", "imos"), "pl": ("my",)}
_TRUST = 0.85
_VERB_SECOND = frozenset({"de", "nl", "sv", "da"})


@dataclass(frozen=True)
class _Calls:
    verb: re.Pattern[str]
    marker: re.Pattern[str]
    predicate: re.Pattern[str]  # group "s" (support) or "o" (oppose)
    final: bool


def _words(ws: list) -> str:
    return "|".join(sorted((str(w).replace(" ", r"\s+") for w in ws), key=len, reverse=True))


@lru_cache(maxsize=None)
def _calls(lang: str) -> _Calls | None:
    spec = (load_yaml("stance_voice.yaml").get("calls") or {}).get(lang)
    if not spec:
        return None
    edge, end = r"(?<![^\W\d_])", r"(?![^\W\d_])"
    return _Calls(
        verb=re.compile(rf"{edge}(?:{_words(spec['verbs'])}){end}", re.IGNORECASE),
        marker=re.compile(rf"{edge}(?:{_words(spec['marker'])})(?:(?<=')|(?<=,)|{end})", re.IGNORECASE),
        predicate=re.compile(rf"{edge}(?:(?P<s>{_words(spec['support'])})|(?P<o>{_words(spec['oppose'])})){end}", re.IGNORECASE),
        final=bool(spec.get("final")),
    )


def voiced_calls(ctx: DocContext, refs: list[Reference], authors: list[Author], kind: str | None,
                 warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    """The authors' stances stated as calls on someone else, in their own statements."""
    out: list[Stance] = []
    extra: list[Reference] = []
    voiced = voiced_authors(authors)
    if not speaks_for_authors(kind) or not voiced:
        return out, extra
    names = author_names(ctx, voiced)
    text = ctx.text
    for b, block in enumerate(ctx.blocks):
        calls, cues, sc = _calls(block.lang), lang_cues(block.lang), structure_cues(block.lang)
        if calls is None or cues is None or sc is None:
            continue
        for s, e in ctx.sentences[b]:
            para = max(block.start, text.rfind("\n", block.start, s) + 1)
            for verb in calls.verb.finditer(text, s, e):
                actors = _caller(ctx, b, cues, s, e, verb, voiced, names)
                if not actors or in_quotes(text, para, verb.start()) or blocked(ctx, sc, s, e, verb.start()):
                    continue
                read = _called(ctx, refs, cues, calls, verb.end(), e)
                if read is None:
                    continue
                polarity, resolved, hi = read
                if resolved.reference:
                    extra.append(resolved.reference)
                out += take(ctx, cues, s, e, (s, hi), polarity, resolved, actors, _TRUST, "authors_voice_call", warnings)
                break
    return out, extra


def _caller(ctx: DocContext, b: int, cues: LangCues, s: int, e: int, verb: re.Match, voiced: tuple[ActorRef, ...],
            names: list) -> tuple[ActorRef, ...]:
    """The authors when the verb of calling is theirs: their "we" (before the verb, or right
    after it in a verb-second clause), their name, or a first-person plural verb opening the
    clause; else nothing."""
    text = ctx.text
    lead = text[s : verb.start()]
    if any(c in lead for c in "\"“”„«»"):
        return ()
    for a, z in we_subjects(ctx, b, cues, s, e, voiced):
        if a < z <= verb.start() and cues.only_fillers(text[z : verb.start()]) and _opens(cues, text[s:a]):
            return voiced
    for a, z, actor in named_author_subjects(ctx, b, s, verb.start(), names):
        if cues.only_fillers(text[z : verb.start()]) and _opens(cues, text[s:a]):
            return (actor,)
    if not _opens(cues, lead) and not (cues.lang in _VERB_SECOND and len(_WORD.findall(lead)) <= 2 and not any(c in lead for c in ",;:")):
        return ()  # verb-second: one adverb before the verb, "we" after it ("Daher fordern wir")
    after = re.match(r"\s+", text[verb.end() :])
    if cues.we is not None and cues.we.match(text, verb.end() + (after.end() if after else 0)):
        return voiced  # "Daher fordern wir den Rat auf, ..."
    if verb.group().split()[0].casefold().endswith(_FIRST_PLURAL.get(cues.lang, ())):
        return voiced  # "Pedimos al Consejo que ...": the verb's ending is the subject
    return ()


def _opens(cues: LangCues, lead: str) -> bool:
    """Whether ``lead`` (the sentence before the caller) holds only fillers or connectives."""
    lead = lead.strip(" \t\n-–—•*")
    return not lead or (cues.only_fillers(lead) and not any(c in lead for c in ",;:"))


def _called(ctx: DocContext, refs: list[Reference], cues: LangCues, calls: _Calls, at: int, e: int
            ) -> tuple[str, Resolved, int] | None:
    """(polarity, target, end of the stance's span) of the clause the verb of calling
    governs from ``at``: the addressee, the marker, the infinitive and its act."""
    text = ctx.text
    for marker in calls.marker.finditer(text, at, min(e, at + 160)):
        addressee = text[at : marker.start()]
        if len(_WORD.findall(addressee)) > _ADDRESSEE_WORDS or any(c in addressee for c in ".;:!?()[]\n"):
            return None
        if not calls.final and "," in addressee:
            return None
        if calls.final:
            stop = re.search(r"[.;:!?]|,(?!\d)", text[marker.end() : e])
            clause_end = marker.end() + stop.start() if stop else e
            pred = None
            for p in calls.predicate.finditer(text, marker.end(), clause_end):
                pred = p  # the infinitive closing the clause
            if pred is None or text[pred.end() : clause_end].strip():
                continue
            resolved = resolve_target(ctx, refs, [(marker.end(), pred.start())])
            if resolved is None or len(_WORD.findall(text[resolved.end : pred.start()])) > 2:
                continue
            return ("support" if pred.group("s") else "oppose"), resolved, pred.end()
        pred = calls.predicate.search(text, marker.end(), min(e, marker.end() + 40))
        if pred is None or len(_WORD.findall(text[marker.end() : pred.start()])) > 2 or any(c in text[marker.end() : pred.start()] for c in ",;:"):
            continue
        resolved = resolve_target(ctx, refs, [(pred.end(), e)])
        if resolved is not None:
            gap = text[pred.end() : resolved.start]
            if len(_WORD.findall(gap)) > _BETWEEN_WORDS or any(c in gap for c in ",;:.!?"):
                resolved = None
        if resolved is None and cues.act_noun_after(text, pred.end(), e):
            resolved = document_act(ctx, refs, pred.start())  # "to reject the proposal": the document's act
        if resolved is None:
            return None
        return ("support" if pred.group("s") else "oppose"), resolved, max(pred.end(), resolved.end)
    return None
