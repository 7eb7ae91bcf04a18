"""The document's own voice: "We oppose X", "Wir lehnen X ab", "Nous soutenons X" in a
statement, an open letter or a position paper stand for its authors.

The first-person plural pronoun (``we`` in stances.yaml) opening a clause is the subject
the verb rule reads, standing for the authors who speak in the document's own voice:
organisations or governments found as the authors of a release, a letter, a letterhead or
a parliamentary paper. Authors credited for reporting others (a news agency's credit, an
outlet or a journalist in a byline) never speak as "we" here. Not read: a "we" inside
quotation marks (someone quoted, who may be anyone), and a "we" that is also the
language's object pronoun unless the verb after it carries the first-person plural
ending (French "nous soutenons" is the subject; in "la France nous soutient" it is the
object). Where the language drops the subject pronoun, a predicate opening the clause
with the first-person plural ending is that "we" ("Rechazamos X", "Popieramy X").
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author, Reference, Stance, Warning_
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_patterns import whole_words
from loaders.rules.stance_reported import cued_sentences
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_targets import resolve_target

# Authors whose text is a report of others: they are not the "we" of what they report.
_REPORTERS = ("authors.agency", "authors.byline")
# A "we" that is also the object clitic: the first-person plural endings its verb (or
# auxiliary) needs for the subject reading, per language.
_WE_ALSO_OBJECT = {"fr": ("ons", "nous", "sommes")}
# Languages that drop the subject pronoun: a predicate opening the clause with the
# first-person plural ending is the authors' "we" ("Rechazamos X", "Sosteniamo X").
_PRO_DROP_WE = {"es": ("amos", "emos", "imos"), "pt": ("amos", "emos", "imos"), "it": ("iamo",), "pl": ("my",)}
_WORD = re.compile(r"[^\W\d_]+")


def voiced_authors(authors: list[Author]) -> tuple[ActorRef, ...]:
    """The authors who speak in the document's own voice (no reporters, no persons)."""
    seen: dict[str, ActorRef] = {}
    for a in authors:
        if a.actor.kind == "person" or a.evidence.extractor.startswith(_REPORTERS):
            continue
        seen.setdefault(f"{a.actor.kind}:{a.actor.key}", a.actor)
    return tuple(seen.values())


def _quoted(text: str, para: int, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened in its paragraph."""
    span = text[para:at]
    opened = sum(span.count(q) for q in "“„«")
    closed = sum(span.count(q) for q in "”»")
    return opened > closed or span.count('"') % 2 == 1


def we_subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int, authors: tuple[ActorRef, ...]) -> list[tuple[int, int]]:
    """Spans of a first-person plural subject pronoun in ``text[s:e]`` outside quotes."""
    if not authors or cues.we is None:
        return []
    text = ctx.text
    para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
    out = []
    for m in cues.we.finditer(text, s, e):
        if _quoted(text, para, m.start()):
            continue
        endings = _WE_ALSO_OBJECT.get(cues.lang)
        if endings is not None:
            nxt = _WORD.search(text, m.end(), e)
            if nxt is None or not nxt.group().casefold().endswith(endings):
                continue
        out.append((m.start(), m.end()))
    endings = _PRO_DROP_WE.get(cues.lang)
    if endings is not None and not out:
        found = cues.predicate_at(text, s, e)
        if found is not None:
            verb = _WORD.match(text, found[1])
            lead = text[s : found[1]].strip(" \t\n-–—•*")
            negated = cues.negation is not None and cues.negation.search(lead)
            if (verb is not None and verb.group().casefold().endswith(endings) and cues.only_fillers(lead) and not negated
                    and not any(c in text[para : found[1]] for c in "\"“”„«»")):
                out.append((found[1], found[1]))  # no pronoun: the verb's ending is the subject
    return out


@lru_cache(maxsize=None)
def _voice_spec(lang: str) -> dict | None:
    spec = load_yaml("stance_voice.yaml").get(lang)
    if not spec:
        return None
    # each list ends where it is looked for: right before the predicate (or the copula's word)
    return {k: whole_words([str(w) for w in spec[k]], at_end=True) for k in ("obligation", "fronted", "before") if spec.get(k)}


def voiced_passives(ctx: DocContext, refs: list[Reference], authors: list[Author], warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    """Positions stated with no subject in the authors' own voice: "X must be rejected",
    "X wird begrüßt", "Abzulehnen ist X", "należy odrzucić X". Only in a document whose
    authors speak in its own voice (:func:`voiced_authors`), outside quotation marks, with
    no agent after the predicate (the passive rule reads those), no question, condition,
    negation or hedge; the target is the passive's subject right before the obligation
    (only fillers between), or the object right after the predicate."""
    voiced = voiced_authors(authors)
    out: list[Stance] = []
    extra: list[Reference] = []
    if not voiced:
        return out, extra
    text = ctx.text
    for b, cues, s, e in cued_sentences(ctx, "predicate"):
        spec, sc = _voice_spec(cues.lang), structure_cues(cues.lang)
        if spec is None or sc is None:
            continue
        para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
        found = cues.predicate_at(text, s, e)
        if found is None or _quoted(text, para, found[1]) or blocked(ctx, sc, s, e, found[1]):
            continue
        kind, p_start, p_end = found
        head = text[max(s, p_start - 40) : p_start]
        resolved = None
        if spec.get("obligation") is not None and (m := spec["obligation"].search(head)) is not None:
            at = p_start - len(head) + m.start()
            if sc.agent is not None and sc.agent.match(text, p_end):
                continue  # "must be rejected by the Council": the passive rule's
            resolved = resolve_target(ctx, refs, [(s, at)])
            if resolved is not None and not cues.only_fillers(text[resolved.end : at]):
                resolved = None  # the passive's subject stands right before the obligation
        elif (spec.get("before") is not None and spec["before"].search(head) is not None) or (
                spec.get("fronted") is not None and cues.only_fillers(text[s:p_start]) and _fronted(text, spec, p_end, e)):
            resolved = resolve_target(ctx, refs, [(p_end, e)])
            if resolved is not None and not cues.only_fillers(text[p_end : resolved.start]):
                resolved = None  # the predicate's object follows it
        if resolved is None:
            continue
        if resolved.reference:
            extra.append(resolved.reference)
        polarity = "oppose" if kind in "ow" else "support"
        out += take(ctx, cues, s, e, (s, max(p_end, resolved.end)), polarity, resolved, voiced, 0.85, "authors_voice_passive", warnings)
    return out, extra


def _fronted(text: str, spec: dict, p_end: int, e: int) -> bool:
    """A fronted gerundive opening the clause: "Abzulehnen ist X" (only fillers before it,
    the copula right after it)."""
    nxt = _WORD.search(text, p_end, e)
    return nxt is not None and spec["fronted"].search(f" {nxt.group()}") is not None and not text[p_end : nxt.start()].strip()
