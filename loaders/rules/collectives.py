"""A collective noun whose members the sentence lists: "some countries, including A and B,
oppose ...", "seven governments (A, B, C) back ...", "N states oppose X (A, B, C)", "the
countries that support X are A, B and C".

The noun ("countries", "Estados miembros", "Regierungen": the anaphora nouns of
stances.yaml) is the grammatical subject; the list names who it is. The list counts only
when it is attached to the noun by structure: an apposition opened by a bracket, a dash or
an inclusion word ("including", "entre ellos", "darunter") and closed by the matching mark;
a bracket after the predicate holding nothing but states, with no other state, comma or
collective noun before it; or a copula ending the sentence after "<noun> <relative
pronoun> <predicate> <target>". Anything else is left to the plain subject rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.names import StateMatch
from loaders.names.morphology import morphology
from loaders.rules.context import DocContext
from loaders.rules.lists import Run, state_runs
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_camps import partitive_collective  # "the rest of the countries ..."

_OPEN_CLOSE = {"(": ")", "[": "]", "–": "–", "—": "—", "-": "-", ",": ","}
_TRAILING_REACH = 120  # a bracket this far after the noun's predicate still names its members


@dataclass(frozen=True)
class Collective:
    start: int  # the noun
    end: int  # where the subject ends: the closing mark of an apposed list, else the noun
    states: tuple[StateMatch, ...]
    how: str  # apposed | trailing | camp
    list_at: int  # where the member list starts


_WORD = re.compile(r"[^\W\d_]+")


def _heads_clause(text: str, s: int, at: int, cues: LangCues) -> bool:
    """Whether the noun at ``at`` starts its clause: at most four words (determiners,
    quantifiers, numerals) between the clause's start and it, none a preposition or a
    genitive linker ("companies in three countries", "exporters of several states")."""
    clause = max(s, *(text.rfind(c, s, at) + 1 for c in ",;:(–—"))
    attributed = cues.attribution is not None and cues.attribution.match(text, clause + len(text[clause:at]) - len(text[clause:at].lstrip()))
    if attributed:  # "according to <source> seven states ...": the source's name is not the subject's
        clause = attributed.end()
    words = [w.casefold() for w in _WORD.findall(text, clause, at)]
    if attributed:
        words = words[-4:]
    for i in range(len(words) - 1, -1, -1):  # "documents show that some governments ..."
        if words[i] in cues.complementisers:
            words = words[i + 1 :]
            break
    words = [w for i, w in enumerate(words) if not partitive_collective(cues.lang, "camp", words[: i + 1], cues.of)]
    if len(words) > 4:
        return False
    return not any(w in cues.of or (cues.not_subject_before is not None and cues.not_subject_before.search(w)) for w in words)


def _nouns(ctx: DocContext, b: int, cues: LangCues, s: int, e: int):
    """Collective nouns heading their clause, with no state name inside their complement."""
    for n in cues.collective.finditer(ctx.text, s, e):
        if _heads_clause(ctx.text, s, n.start(), cues) and not ctx.states_in(b, n.start(), n.end()):
            yield n


def _only_articles(gap: str, lang: str) -> bool:
    articles = morphology(lang).articles
    return all(w.casefold() in articles for w in _WORD.findall(gap))


def _complete(run: Run) -> bool:
    return bool(run.resolved) and not run.unresolved and len(run.resolved) == len(run.items) and run.precision >= 1.0


def _runs(ctx: DocContext, b: int, start: int, end: int) -> list[Run]:
    lang = ctx.blocks[b].lang
    return [r for r in state_runs(ctx.text, lang, ctx.states_in(b, start, end)) if r.items]


def apposed(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Collective]:
    """'<noun> (A, B and C)', '<noun> – A, B and C –', '<noun>, including A and B,'."""
    if cues.collective is None:
        return []
    out = []
    runs = _runs(ctx, b, s, e)
    for n in _nouns(ctx, b, cues, s, e):
        for run in runs:
            if run.start <= n.end() or run.start - n.end() > 60:
                continue
            lead = cues.members_lead.fullmatch(ctx.text, n.end(), run.start) if cues.members_lead else None
            if lead is None or not _complete(run):
                break
            opener = (lead["open"] or "").strip() or ("," if lead["intro"] else "")
            if not opener:
                break
            close = _OPEN_CLOSE[opener]
            tail = re.match(r"\s*" + re.escape(close), ctx.text[run.end : e])
            if tail is None:
                break
            out.append(Collective(n.start(), run.end + tail.end(), tuple(run.resolved), "apposed", run.start))
            break
    return out


def trailing(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Collective]:
    """'<noun> <predicate> <target> (A, B, C)': a bracket holding only states, with no state,
    comma or other collective noun between the noun and it."""
    if cues.collective is None:
        return []
    out = []
    for n in _nouns(ctx, b, cues, s, e):
        open_at = ctx.text.find("(", n.end(), e)
        while 0 <= open_at and open_at - n.end() <= _TRAILING_REACH:
            close_at = ctx.text.find(")", open_at, e)
            between = ctx.text[n.end() : open_at]
            if close_at < 0 or "," in between or ctx.states_in(b, n.end(), open_at) or cues.collective.search(between):
                break
            runs = _runs(ctx, b, open_at, close_at)
            if len(runs) == 1 and _complete(runs[0]) and _only_articles(ctx.text[open_at + 1 : runs[0].start], cues.lang) \
                    and not ctx.text[runs[0].end : close_at].strip(" .…"):
                out.append(Collective(n.start(), n.end(), tuple(runs[0].resolved), "trailing", open_at))
                break
            open_at = ctx.text.find("(", close_at, e)  # a bracket of something else ("(EU)"): look on
    return out


def camps(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Collective]:
    """'<noun> <relative pronoun> <predicate> <target> <copula> A, B and C.': the list
    ends the sentence right after the copula; the subject spans the noun and the pronoun."""
    if cues.collective is None or cues.members_relative is None or cues.members_copula is None:
        return []
    runs = _runs(ctx, b, s, e)
    if not runs:
        return []
    last = runs[-1]
    if not _complete(last) or len(last.resolved) < 2 or ctx.text[last.end : e].strip(" .;…\n\"”»"):
        return []
    cop = cues.members_copula.search(ctx.text, max(s, last.start - 20), last.start)
    articles = morphology(cues.lang).articles
    if cop is None or any(w.casefold() not in articles for w in _WORD.findall(ctx.text, cop.end(), last.start)):
        return []
    out = []
    for n in _nouns(ctx, b, cues, s, cop.start()):
        rel = cues.members_relative.match(ctx.text, n.end(), cop.start())
        if rel is not None and not ctx.states_in(b, n.end(), cop.start()):
            out.append(Collective(n.start(), rel.end(), tuple(last.resolved), "camp", cop.start()))
    return out[:1]


def collectives(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Collective]:
    return apposed(ctx, b, cues, s, e) + trailing(ctx, b, cues, s, e) + camps(ctx, b, cues, s, e)
