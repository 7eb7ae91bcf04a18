"""Actors named without a bare list of states: state organs, demonyms, capitals, organisations.

"The German government", "Sweden's foreign ministry", "les autorités françaises",
"Berlin" and "Amnesty International" can each be the subject of a stance. This module
only finds such phrases in a span (loaders/data/actors.yaml for the words; people, parties
and institutions named short are in stance_actors.py); whether a
phrase is the subject of a predicate is decided by the stance rules, with the same
checks as a list of states. A capital stands for its government only there: as the
subject of a stance predicate.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import ActorRef
from loaders.names import StateMatch
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.gazetteers import find_named
from loaders.names.gazetteer import english_names

_WORD = r"[^\W\d_]+"


@dataclass(frozen=True)
class ActorPhrase:
    start: int
    end: int
    actors: tuple[ActorRef, ...]
    how: str  # state_organ | demonym_organ | capital | organisation


@dataclass(frozen=True)
class ActorLexicon:
    lang: str
    head: re.Pattern[str]  # a state organ noun, whole word, anchored use (fullmatch/match)
    demonym_phrase: re.Pattern[str] | None  # demonym(s) + head, in the language's order
    demonym: re.Pattern[str] | None  # one demonym, named groups d_XX
    after_state: re.Pattern[str]  # matched right after a state name: "'s foreign ministry"
    capital: re.Pattern[str] | None  # named groups c_XX


def _alt(items) -> str:
    return "|".join(f"(?:{i})" for i in items)


def _state_actor(iso2: str) -> ActorRef:
    return ActorRef(kind="state", key=iso2, name=english_names().get(iso2, iso2), iso2=iso2)


@lru_cache(maxsize=None)
def lexicon(lang: str) -> ActorLexicon | None:
    spec = load_yaml("actors.yaml")["languages"].get(lang)
    if not spec:
        return None
    heads = _alt(spec["heads"])
    head = re.compile(rf"(?:{heads})(?![^\W\d_])", re.IGNORECASE)
    between = int(spec.get("between", 0))
    gap = rf"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž]\S*)){{0,{between}}}" if between else ""
    demonym = demonym_phrase = None
    demonyms = {str(k): v for k, v in (spec.get("demonyms") or {}).items() if v}
    if demonyms:
        endings = spec.get("demonym_endings", "")
        case = "(?-i:{})" if spec.get("case_sensitive") else "{}"
        parts = [f"(?P<d_{iso}>{case.format(f'(?:{rx}){endings}')})" for iso, rx in demonyms.items()]
        one = rf"(?<![^\W\d_])(?:{'|'.join(parts)})(?![^\W\d_])"
        demonym = re.compile(one, re.IGNORECASE)
        plain = rf"(?:{_alt(case.format(f'(?:{rx}){endings}') for rx in demonyms.values())})"
        conj = _alt(re.escape(c) for c in morphology(lang).conjunctions) or "and"
        dlist = rf"{plain}(?:\s*(?:,|{conj})\s*{plain})*"
        order = spec.get("order", "before")
        pats = []
        if order in ("before", "both"):
            pats.append(rf"(?<![^\W\d_]){dlist}{gap}\s+(?:{heads})(?![^\W\d_])")
        if order in ("after", "both"):
            comp = ""
            if spec.get("complement"):
                comp = rf"(?:\s+(?:{_alt(spec['complement'])})\s*(?-i:[A-ZÀ-ÖØ-ÞĀ-Ž]){_WORD}(?:\s+{_WORD})?)?"
            pats.append(rf"(?<![^\W\d_])(?:{heads})\s+{dlist}(?![^\W\d_]){comp}")
        demonym_phrase = re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)
    after_state = re.compile(rf"(?:['’]s?)?{gap}\s+(?:{heads})(?![^\W\d_])", re.IGNORECASE)
    capitals = {str(k): v for k, v in (spec.get("capitals") or {}).items() if v}
    capital = None
    if capitals:
        capital = re.compile(rf"(?<![^\W\d_])(?:{'|'.join(f'(?P<c_{iso}>{rx})' for iso, rx in capitals.items())})(?![^\W\d_])")
    return ActorLexicon(lang, head, demonym_phrase, demonym, after_state, capital)


def is_organ(lang: str, word: str) -> bool:
    """Whether ``word`` is a state organ noun of ``lang`` ("government", "ministry")."""
    lex = lexicon(lang)
    return lex is not None and lex.head.fullmatch(word) is not None


def demonym_phrases(text: str, lang: str, start: int, end: int) -> list[ActorPhrase]:
    """"the French and German governments", "les autorités françaises"."""
    lex = lexicon(lang)
    if lex is None or lex.demonym_phrase is None or lex.demonym is None:
        return []
    out = []
    for m in lex.demonym_phrase.finditer(text, start, end):
        isos = []
        for d in lex.demonym.finditer(text, m.start(), m.end()):
            iso = (d.lastgroup or "")[2:]
            if iso and iso not in isos:
                isos.append(iso)
        if isos:
            out.append(ActorPhrase(m.start(), m.end(), tuple(_state_actor(i) for i in isos), "demonym_organ"))
    return out


def state_organs(text: str, lang: str, states: list[StateMatch]) -> list[ActorPhrase]:
    """A state name with an organ right after it: "Sweden's government", "Sveriges
    regering", "Saksan hallitus", "Germany's economy ministry"."""
    lex = lexicon(lang)
    if lex is None:
        return []
    out = []
    for i, m in enumerate(states):
        if not m.iso2:
            continue
        h = lex.after_state.match(text, m.end)
        if h is not None:
            members = [m]
            # languages that name an organ by the states' genitives ("Zviedrijas un Somijas
            # valdības", "Ruotsin ja Suomen hallitukset"): the states joined before it share it
            while lex.demonym is None and i - len(members) >= 0:
                prev = states[i - len(members)]
                if not prev.iso2 or not _JOIN.match(text[prev.end : members[0].start]):
                    break
                members.insert(0, prev)
            actors = tuple(_state_actor(iso) for iso in dict.fromkeys(x.iso2 for x in members))
            out.append(ActorPhrase(members[0].start, h.end(), actors, "state_organ"))
    return out


def capitals(text: str, lang: str, start: int, end: int) -> list[ActorPhrase]:
    """Capitals standing for their governments; capitals written as one list ("Paris and
    Berlin", "Rome, Madrid e Lisbona") are one phrase, as a list of states is."""
    lex = lexicon(lang)
    if lex is None or lex.capital is None:
        return []
    out: list[ActorPhrase] = []
    for m in lex.capital.finditer(text, start, end):
        if not m.lastgroup:
            continue
        actor = _state_actor(m.lastgroup[2:])
        last = out[-1] if out else None
        if last is not None and _JOIN.match(text[last.end : m.start()]):
            actors = last.actors + ((actor,) if actor not in last.actors else ())
            out[-1] = ActorPhrase(last.start, m.end(), actors, "capital")
            continue
        out.append(ActorPhrase(m.start(), m.end(), (actor,), "capital"))
    return out


_JOIN = re.compile(r"^\s*(?:,\s*)?(?:(?:and|und|et|y|e|i|en|och|og|și|ja|és|a|un|ir|in|и|και|&)\s+)?(?:the\s+)?$", re.IGNORECASE)


def organisations(text: str, start: int, end: int) -> list[ActorPhrase]:
    """Curated organisations and companies written as one list ("Access Now and Amnesty
    International")."""
    out: list[ActorPhrase] = []
    cur: list[tuple[ActorRef, int, int]] = []
    for named, s, e in find_named(text, start, end):
        if named.group == "products":
            continue
        actor = ActorRef(kind="organization", key=named.key, name=named.name,
                         org_kind=named.kind if named.group == "organisations" else "company")
        if cur and _JOIN.match(text[cur[-1][2] : s]):
            cur.append((actor, s, e))
            continue
        if cur:
            out.append(_org_phrase(cur))
        cur = [(actor, s, e)]
    if cur:
        out.append(_org_phrase(cur))
    return out


def _org_phrase(items: list[tuple[ActorRef, int, int]]) -> ActorPhrase:
    seen: dict[str, ActorRef] = {}
    for a, _, _ in items:
        seen.setdefault(a.key, a)
    return ActorPhrase(items[0][1], items[-1][2], tuple(seen.values()), "organisation")
