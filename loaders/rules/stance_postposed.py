"""Stances whose subject follows the predicate and closes the clause: a fronted vote
("Przeciwko ustawie głosowały Polska i Węgry", "Gegen die Verordnung stimmten Polen und
Ungarn", "Dagegen stimmten ...", "Contro la legge hanno votato Polonia e Ungheria", "Przeciw
zagłosowały trzy państwa: A, B i C") in every language of data/stance_postposed.yaml, and,
where the grammar lets a subject follow its verb and object (Romance and Slavic), a
predicate with its object and then the subject ("Apoyaron la ley Francia y Alemania",
"Ustawę poparły Polska i Węgry").

Read only when nothing before the predicate can be its subject, the subject ends the
sentence, and only the target, articles, fillers and a counted label ("trzy państwa:",
matching the list's length) stand between; a name after a preposition ("by", "of", "against")
or not in the nominative is an object or an agent, never this subject. A state inside the
vote's object ("against Germany") is what the vote is about, never an actor.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from core.model import Reference, Stance, Warning_
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import Cue, LangCues, lang_cues
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_lexicon import WORD
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_subjects import subject_ok
from loaders.rules.stance_targets import Resolved, document_act, resolve_target

# Who may stand as the postposed subject (never a person or a pronoun: those are too often
# an apposition or a quote's speaker after a verb).
_SUBJECTS = frozenset({"state_list", "state_organ", "demonym_organ", "organisation", "party"})
_LEAD_WORDS = 5  # at most this many words before a fronted vote ("Poza Czechami", "Am Ende")
_OBJECT_CHARS = 90  # a fronted vote's object (between its preposition and the verb)
_LABEL_WORDS = 4  # "trzy państwa:", "two other states:" before the listed subject
_END = " \t\"'”»’).!…"


@dataclass(frozen=True)
class _Spec:
    vote: re.Pattern[str]
    fronted: re.Pattern[str]  # named groups o / s: the vote's preposition at a position
    postposed: bool
    adverbial: re.Pattern[str] | None  # "en contra", "a favor" closing a vote: no object follows


@lru_cache(maxsize=None)
def _spec(lang: str) -> _Spec | None:
    spec = load_yaml("stance_postposed.yaml").get(lang)
    if not spec:
        return None

    def alt(words) -> str:
        return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    return _Spec(
        vote=re.compile(rf"(?<![^\W\d_])(?:{'|'.join(map(str, spec['vote']))})(?![^\W\d_])", re.IGNORECASE),
        fronted=re.compile(rf"(?<![^\W\d_])(?:(?P<o>{alt(spec['against'])})|(?P<s>{alt(spec['for'])}))(?![^\W\d_])", re.IGNORECASE),
        postposed=bool(spec.get("postposed")),
        adverbial=re.compile(rf"(?<![^\W\d_])(?:{alt(spec['adverbial'])})$", re.IGNORECASE) if spec.get("adverbial") else None,
    )


def postposed_stances(ctx: DocContext, refs: list[Reference], subjects: Callable, warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, block in enumerate(ctx.blocks):
        spec, cues, sc = _spec(block.lang), lang_cues(block.lang), structure_cues(block.lang)
        if spec is None or cues is None:
            continue
        for s, e in ctx.sentences[b]:
            read = _fronted_vote(ctx, refs, b, cues, spec, subjects, s, e)
            if read is None and spec.postposed:
                read = _verb_first(ctx, refs, b, cues, spec, subjects, s, e)
            if read is None:
                continue
            kind, cue, resolved, fronted = read
            closed = spec.adverbial is not None and spec.adverbial.search(ctx.text[cue.start() : cue.end()]) is not None
            subj = _postposed_subject(ctx, b, cues, subjects, s, e, cue.end(), resolved, closed, fronted)
            if subj is None or (sc is not None and blocked(ctx, sc, s, e, subj.start)):
                continue
            if resolved.reference:
                extra.append(resolved.reference)
            out += take(ctx, cues, s, e, (s, max(cue.end(), resolved.end)), kind, resolved, subj.actors, 0.9,
                        f"{subj.how}_cue+postposed", warnings, cue=cue)
    return out, extra


def _lead_ok(ctx: DocContext, b: int, cues: LangCues, subjects: Callable, s: int, at: int, most: int | None) -> bool:
    """Whether what stands before the predicate holds no subject of it: no actor that may
    be a subject there (a genitive or a prepositional phrase, "Poza Czechami", may stand)."""
    lead = ctx.text[s:at]
    if most is not None and len(WORD.findall(lead)) > most:
        return False
    for subj in subjects(ctx, b, cues, s, at):
        if subject_ok(cues, ctx.text[s : subj.start], subj):
            return False
    return True


def _fronted_vote(ctx: DocContext, refs: list[Reference], b: int, cues: LangCues, spec: _Spec, subjects: Callable, s: int, e: int):
    """(polarity, cue, target) of "<against|for> [its object] <vote>" opening the sentence."""
    text = ctx.text
    for m in spec.fronted.finditer(text, s, min(e, s + 80)):
        if len(WORD.findall(text[s : m.start()])) > _LEAD_WORDS or any(c in text[s : m.start()] for c in ";:()"):
            return None
        v = spec.vote.search(text, m.end(), min(e, m.end() + _OBJECT_CHARS))
        if v is None or any(c in text[m.end() : v.start()] for c in ",;:[]\"“”«»"):
            continue
        if any(x.iso2 and not x.weak for x in ctx.states_in(b, m.end(), v.start())):
            return None  # "gegen Deutschland stimmten ...": a state the vote is about, never the voter
        if not _lead_ok(ctx, b, cues, subjects, s, m.start(), _LEAD_WORDS):
            return None
        kind = "oppose" if m.lastgroup == "o" else "support"
        obj = text[m.end() : v.start()]
        if obj.strip():
            resolved = resolve_target(ctx, refs, [(m.end(), v.start())])
            if resolved is None and cues.act_noun_after(text, m.end(), v.start()):
                resolved = document_act(ctx, refs, m.start())
        else:
            resolved = document_act(ctx, refs, m.start())  # "Dagegen stimmten A und B": the document's act
        if resolved is None:
            return None
        return kind, Cue(m.start(), v.end()), resolved, True
    return None


def _verb_first(ctx: DocContext, refs: list[Reference], b: int, cues: LangCues, spec: _Spec, subjects: Callable, s: int, e: int):
    """(polarity, cue, target) of a predicate with nothing before it that may be its
    subject, its target read after it (or, in a language with noun cases, before it:
    "Ustawę poparły Polska i Węgry"); a vote closed by an adverb ("votaron en contra") is
    about the document's act."""
    pol = cues.polarity_at(ctx.text, s, e)
    if pol is None:
        return None
    kind, cue = cues.chained(ctx.text, *pol, e)
    if not _lead_ok(ctx, b, cues, subjects, s, cue.start(), None):
        return None
    if any(c in ctx.text[s : cue.start()] for c in ";:()[]"):
        return None
    if any(w.casefold() in cues.complementisers for w in WORD.findall(ctx.text, s, cue.start())):
        return None  # "los países que apoyan X son A y B": the verb is a relative clause's
    resolved = resolve_target(ctx, refs, [(cue.end(), e)])
    if resolved is None and cues.act_noun_after(ctx.text, cue.end(), e):
        resolved = document_act(ctx, refs, cue.start())
    if resolved is None and morphology(cues.lang).noun_cases:
        lead = ctx.text[s : cue.start()]
        resolved = resolve_target(ctx, refs, [(s, cue.start())])
        if resolved is None and lead.strip() and cues.act_noun_after(ctx.text, s, cue.start()):
            resolved = document_act(ctx, refs, cue.start())
        if resolved is None and not lead.strip():
            resolved = document_act(ctx, refs, cue.start())  # "Przeciw głosowały Polska i Węgry."
    elif resolved is None and spec.adverbial is not None and spec.adverbial.search(ctx.text[cue.start() : cue.end()]):
        resolved = document_act(ctx, refs, cue.start())  # "Votaron en contra Polonia y Hungría."
    if resolved is None:
        return None
    return kind, cue, resolved, False


def _postposed_subject(ctx: DocContext, b: int, cues: LangCues, subjects: Callable, s: int, e: int, cue_end: int, resolved: Resolved,
                       closed: bool, fronted: bool):
    """The subject that closes the sentence after the predicate (and its target), with
    nothing else between: articles, fillers, the target, a counted label before a colon.
    ``closed``: the predicate ends with an adverb of voting ("en contra"), which is no
    preposition governing the name after it. After a verb that is not a fronted vote only
    articles may stand between the act and the subject (no copula: "... X son A y B")."""
    found = [x for x in subjects(ctx, b, cues, cue_end, e) if x.how in _SUBJECTS and x.actors]
    if not found:
        return None
    subj = max(found, key=lambda x: (x.end, -x.start))  # the longest subject ending last
    if ctx.text[subj.end : e].strip(_END):
        return None  # the subject must close the sentence
    if ctx.text.startswith(("s ", "'s ", "’s "), subj.end):
        return None
    if subj.how == "state_list" and any(m.method != "exact" or m.weak for m in subj.states):
        return None  # not the nominative: an object or a genitive
    lo = resolved.end if cue_end <= resolved.start < subj.start else cue_end
    if resolved.start > subj.start:
        return None
    gap = ctx.text[lo : subj.start]
    if any(x.iso2 and not x.weak and x.start < subj.start for x in ctx.states_in(b, lo, subj.start)):
        return None  # another state between: the predicate's object
    if not _gap_ok(cues, gap, subj):
        return None
    if not fronted and any(w.casefold() not in morphology(cues.lang).articles for w in WORD.findall(gap)):
        return None
    if not subject_ok(cues, ctx.text[cue_end if closed else s : subj.start], subj):
        return None  # "criticised by France", "the law of France", "against France"
    return subj


@lru_cache(maxsize=None)
def _label_nouns(lang: str) -> re.Pattern[str] | None:
    """The collective nouns of ``lang`` ("countries", "kraje"; ``anaphora.nouns`` in
    stances.yaml) ending a label."""
    nouns = ((load_yaml("stances.yaml")["languages"].get(lang) or {}).get("anaphora") or {}).get("nouns")
    if not nouns:
        return None
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(map(str, nouns), key=len, reverse=True))})$", re.IGNORECASE)


def _gap_ok(cues: LangCues, gap: str, subj) -> bool:
    """Fillers and articles only, or a counted label before a colon ("trzy państwa:")
    whose number, if any, is the number of listed states."""
    if ":" in gap:
        label, _, rest = gap.rpartition(":")
        if rest.strip() or any(c in label for c in ",;()[]"):
            return False
        words = WORD.findall(label)
        nouns = _label_nouns(cues.lang)
        if not words or len(words) > _LABEL_WORDS or nouns is None or not nouns.search(label.rstrip()):
            return False
        numbers = [n for n in (cues.number(w) for w in words) if n is not None]
        return not numbers or numbers == [len(subj.actors)]
    if any(c in gap for c in ",;()[]"):
        return False
    return cues.only_fillers(gap)
