"""Who may be the subject of a stance predicate, read by structure: written lists of
states (closed by their conjunction), collective nouns with their members, numeral
anaphora, state organs, demonyms, capitals, organisations, people and parties
(stance_actors.py), and two subjects of different kinds joined by "and". Whether a
candidate can stand as the grammatical subject at its place (``subject_ok``): not after a
preposition of place or a genitive linker, nominative in case languages."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import ActorRef
from loaders.names import StateMatch
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules import actors as actor_phrases
from loaders.rules import stance_actors
from loaders.rules.anaphora import anaphors
from loaders.rules.collectives import collectives
from loaders.rules.context import DocContext
from loaders.rules.cues import cues as signing_cues
from loaders.rules.lists import state_runs
from loaders.rules.stance_camps import partitive_collective
from loaders.rules.stance_coordination import joined
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_objects import CLAUSE_BREAK
from loaders.rules.stance_reported import MIN_RUN_PRECISION


@lru_cache(maxsize=None)
def cues_for(lang: str) -> tuple[re.Pattern[str] | None, ...]:
    """The "governments" and "delegations" nouns of ``lang`` (cues.yaml), whole words."""
    c = signing_cues(lang)
    return tuple(re.compile(rf"(?:{rx.pattern})[^\W\d_]*", re.IGNORECASE) if rx else None for rx in (c.governments, c.delegations))


def state_actor(m: StateMatch) -> ActorRef:
    return ActorRef(kind="state", key=m.iso2, name=m.name, iso2=m.iso2)


@dataclass(frozen=True)
class Subject:
    """Who may be the subject of a predicate: a written list of states, a state organ, a
    capital, organisations, or a numeral phrase standing for an earlier list
    (``via_anaphor``). ``states`` holds the name matches when the subject is a list."""

    start: int
    end: int
    actors: tuple[ActorRef, ...]
    evidence_start: int
    how: str  # we | state_list | state_organ | demonym_organ | capital | organisation | person... | party | institution | home_organ | anaphora | apposed | trailing | camp
    states: tuple[StateMatch, ...] = ()
    list_at: int = -1  # a collective noun's member list: trailing and camp lists follow the predicate

    @property
    def via_anaphor(self) -> bool:
        return self.how == "anaphora"


def _groups(items: list[StateMatch], text: str, lang: str) -> list[list[StateMatch]]:
    """A list is closed by its conjunction: in "Unlike A and B, C opposes" C starts anew."""
    conj = morphology(lang).conjunction_words
    groups = [[items[0]]]
    closed = False
    for a, b in zip(items, items[1:]):
        has_conj = any(w in conj for w in re.findall(r"[^\W\d_]+|&", text[a.end : b.start].casefold()))
        if closed and not has_conj:
            groups.append([b])
            closed = False
            continue
        groups[-1].append(b)
        closed = closed or has_conj
    return groups


def _clause_join(text: str, lang: str, a: int, b: int) -> bool:
    """Whether the gap between two names is a comma followed by a conjunction (", and")."""
    gap = text[a:b].casefold()
    conj = morphology(lang).conjunction_words
    return "," in gap and any(w in conj for w in re.findall(r"[^\W\d_]+", gap.split(",")[-1]))


def _asyndetic(text: str, lang: str, group: list[StateMatch]) -> bool:
    """Whether the names of ``group`` are joined by commas alone, no conjunction."""
    conj = morphology(lang).conjunction_words
    return not any(w in conj for a, b in zip(group, group[1:]) for w in re.findall(r"[^\W\d_]+|&", text[a.end : b.start].casefold()))


def subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int) -> list[Subject]:
    out = []
    lang = ctx.blocks[b].lang
    matches = ctx.states_in(b, s, e)
    for run in state_runs(ctx.text, lang, matches):
        if not run.resolved or run.precision < MIN_RUN_PRECISION or (len(run.items) == 1 and run.items[0].weak):
            continue
        for group in _groups(run.items, ctx.text, cues.lang):
            resolved = [m for m in group if m.iso2]
            if len(group) == 2 and _clause_join(ctx.text, cues.lang, group[0].end, group[1].start):
                # "the Commission praised Italy, and Germany opposed X": a comma and a
                # conjunction between two names join two clauses, not a list of two
                if group[1].iso2 and not group[1].weak:
                    out.append(Subject(group[1].start, group[1].end, (state_actor(group[1]),), s, "state_list", (group[1],)))
                continue
            if resolved:
                out.append(Subject(group[0].start, group[-1].end, tuple(state_actor(m) for m in resolved), s,
                                   "state_list", tuple(resolved)))
            last = group[-1]
            if len(group) > 1 and last.iso2 and not last.weak and _asyndetic(ctx.text, cues.lang, group):
                # "Backed by France, Germany opposes X": a comma and no conjunction may end a
                # phrase, not a list; the name next to the predicate is read alone as well
                out.append(Subject(last.start, last.end, (state_actor(last),), s, "state_list", (last,)))
    for c in collectives(ctx, b, cues, s, e):
        out.append(Subject(c.start, c.end, tuple(state_actor(m) for m in c.states), s, c.how, c.states, c.list_at))
    for a in anaphors(ctx, b, cues, s, e):
        out.append(Subject(a.start, a.end, tuple(state_actor(m) for m in a.states), min(s, a.antecedent.start),
                           "anaphora", tuple(a.states)))
    phrases = (actor_phrases.state_organs(ctx.text, lang, [m for m in matches if not m.weak])
               + actor_phrases.demonym_phrases(ctx.text, lang, s, e)
               + actor_phrases.capitals(ctx.text, lang, s, e)
               + actor_phrases.organisations(ctx.text, s, e)
               # people, parties, EU institutions named short, the document's own state's organs
               + stance_actors.phrases(ctx, b, s, e))
    for p in phrases:
        out.append(Subject(p.start, p.end, p.actors, s, p.how))
    out.sort(key=lambda x: (x.start, -x.end))
    return sorted(out + _coordinated(ctx.text, lang, s, out, cues), key=lambda x: (x.start, -x.end))


def _coordinated(text: str, lang: str, s: int, found: list[Subject], cues: LangCues) -> list[Subject]:
    """Two subjects of one kind joined by "as well as", "sowohl ... als auch", "tanto ...
    como" (stance_coordination.py) as one more subject spanning both; it starts where the
    first does, so it is read before the first alone."""
    out: list[Subject] = []
    for x, y in zip(found, found[1:]):
        if x.how == y.how and x.how in _COORDINATED and x.end <= y.start and joined(text, lang, s, (x.start, x.end), (y.start, y.end)):
            out.append(Subject(x.start, y.end, x.actors + tuple(a for a in y.actors if a not in x.actors), s, x.how,
                               x.states + y.states))
        elif (x.how in _MIXED and y.how in _MIXED and x.end <= y.start and _comitative(text, lang, x.end, y.start)
              and _opens_clause(cues, text[s : x.start])):
            # "Germany, together with Italy, opposes X": the party after "together with"
            # shares the subject's predicate; only where the first opens its clause
            how = min((x.how, y.how), key=lambda h: SUBJECT_TRUST[h])
            out.append(Subject(x.start, y.end, x.actors + tuple(a for a in y.actors if a not in x.actors), s, how,
                               x.states + y.states))
        elif (x.how != y.how and x.how in _MIXED and y.how in _MIXED and x.end <= y.start
              and _plain_and(text, lang, x.end, y.start) and _opens_clause(cues, text[s : x.start])):
            # "France and Amnesty International oppose X": parties of two kinds joined by
            # "and" are one subject, trusted as the less trusted of the two; only where the
            # pair opens its clause ("the Commission praised France and Amnesty ..." is not)
            how = min((x.how, y.how), key=lambda h: SUBJECT_TRUST[h])
            out.append(Subject(x.start, y.end, x.actors + tuple(a for a in y.actors if a not in x.actors), s, how,
                               x.states + y.states))
    return out


@lru_cache(maxsize=None)
def _comitatives(lang: str) -> re.Pattern[str] | None:
    """"together with", "gemeinsam mit", "wraz z" (data/stance_comitative.yaml) filling
    the gap between two subjects, with an article after and an optional comma before."""
    words = load_yaml("stance_comitative.yaml").get(lang) or []
    if not words:
        return None
    alt = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") + ("" if str(w)[-1] in "'’" else r"(?![^\W\d_])")
                   for w in sorted(words, key=len, reverse=True))
    articles = "|".join(re.escape(a) for a in sorted(morphology(lang).articles, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"\s*,?\s*(?:{alt})\s*(?:(?:{articles})(?:\s+|['’]))?", re.IGNORECASE)


def _comitative(text: str, lang: str, a: int, b: int) -> bool:
    rx = _comitatives(lang)
    return rx is not None and rx.fullmatch(text, a, b) is not None


def _opens_clause(cues: LangCues, before: str) -> bool:
    """Whether what follows ``before`` (the sentence up to it) opens a clause: nothing but
    fillers since the last comma, colon or semicolon, or a conjunction or complementiser
    right before it."""
    tail = CLAUSE_BREAK.split(before)[-1]
    if not tail.strip() or cues.only_fillers(tail):
        return True
    words = re.findall(r"[^\W\d_]+", tail.casefold())
    joins = morphology(cues.lang).conjunction_forms | cues.complementisers
    return bool(words) and words[-1] in joins


def _plain_and(text: str, lang: str, a: int, b: int) -> bool:
    """Whether the gap between two subjects is one conjunction and articles, no comma."""
    gap = text[a:b]
    if any(c in gap for c in ",.;:()[]\n"):
        return False
    morph = morphology(lang)
    words = [w for w in re.findall(r"[^\W\d_]+|&", gap.casefold()) if w not in morph.articles]
    return len(words) == 1 and words[0] in morph.conjunction_forms


def subject_ok(cues: LangCues, before: str, subj: Subject) -> bool:
    """Whether a subject with ``before`` in front of it can be the grammatical subject.

    No: after a preposition of place, direction or comparison ("exports to A and B",
    "unlike A"); after a genitive linker unless its noun is "governments"/"delegations"
    or another state organ ("the exporters of France" no, "the government of France"
    yes); in a language with noun cases, when a listed state is not in the nominative,
    which is the name as written ("Eksporterzy Francji").
    """
    words = [w for w in re.findall(r"[^\W\d_]+", before.casefold())]
    articles = morphology(cues.lang).articles
    while words and words[-1] in articles and words[-1] not in cues.of:
        words.pop()
    tail = " ".join(words[-3:])
    if cues.not_subject_before is not None and cues.not_subject_before.search(tail):
        return False
    if (subj.how == "capital" and cues.not_subject_before is not None and words
            and words[-1] in morphology(cues.lang).conjunction_forms):
        # the second half of "near Paris and Madrid": a capital after "and" whose first
        # conjunct (up to three words) follows a preposition of place is a place too
        for k in (1, 2, 3):
            prefix = words[: len(words) - 1 - k]
            if prefix and cues.not_subject_before.search(" ".join(prefix[-3:])):
                return False
    if subj.how != "state_list":
        return not (words and words[-1] in cues.of) or partitive_collective(cues.lang, subj.how, words, cues.of)
    head = words[-2] if words and words[-1] in cues.of and len(words) > 1 else (words[-1] if words else "")
    heads = cues_for(cues.lang)
    if head and (any(rx is not None and rx.fullmatch(head) for rx in heads) or actor_phrases.is_organ(cues.lang, head)):
        return True
    if words and words[-1] in cues.of:
        return False
    return not morphology(cues.lang).noun_cases or all(m.method == "exact" for m in subj.states)


# Subjects of one kind that additive coordination joins (stance_coordination.py).
_COORDINATED = frozenset({"state_list", "state_organ", "demonym_organ", "organisation"})


# Subjects of different kinds that a plain "and" joins into one.
_MIXED = frozenset({"state_list", "state_organ", "demonym_organ", "organisation", "capital", "institution"})


# How much a subject of each kind is trusted, and the extractor name it gives.
SUBJECT_TRUST = {"speech": 0.9, "we": 0.85, "state_list": 1.0, "anaphora": 0.9, "pronoun": 0.85, "apposed": 0.95, "trailing": 0.85, "camp": 0.85, "state_organ": 1.0, "demonym_organ": 0.95, "capital": 0.85, "organisation": 0.95,
                  "person": 0.9, "person_again": 0.85, "person_role": 0.8, "person_bare": 0.75, "party": 0.9, "institution": 0.85,
                  "home_organ": 0.85}
