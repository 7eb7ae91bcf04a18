"""Evaluations in the authors' own voice: "Regulation X is a major step forward", "The
proposal falls short", "Die Verordnung ist ein Rückschritt", "La propuesta supone un
retroceso".

A statement's authors judge an act in sentences whose subject is the act itself. In their
own statement (stance_voice.speaks_for_authors: never news, where the judgement is a
journalist's) such a judgement is the authors' stance. The subject must be the act: an act
cited or named right before the evaluation (only a few lowercase words or act nouns before
it, "The provisional agreement on X"), or a definite act noun opening the sentence ("The
proposal", "Der Entwurf") standing for the document's one act. Not read: a sentence
inside quotation marks (someone quoted, who may be anyone), one holding a verb of saying
or an attribution ("the Commission says X is a step forward": someone else's view), one
whose subject is something else about the act (its amendments, the Council's position on
it, a report: stance_discourse ``rivals``), a question, a condition, a negation or a hedge
before the evaluation. Phrases per language in loaders/data/stance_voice.yaml
(``evaluations``).
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Author, Reference, Stance, Warning_
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues, lang_cues
from loaders.rules.stance_discourse import determiners, rival_referent
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_pronouns import saying_verbs
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_targets import Resolved, document_act, resolve_target
from loaders.rules.stance_voice import speaks_for_authors, voiced_authors

_WORD = re.compile(r"[^\W\d_]+")
_LEAD_WORDS = 5  # "The new political agreement on": words before the act the subject names
_GAP_WORDS = 3  # "Regulation X as adopted today is ...": words between the act and the evaluation
_TRUST = 0.8
_QUOTES = "\"“”„«»"


@lru_cache(maxsize=None)
def _links(lang: str) -> frozenset[str]:
    spec = (load_yaml("stance_voice.yaml").get("evaluations") or {}).get(lang) or {}
    return frozenset(str(w).casefold() for w in spec.get("links") or ())


@lru_cache(maxsize=None)
def _phrases(lang: str) -> re.Pattern[str] | None:
    spec = (load_yaml("stance_voice.yaml").get("evaluations") or {}).get(lang)
    if not spec:
        return None
    s = "|".join(f"(?:{p})" for p in spec.get("support") or ())
    o = "|".join(f"(?:{p})" for p in spec.get("oppose") or ())
    return re.compile(rf"(?<![^\W\d_])(?:(?P<s>{s})|(?P<o>{o}))(?![^\W\d_])", re.IGNORECASE)


def voiced_evaluations(ctx: DocContext, refs: list[Reference], authors: list[Author], kind: str | None,
                       warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    """The authors' stances stated as judgements of an act, in their own statements."""
    out: list[Stance] = []
    extra: list[Reference] = []
    voiced = voiced_authors(authors)
    if not speaks_for_authors(kind) or not voiced:
        return out, extra
    text = ctx.text
    for b, block in enumerate(ctx.blocks):
        rx, cues, sc = _phrases(block.lang), lang_cues(block.lang), structure_cues(block.lang)
        if rx is None or cues is None or sc is None:
            continue
        saying = saying_verbs(block.lang)
        for s, e in ctx.sentences[b]:
            m = rx.search(text, s, e)
            if m is None or _reported(ctx, b, cues, saying, s, e) or blocked(ctx, sc, s, e, m.start()):
                continue
            resolved = _subject_act(ctx, refs, cues, s, m.start())
            if resolved is None:
                continue
            if resolved.reference:
                extra.append(resolved.reference)
            polarity = "support" if m.group("s") else "oppose"
            # the negation and hedge checks stop at the phrase: "nie do przyjęcia" holds its own "nie"
            out += take(ctx, cues, s, e, (s, m.start()), polarity, resolved, voiced, _TRUST, "authors_voice_evaluation", warnings)
    return out, extra


def _reported(ctx: DocContext, b: int, cues: LangCues, saying: re.Pattern[str] | None, s: int, e: int) -> bool:
    """Whether the sentence reports someone: a quotation mark in its paragraph up to its
    end, a verb of saying, or an attribution ("according to")."""
    text = ctx.text
    para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
    if any(q in text[para:e] for q in _QUOTES):
        return True
    if saying is not None and saying.search(text, s, e):
        return True
    return cues.attribution is not None and cues.attribution.search(text, s, e) is not None


def _subject_act(ctx: DocContext, refs: list[Reference], cues: LangCues, s: int, at: int) -> Resolved | None:
    """The act the evaluation at ``at`` judges, standing as its subject, or None."""
    text = ctx.text
    lang = cues.lang
    rival = rival_referent(text, lang, s, at)
    if rival:
        return None  # "The Council's amendments to X are a step back": the amendments are judged
    resolved = resolve_target(ctx, refs, [(s, at)])
    if resolved is not None:
        lead, gap = text[s : resolved.start], text[resolved.end : at]
        # where the language lists no rival nouns, no other noun may head the subject
        others = 1 if rival is False else 0
        if resolved.end > at or not _plain(cues, lead, _LEAD_WORDS, others) or not _plain(cues, gap, _GAP_WORDS, others=2):
            return None
        if resolve_target(ctx, refs, [(resolved.end, at)]) is not None:
            return None  # two acts before the evaluation
        return resolved
    words = list(_WORD.finditer(text, s, at))
    nouns = [i for i, w in enumerate(words[:4]) if cues.act_nouns is not None and cues.act_nouns.fullmatch(w.group())]
    if not nouns:
        return None
    i = nouns[0]
    dets, bare = determiners(lang)
    if not (bare or (i >= 1 and words[i - 1].group().casefold() in dets) or (i >= 2 and words[i - 2].group().casefold() in dets)):
        return None  # "a proposal" is something new, not the document's act
    if not _plain(cues, text[s : words[i].start()], 3) or not _plain(cues, text[words[i].end() : at], _GAP_WORDS, others=2):
        return None
    return document_act(ctx, refs, s)


def _plain(cues: LangCues, span: str, most: int, others: int = 1) -> bool:
    """Whether ``span`` holds at most ``most`` words, no punctuation but a leading
    connective's comma, and nothing that may be an actor or a verb: articles, determiners,
    act nouns, the words linking an act noun to its act ("on", "über"), at most ``others``
    other lowercase words (an adjective: "the provisional agreement") and a connective
    opening the sentence ("However,"). "The Commission believes X" and "the minister
    thinks X" are someone else's view."""
    words = _WORD.findall(span)
    if len(words) > most or any(c in span for c in ";:()[]!?\n") or span.count(",") > 1:
        return False
    if "," in span and not cues.only_fillers(span.split(",")[0]):
        return False
    articles = morphology(cues.lang).articles
    dets, _ = determiners(cues.lang)
    links = _links(cues.lang) | cues.of
    for k, w in enumerate(words):
        low = w.casefold()
        if low in articles or low in dets or low in links or (cues.act_nouns is not None and cues.act_nouns.fullmatch(w)):
            continue
        if k == 0 and cues.only_fillers(w):
            continue  # "However", "Indeed" opening the sentence
        if w[:1].islower() and others > 0:
            others -= 1
            continue
        return False
    return True
