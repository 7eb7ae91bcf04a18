"""Stances stated by a noun: "France's opposition to X", "German support for X",
"l'opposition française à X", "la oposición de Francia y Alemania a X", "der Widerstand
Polens gegen X", "sprzeciw Polski wobec X", "Sveriges motstånd mot X".

The noun of opposition or support (stances.yaml ``structures.<lang>.nominal``) has a
holder and an object. The holder stands right before it (a genitive: "France's",
"Deutschlands"; a demonym: "German", "die deutsche"; a subject the verb rule reads:
"the German government's") or right after it (a demonym: "française"; a linker and a
subject: "de la France", "from Germany"; a genitive: "Polens"), with only modifiers and
articles between. The object follows its link word ("to", "à", "gegen", "wobec") at
once: an act cited or described there, or a noun for the act the document is about. A
holder that is not an actor ("French farmers' support for X") or an object that is not an
act ("German support for Ukraine") gives nothing.
"""

from __future__ import annotations

from core.model import Reference, Stance, Warning_
from loaders.names.morphology import morphology
from loaders.rules import actors as actor_phrases
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues, lang_cues
from loaders.rules.stance_structures import StructureCues, anchored, structure_cues
from loaders.rules.stance_frames import Subjects, blocked, only_words, state_actor, take
from loaders.rules.stance_possessed import possessed_object, verb_before
from loaders.rules.stance_targets import Resolved, document_act, resolve_target

_HOLDER_REACH = 60
_OBJECT_REACH = 50


def _demonyms(ctx: DocContext, lang: str, start: int, end: int):
    lex = actor_phrases.lexicon(lang)
    if lex is None or lex.demonym is None:
        return []
    return [(m.start(), m.end(), (m.lastgroup or "")[2:]) for m in lex.demonym.finditer(ctx.text, start, end) if m.lastgroup]


def _skip(ctx: DocContext, sc: StructureCues, lang: str, pos: int, end: int, allowed: frozenset[str], forward: bool,
          articles: bool = False) -> int:
    """Move from ``pos`` over spaces and ``allowed`` words (and articles), forward or backward."""
    articles = morphology(lang).articles if articles else frozenset()
    text = ctx.text
    while True:
        if forward:
            k = pos
            while k < end and text[k].isspace():
                k += 1
            j = k
            while j < end and (text[j].isalpha() or text[j] in "-’'"):
                j += 1
                if text[j - 1] in "’'":
                    break  # an elided article ends at its apostrophe: "de l'Autriche"
            word = text[k:j].casefold().rstrip("’'")
            if j > k and (word in allowed or word in articles):
                pos = j
                continue
            return pos
        k = pos
        while k > end and text[k - 1].isspace():
            k -= 1
        j = k
        while j > end and (text[j - 1].isalpha() or text[j - 1] in "-"):
            j -= 1
        word = text[j:k].casefold()
        if j < k and (word in allowed or word in articles):
            pos = j
            continue
        return pos


def _holder_before(ctx, b, sc, cues, subjects, lang, s, at):
    """(actors, start, how) of a holder ending right before the noun at ``at``."""
    text = ctx.text
    q = _skip(ctx, sc, lang, at, s, sc.modifiers, forward=False)
    q_trim = q
    while q_trim > s and text[q_trim - 1].isspace():
        q_trim -= 1
    for start, end, iso in _demonyms(ctx, lang, max(s, q - 40), q):
        if end == q_trim:
            return (state_actor(iso),), start, "demonym"
    poss = None
    for mark in ("'s", "’s", "'", "’"):
        if text.endswith(mark, s, q_trim):
            poss = q_trim - len(mark)
            break
    for subj in subjects(ctx, b, cues, max(s, q - _HOLDER_REACH - 120), q_trim):
        if poss is not None and subj.end == poss:
            return subj.actors, subj.start, "genitive"
        if sc.genitive_before and subj.end == q_trim and subj.how == "state_list" and all(m.method != "exact" for m in subj.states[-1:]):
            return subj.actors, subj.start, "genitive"
    return None


def _holder_after(ctx, b, sc, cues, subjects, lang, s, e, at):
    """(actors, end, how) of a holder right after the noun ending at ``at``."""
    text = ctx.text
    r = _skip(ctx, sc, lang, at, e, sc.modifiers, forward=True)
    for start, end, iso in _demonyms(ctx, lang, r, min(e, r + 40)):
        if not text[r:start].strip():
            return (state_actor(iso),), end, "demonym"
        break
    link = sc.by.match(text, r) if sc.by is not None else None
    if link is None and not sc.genitive_after:
        return None
    k = _skip(ctx, sc, lang, link.end() if link else r, e, frozenset(), forward=True, articles=True)
    while k < e and text[k].isspace():
        k += 1
    for subj in subjects(ctx, b, cues, k, min(e, k + _HOLDER_REACH + 120)):
        if subj.start == k:
            if text.startswith(("'s", "’s"), subj.end):
                return None  # "support from Germany's industry": the holder is another noun
            return subj.actors, subj.end, ("linked" if link else "genitive")
        break
    return None


def _object(ctx: DocContext, refs: list[Reference], sc: StructureCues, cues: LangCues, lang: str, pos: int, e: int):
    """(polarity flip, resolved target) of the object after the link at ``pos``."""
    link = sc.to.match(ctx.text, pos) if sc.to is not None else None
    if link is None and not sc.genitive_after:
        return None
    tail = link.end() if link else pos
    flip = False
    if cues.weaken is not None:
        w = cues.weaken.search(ctx.text, tail, min(e, tail + 40))
        if w is not None and cues._links_only(ctx.text[tail : w.start()]):
            flip, tail = True, w.end()
    resolved = resolve_target(ctx, refs, [(tail, min(e, tail + _OBJECT_REACH + 200))])
    allowed = sc.modifiers | cues.links
    if resolved is not None and resolved.start - tail <= _OBJECT_REACH and only_words(ctx.text, lang, tail, resolved.start, allowed, most=2):
        return flip, resolved
    if cues.act_noun_after(ctx.text, tail, e):
        found = document_act(ctx, refs, tail)
        if found is not None:
            return flip, found
    return None


def _ends_clause(text: str, at: int, e: int) -> bool:
    """Whether the holder ending at ``at`` ends its clause (punctuation or the sentence's
    end next): "has the support of Germany." and not "... of Germany for the plan"."""
    rest = text[at:e].lstrip()
    return not rest or rest[0] in ".,;:!?)\"”»"


def nominal_stances(ctx: DocContext, refs: list[Reference], subjects: Subjects, warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, block in enumerate(ctx.blocks):
        sc, cues = structure_cues(block.lang), lang_cues(block.lang)
        if sc is None or cues is None or sc.noun is None:
            continue
        nouns = list(anchored(ctx, b, sc.noun, sc.noun_anchor))
        if not nouns:
            continue
        for s, e in ctx.sentences[b]:
            here = [n for n in nouns if s <= n.start() < e]
            if not here:
                continue
            read: list = []

            def in_sentence(ctx_, b_, cues_, lo, hi, _s=s, _e=e, _read=read):
                """The sentence's subjects (read once) that lie inside ``lo``..``hi``."""
                if not _read:
                    _read.append(subjects(ctx_, b_, cues_, _s, _e))
                return [x for x in _read[0] if lo <= x.start and x.end <= hi]

            for m in here:
                left = _skip(ctx, sc, block.lang, m.start(), s, sc.modifiers, False, True)
                if (sc.to is not None and not sc.genitive_after and not sc.to.search(ctx.text, m.end(), min(e, m.end() + 90))
                        and not verb_before(ctx.text, block.lang, s, left)):
                    continue  # no link to an object near: most nouns of support are about something else
                kind = "oppose" if m.lastgroup == "o" else "support"
                holder = _holder_before(ctx, b, sc, cues, in_sentence, block.lang, s, m.start())
                after = m.end()
                if holder is None:
                    found = _holder_after(ctx, b, sc, cues, in_sentence, block.lang, s, e, m.end())
                    if found is None:
                        continue
                    actors, after, how = found
                    start = m.start()
                else:
                    actors, start, how = holder
                after = _skip(ctx, sc, block.lang, after, e, sc.modifiers, forward=True)
                obj = _object(ctx, refs, sc, cues, block.lang, after, e)
                if obj is None and _ends_clause(ctx.text, after, e):
                    # "the AI Act has the support of Germany" (stance_possessed.py)
                    subject = possessed_object(ctx, refs, cues, s, _skip(ctx, sc, block.lang, min(start, m.start()), s, sc.modifiers, False, True))
                    obj = (False, subject) if subject is not None else None
                    start = min(start, subject.start) if subject is not None else start
                if obj is None or blocked(ctx, sc, s, e, start):
                    continue
                if sc.absence is not None and sc.absence.search(ctx.text, max(s, min(start, m.start()) - 25), after):
                    continue  # "no German support for X", "sin el apoyo de Francia a X"
                flip, resolved = obj
                if flip:
                    kind = "oppose" if kind == "support" else "support"
                if resolved.reference:
                    extra.append(resolved.reference)
                lo = max(s, start - 20)
                out += take(ctx, cues, s, e, (lo, max(resolved.end, after)), kind, resolved, actors, 0.9,
                            f"nominal_{how}", warnings)
    return out, extra
