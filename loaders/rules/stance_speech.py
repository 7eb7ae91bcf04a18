"""Reporting frames: "Germany said (that) it opposes X", "La France a déclaré qu'elle
s'oppose à X", "España ha dicho que apoya X", "Deutschland erklärte, es lehne X ab",
"Sverige meddelade att man stöder X".

News reports a position through a verb of saying whose subject is the actor and whose
reported clause states the position with a pronoun standing for that subject (or, in
pro-drop languages, no pronoun at all). Here the reported clause's pronoun (or the point
right after the complementiser) becomes a subject standing for the actors of the verb of
saying, and the verb rule (stances.py) reads the reported clause as it reads any clause:
its predicate, target, negation and hedges. The frame holds only when
- the subject of the verb of saying is one the verb rule reads, with only fillers between
  it and the verb (loaders/data/stance_speech.yaml lists assertive verbs of saying only:
  "denied that it opposes" is no frame);
- between the verb and the reported clause stand at most a few words, none of them a
  state, a predicate or a negation ("did not say", "told France it": another candidate);
- the reported clause opens with the complementiser (left out only where the language
  allows it) and a third-person pronoun, or nothing in a pro-drop language: "said that
  France opposes X" is France's own clause, read as such;
- the reported clause names its target (a cited act or a curated description): its "the
  deal", "the proposal" or "it" is the speaker's word and is not read as the document's act
  or the act of the sentence before (stances.py ``_NAMED_TARGET_ONLY``);
- the sentence is no question.
In verb-second languages (de nl sv da) the subject may follow the verb of saying after an
opening adverbial ("Am Montag erklärte Berlin, es ...").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable

from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues

_WORD = re.compile(r"[^\W\d_]+")
_BETWEEN_WORDS = 5  # "said in a statement on Monday that": words between the verb and the clause


@lru_cache(maxsize=None)
def _spec(lang: str) -> dict | None:
    spec = load_yaml("stance_speech.yaml").get(lang)
    if not spec:
        return None
    verbs = "|".join(f"(?:{v})" for v in spec["verbs"])
    return {
        "verb": re.compile(rf"(?<![^\W\d_])(?:{verbs})(?![^\W\d_])", re.IGNORECASE),
        "pronouns": frozenset(str(p).casefold() for p in spec["pronouns"]),
        "pro_drop": bool(spec.get("pro_drop")),
        "bare": bool(spec.get("bare")),
        "elided": frozenset(str(w).casefold() for w in spec.get("elided") or ()),
        "v2": bool(spec.get("v2")),
    }


def speech_verb(lang: str, text: str) -> bool:
    """Whether ``text`` holds one of the language's verbs of saying."""
    spec = _spec(lang)
    return spec is not None and spec["verb"].search(text) is not None


def _reported_clause(text: str, cues: LangCues, spec: dict, at: int, e: int) -> tuple[int, int] | None:
    """Where the reported clause's subject stands after the verb of saying ending at ``at``:
    the pronoun's span, or an empty span right after the complementiser (pro-drop)."""
    words = list(_WORD.finditer(text, at, min(e, at + 120)))
    for n, w in enumerate(words[: _BETWEEN_WORDS + 2]):
        word = w.group().casefold()
        between = text[at : w.start()]
        if any(c in between for c in ".;:!?()[]\n\"“”«»„"):
            return None
        elided = word in spec["elided"] and text[w.end() : w.end() + 1] in "'’"
        if word in cues.complementisers or elided:
            if "," in between.rstrip(" ,"):
                return None  # "said, after France had ..., that": an inserted clause
            nxt = words[n + 1] if n + 1 < len(words) else None
            if nxt is not None and nxt.group().casefold() in spec["pronouns"] and not text[w.end() : nxt.start()].strip(" '’"):
                return nxt.start(), nxt.end()
            return (w.end(), w.end()) if spec["pro_drop"] else None
        if spec["bare"] and word in spec["pronouns"] and not between.strip(" ,"):
            return w.start(), w.end()  # "said it opposes", "erklärte, es lehne"
        if n >= _BETWEEN_WORDS:
            return None
    return None


def _subject_before(text: str, cues: LangCues, found: list, s: int, verb: int, subject_ok: Callable):
    """The subject right before a verb of saying (only fillers between), if one stands there."""
    before = [x for x in found if x.end <= verb]
    if not before:
        return None
    subj = max(before, key=lambda x: (x.end, -x.start))
    if not cues.only_fillers(text[subj.end : verb]) or not subject_ok(cues, text[s : subj.start], subj):
        return None
    return subj


def _subject_after(text: str, cues: LangCues, found: list, s: int, verb: int, verb_end: int, subject_ok: Callable):
    """Verb-second order: the subject right after a verb of saying that an opening
    adverbial (no comma, no actor) pushed into second place; a verb opening the sentence
    asks a question or is an imperative."""
    lead = text[s:verb].strip(" \t\"'„“”«»")
    if not lead or any(c in lead for c in ",;:()[]\n") or any(x.start < verb for x in found):
        return None
    after = [x for x in found if x.start >= verb_end]
    if not after:
        return None
    subj = min(after, key=lambda x: (x.start, -x.end))
    if subj.start - verb_end > 30 or not cues.only_fillers(text[verb_end : subj.start]):
        return None
    if subj.how == "state_list" and any(m.method != "exact" for m in subj.states):
        return None  # not the nominative: the state is an object
    return subj


def speech_subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int, subjects: Callable,
                    subject_ok: Callable) -> list[tuple[int, int, object]]:
    """(start, end, subject of the verb of saying) for each reported clause of
    ``text[s:e]`` whose subject stands for the subject of a verb of saying."""
    spec = _spec(cues.lang)
    if spec is None or not cues.complementisers:
        return []
    text = ctx.text
    if text[s:e].rstrip().rstrip("»”\"'’)").endswith("?"):
        return []  # "Did Germany say it opposes X?"
    out = []
    found = None
    for v in spec["verb"].finditer(text, s, e):
        if found is None:
            found = [x for x in subjects(ctx, b, cues, s, e) if x.actors]
        subj = _subject_before(text, cues, found, s, v.start(), subject_ok)
        after = v.end()
        if subj is None and spec["v2"]:
            subj = _subject_after(text, cues, found, s, v.start(), v.end(), subject_ok)
            after = subj.end if subj is not None else after
        if subj is None:
            continue
        clause = _reported_clause(text, cues, spec, after, e)
        if clause is None:
            continue
        gap = (min(subj.end, v.end()), clause[0])
        if any(m.iso2 and not (subj.start <= m.start < subj.end) for m in ctx.states_in(b, *gap)) or any(
                gap[0] < x.start < clause[0] and not (subj.start <= x.start < subj.end) for x in found):
            continue  # "told France it opposes": the pronoun may stand for either
        if cues.negation is not None and cues.negation.search(text, *gap):
            continue  # "did not say that it opposes"
        out.append((clause[0], clause[1], subj))
    return out
