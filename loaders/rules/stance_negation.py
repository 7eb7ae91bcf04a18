"""Negated predicates: refusing support is opposition; denying opposition says nothing.

"France cannot support X", "Deutschland kann X nicht unterstützen", "la France ne soutient
pas X", "Polska nie może poprzeć X", "X is not supported by Italy" state opposition: a
government that will not back an act in Council stands against it. Read only where the
negation is the plain verbal one (loaders/data/stance_negation.yaml ``negators``) and sits
on a verb of support that can be refused (``refusable``: not "welcome", "call for" or
"vote for", whose negation may be silence or abstention), with nothing but modal and
auxiliary verbs between them; "not only", "not yet", "not fully", "never", "neither ...
nor" and a negated verb of opposition ("did not oppose") give no stance at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.stance_cues import LangCues

_WORD = re.compile(r"[^\W\d_]+(?:[’'][^\W\d_]+)?|n[’']t")
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)\]»”\"]|$)")
_CLAUSE_STOP = re.compile(r"[.,;:!?()\[\]\n]")
_CLAUSE_REACH = 30  # a clause-final negation stands this close after the target


@dataclass(frozen=True)
class Refusal:
    """The words of a language's refusals (stance_negation.yaml)."""

    negators: re.Pattern[str]
    between: frozenset[str]
    limiters: frozenset[str]
    refusable: re.Pattern[str]


@lru_cache(maxsize=None)
def refusal(lang: str) -> Refusal | None:
    """None for a language whose refusals are not written: a negation there voids the stance."""
    spec = (load_yaml("stance_negation.yaml") or {}).get(lang)
    if not spec:
        return None
    alts = []
    for n in sorted((str(n) for n in spec["negators"]), key=len, reverse=True):
        lead = "" if n.casefold().startswith(("n'", "n’")) and n[-1:] == "t" else r"(?<![^\W\d_])"
        tail = "" if not n[-1:].isalnum() else r"(?![^\W\d_])"
        alts.append(lead + re.escape(n) + tail)
    return Refusal(
        negators=re.compile("|".join(alts), re.IGNORECASE),
        between=frozenset(str(w).casefold() for w in spec.get("between") or ()),
        limiters=frozenset(str(w).casefold() for w in spec.get("limiters") or ()),
        refusable=re.compile("|".join(f"(?:{p})" for p in spec["refusable"]), re.IGNORECASE),
    )


def refusal_gap(cues: LangCues, gap: str) -> str:
    """``gap`` (between a subject and its predicate) without the modal and auxiliary verbs
    of a refusal ("cannot", "kann", "nie może"), when a plain negation stands in it; else
    unchanged, so "France can support X" is no more read than before."""
    r = refusal(cues.lang)
    if r is None or r.negators.search(gap) is None:
        return gap
    gap = r.negators.sub(" ", gap)
    return " ".join(w for w in re.split(r"(\s+)", gap) if w.strip().casefold() not in r.between)


def _negations(text: str, cues: LangCues, r: Refusal, lo: int, hi: int) -> list[tuple[int, int, bool]]:
    """(start, end, plain) of every negation in ``text[lo:hi]``: the language's negation
    words (stances.yaml) and its plain negators, ``plain`` when it is one of the latter."""
    found: dict[tuple[int, int], bool] = {}
    for m in r.negators.finditer(text, lo, hi):
        found[(m.start(), m.end())] = True
    if cues.negation is not None:
        for m in cues.negation.finditer(text, lo, hi):
            if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b in found):
                found[(m.start(), m.end())] = False
    return sorted((a, b, plain) for (a, b), plain in found.items())


def _only(text: str, lang: str, allowed: frozenset[str], r: Refusal) -> bool:
    articles = morphology(lang).articles
    if any(c in text for c in ",;:()[]\n"):
        return False
    rest = r.negators.sub(" ", text)
    return all(w.casefold() in allowed or w.casefold() in articles for w in _WORD.findall(rest))


def _refusal_cue(text: str, lang: str, r: Refusal, start: int, end: int) -> bool:
    """Whether the opposition cue ``text[start:end]`` is a refusal written with its
    negation (stances.yaml "does not accept", "stimmt ... nicht zu", "godkänner inte"):
    without the negators and the modal verbs, it opens with a refusable verb. "lehnt X
    nicht ab" does not: its negation denies the opposition."""
    if r.negators.search(text, start, end) is None:
        return False
    words = _WORD.findall(r.negators.sub(" ", text[start:end]))
    while words and words[0].casefold() in r.between:
        words.pop(0)  # "does [not] accept", "ne peut pas accepter"
    return bool(words) and r.refusable.match(" ".join(words)) is not None


def negated_polarity(text: str, cues: LangCues, kind: str, cue, lo: int, hi: int, resolved=None) -> str | None:
    """The polarity of a predicate ``cue`` (a :class:`~loaders.rules.stance_cues.Cue` or a
    match) with the negations of ``text[lo:hi]`` (its subject's end or its holder's start
    to the target, ``resolved``) read: ``kind`` when there is none; "oppose" when a
    refusable verb of support carries one plain negation next to it, before it ("does not
    support", "ne peut pas soutenir") or, in verb-second clauses, right after the verb or
    after its object at the clause's end ("unterstützt X nicht", "stöder inte X"); None
    otherwise (no stance). A negation after the predicate past a comma or a conjunction
    belongs to a coordinated clause and is not counted (as ``LangCues.negation_in``)."""
    cue_start, cue_end = cue.start(), cue.end()
    weakens = bool(getattr(cue, "weakens", False))
    contrary = resolved is not None and resolved.how == "contrary_measure"
    target = (resolved.start, resolved.end) if resolved is not None and resolved.start is not None else None
    r = refusal(cues.lang)
    if r is None:
        return kind if cues.negation_in(text, lo, hi, cue) is None else None
    # a verb-second clause may close on its negation past the target ("unterstützt die
    # Verordnung noch nicht"): the negations are read up to the clause's end, near
    stop = _CLAUSE_STOP.search(text, hi, min(len(text), hi + _CLAUSE_REACH))
    found = _negations(text, cues, r, lo, stop.start() if stop else hi)
    # the answer of "say no to" inside the cue is the cue's own, not a negation; so is the
    # negation of a lexicon's refusal ("does not accept", "stimmt X nicht zu")
    own = kind == "oppose" and _refusal_cue(text, cues.lang, r, cue_start, cue_end)
    found = [f for f in found if not (cue_start <= f[0] and f[1] <= cue_end
                                      and (own or (text[f[0] : f[1]].casefold() in cues.answers
                                                   and len(_WORD.findall(text, f[1], cue_end)) <= 1)))]
    conj = morphology(cues.lang).conjunction_words
    kept = []
    for f in found:
        between = text[cue_end : f[0]] if f[0] >= cue_end else ""
        if "," in between or any(w.casefold() in conj for w in _WORD.findall(between)):
            break  # "... stemmen en zich niet onthouden": a coordinated clause's negation
        kept.append(f)
    found = kept
    if not found:
        return kind
    if kind != "support" or weakens or contrary or not all(plain for _, _, plain in found):
        return None
    if r.refusable.match(text, cue_start, cue_end) is None:
        return None
    for a, b, _ in found:
        nxt = _WORD.search(text, b, min(len(text), b + 40))
        if nxt is not None and nxt.group().casefold() in r.limiters and not text[b : nxt.start()].strip():
            return None  # "not only", "noch nicht", "pas encore"
        if b <= cue_start:
            if not _only(text[b:cue_start], cues.lang, r.between, r):
                return None  # "does not say it supports", "not all back"
        elif a >= cue_end:
            gap = text[cue_end:a]
            if target is not None and cue_end <= target[0] and target[1] <= a:
                gap = gap.replace(text[target[0] : target[1]], " ")
            nouns = frozenset(w.casefold() for w in _WORD.findall(gap) if cues.act_nouns is not None and cues.act_nouns.fullmatch(w))
            if gap.strip() and not (_only(gap, cues.lang, nouns, r) and _CLAUSE_END.match(text, b)):
                return None  # "supports X, not Y" or a negation of another clause
            if not gap.strip() and _CLAUSE_END.match(text, b) is None and target is None:
                return None
        else:
            return None  # a negation inside the verb of support
    return "oppose"
