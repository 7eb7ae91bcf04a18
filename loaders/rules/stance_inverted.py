"""Verb-second inversion: "Am Montag lehnte Deutschland X ab", "Maandag verwierp Nederland
X", "Nu stöder Finland X", "I dag støtter Danmark X".

In German, Dutch, Swedish and Danish main clauses the finite verb comes second: when an
adverb or a prepositional phrase opens the sentence, the subject follows the verb. The
inversion is read only when what opens the sentence is one of the language's adverbs
(``inversion.adverbs`` in stances.yaml) or a phrase opened by one of its prepositions
(``inversion.prepositions``) holding no actor and no comma, so "Die Kommission kritisiert
Deutschland" (a subject first, the state its object) is never read as Germany's stance.
The subject right after the verb must be a list of states named in the nominative, a
state organ, a capital, a curated organisation or institution, a party or a titled person,
with no state between it and the target ("Am Montag kritisierte die Kommission Deutschland
wegen X" gives the Commission nothing).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Callable

from core.model import Reference, Stance, Warning_
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.stance_postposed import postposed_stances
from loaders.rules.stance_reported import cued_sentences
from loaders.rules.stance_targets import document_act, resolve_target

# Who may stand right after the verb as its subject: names that are never an object
# there after an opening adverbial (a list of states in the nominative, a state organ, a
# capital, a curated organisation or institution, a party, a titled person).
_SUBJECTS = frozenset({"state_list", "state_organ", "demonym_organ", "capital", "organisation", "institution", "party", "person"})
_SUBJECT_REACH = 30  # the subject starts this close after the verb ("lehnte auch Deutschland")
_LEAD_WORDS = 6  # an opening prepositional phrase of at most this many words


def _opens_with_adverbial(text: str, spec: dict, s: int, verb: int) -> bool:
    lead = text[s:verb].strip(" \t\"'„“”«»")
    if not lead or any(c in lead for c in ",;:()[]\n"):
        return False
    words = lead.split()
    first = words[0].casefold()
    if len(words) == 1 and first in spec["adverbs"]:
        return True
    return first in spec["prepositions"] and len(words) <= _LEAD_WORDS


def inverted_stances(ctx: DocContext, refs: list[Reference], subjects: Callable, warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    """Verb-second inversion, and subjects that follow their predicate and close the
    clause (stance_postposed.py)."""
    out, extra = postposed_stances(ctx, refs, subjects, warnings)
    for b, cues, s, e in cued_sentences(ctx, "predicate"):
        spec = _spec(cues.lang)
        if spec is None:
            continue
        pol = cues.polarity_at(ctx.text, s, e)
        if pol is None:
            continue
        kind, cue = cues.chained(ctx.text, *pol, e)
        if not _opens_with_adverbial(ctx.text, spec, s, cue.start()) or subjects(ctx, b, cues, s, cue.start()):
            continue
        verb_end = cue.start() + len(ctx.text[cue.start() : cue.end()].split()[0])
        found = [x for x in subjects(ctx, b, cues, verb_end, e) if x.how in _SUBJECTS and x.actors]
        if not found:
            continue
        subj = found[0]
        if subj.start - verb_end > _SUBJECT_REACH or not cues.only_fillers(ctx.text[verb_end : subj.start]):
            continue
        if any(m.method != "exact" for m in subj.states):
            continue  # not the nominative: the state is an object ("unterstützt Deutschlands Plan")
        if ctx.text.startswith(("s ", "'s ", "’s "), subj.end):
            continue  # a genitive: "unterstützt Amnesty Internationals Aufruf" is no subject
        resolved = resolve_target(ctx, refs, [(subj.end, e)])
        if resolved is None and cues.act_noun_after(ctx.text, subj.end, e):
            resolved = document_act(ctx, refs, cue.start())
        if resolved is None:
            continue
        if resolved.start > subj.end and any(m.iso2 and not m.weak for m in ctx.states_in(b, subj.end, resolved.start)):
            continue  # "kritisierte die Kommission Deutschland wegen X": the state is the object
        if resolved.start > subj.end and not cues.only_fillers(ctx.text[subj.end : resolved.start]):
            continue  # the target is the verb's object right after its subject, not a noun's complement
        if cues.negation_in(ctx.text, s, min(e, max(cue.end() + 15, resolved.end + 8)), cue):
            continue
        source = cues.attribution.search(ctx.text, s, cue.start()) if cues.attribution is not None else None
        if source is not None and cues.anonymous_sources is not None and cues.anonymous_sources.search(ctx.text, source.end(), cue.start()):
            warnings.append(Warning_(code="low_confidence", start=s, end=e,
                                     message=f"stance attributed to an anonymous source, not taken: {ctx.text[s:e][:120]!r}"))
            continue
        hedged = cues.hedge.search(ctx.text, s, max(cue.end(), resolved.start)) if cues.hedge is not None else None
        if hedged:
            warnings.append(Warning_(code="low_confidence", start=s, end=e,
                                     message=f"hedged stance not taken ({hedged.group()!r}): {ctx.text[s:e][:120]!r}"))
            continue
        if resolved.how == "contrary_measure":
            kind = "oppose" if kind == "support" else "support"
        if resolved.reference:
            extra.append(resolved.reference)
        conf = min(0.8, resolved.confidence - 0.05) * 0.9
        for actor in subj.actors:
            out.append(Stance(actor=actor, stance=kind, target=resolved.target,
                              evidence=evidence(ctx, s, e, conf, f"stances.{subj.how}_cue+inverted+{resolved.how}")))
    return out, extra


@lru_cache(maxsize=None)
def _spec(lang: str) -> dict | None:
    spec = (load_yaml("stances.yaml")["languages"].get(lang) or {}).get("inversion")
    if not spec:
        return None
    return {"adverbs": frozenset(str(w).casefold() for w in spec["adverbs"]),
            "prepositions": frozenset(str(w).casefold() for w in spec["prepositions"])}
