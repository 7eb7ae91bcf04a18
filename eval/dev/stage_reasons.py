"""Why the verb structure (loaders/rules/stances.py ``direct_stances``) gives no stance for
a sentence holding an actor, a resolved target and a predicate cue.

The verb rule's own clause reading (stances._clause, from every start stance_clauses
tries) is asked first; when it gives nothing, its checks are asked one at a time in its
order, from the subject's end, for the subjects standing for the expected actor, and the
first that fails is the reason (a simplification: verb-final targets, brackets and
relative clauses are the rule's, not these checks'). Used by
``python -m eval.dev.stages --misses`` on the dev split only.
"""

from __future__ import annotations

from typing import Callable


def _reading(ctx, refs, b: int, cues, s: int, e: int, subj) -> str | None:
    """What the verb rule itself reads for ``subj`` (every start it tries), if anything."""
    from loaders.rules import stances as st
    from loaders.rules.stance_clauses import predicate_starts

    for at in predicate_starts(ctx, b, cues, subj.end, e):
        read = st._clause(ctx, refs, b, cues, s, e, subj, at, [])
        if read is st._STOP:
            return "a hedge or an anonymous source (warning, no stance)"
        if read is not None:
            kind, resolved = read
            return f"{kind} of {resolved.target.ref} ({resolved.how}); not the expected stance"
    return None


def why_not(ctx, refs, b: int, s: int, e: int, is_actor: Callable) -> str:
    """A short reason naming the first check of the verb rule that the sentence fails."""
    from loaders.rules import stances as st
    from loaders.rules.stance_subjects import subject_ok, subjects
    from loaders.rules.stance_cues import lang_cues
    from loaders.rules.stance_targets import resolve_target

    cues = lang_cues(ctx.blocks[b].lang)
    if cues is None:
        return "no cues for the language"
    text = ctx.text
    first = cues.polarity_at(text, s, e)
    subjects = [x for x in st._pronoun(ctx, b, cues, s, e) + subjects(ctx, b, cues, s, e) if any(is_actor(a) for a in x.actors)]
    if not subjects:
        return "actor only among the document's authors"
    reasons = []
    for subj in subjects:
        tag = f"{subj.how}@{text[subj.start:subj.end]!r}"
        if first is not None and first[1].end() <= subj.start:
            reasons.append(f"{tag}: cue {text[first[1].start():first[1].end()]!r} before the subject")
            continue
        if not subj.via_anaphor and not subject_ok(cues, text[s : subj.start], subj):
            reasons.append(f"{tag}: not a subject after {' '.join(text[max(s, subj.start - 25):subj.start].split())!r}")
            continue
        reading = _reading(ctx, refs, b, cues, s, e, subj)
        if reading is not None:
            reasons.append(f"{tag}: the verb rule reads {reading}")
            continue
        pol = cues.polarity_at(text, subj.end, min(e, subj.end + st._CUE_REACH))
        if pol is None:
            reasons.append(f"{tag}: no cue within reach after the subject")
            continue
        kind, cue = cues.chained(text, *pol, e)
        gap = text[subj.end : cue.start()]
        if not cues.only_fillers(gap):
            before = resolve_target(ctx, [], [(subj.end, cue.start())])
            reasons.append(f"{tag}: gap {' '.join(gap.split())[:90]!r} before {text[cue.start():cue.end()]!r}"
                           + (" (a target inside)" if before else ""))
            continue
        resolved = resolve_target(ctx, refs, [(cue.start(), e)])
        if resolved is None:
            reasons.append(f"{tag}: cue {text[cue.start():cue.end()]!r} {kind}, no target after it")
            continue
        if resolved.start > cue.end() and cues.polarity_at(text, cue.end(), resolved.start):
            reasons.append(f"{tag}: another cue between {text[cue.start():cue.end()]!r} and the target")
            continue
        if any(m.iso2 and not m.weak for m in ctx.states_in(b, cue.end(), resolved.start)):
            reasons.append(f"{tag}: a state between the cue and the target")
            continue
        neg = cues.negation_in(text, subj.end, min(e, max(cue.end() + 15, resolved.start, resolved.end + 8)), cue)
        if neg:
            reasons.append(f"{tag}: negation {neg.group()!r}")
            continue
        if cues.hedge and cues.hedge.search(text, s, max(cue.end(), resolved.start)):
            reasons.append(f"{tag}: hedge {cues.hedge.search(text, s, max(cue.end(), resolved.start)).group()!r}")
            continue
        reasons.append(f"{tag}: passes the verb checks as {kind} of {resolved.target.ref} ({resolved.how})")
    return "; ".join(reasons)
