"""Organisations as stance actors, found by structure: an acronym the document gives an
organisation in brackets (or a curated one's), a noun that says what the name is ("the NGO
X", "l'ONG X"), and capitalised words around an association's head noun. Kept apart from
stance_actors.py (parties, institutions, organs of a state), which gathers them all."""

from __future__ import annotations

import re
from functools import lru_cache

from core.ids import slug
from core.model import ActorRef
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.actors import ActorPhrase
from loaders.rules.context import DocContext
from loaders.rules.gazetteers import find_named
from loaders.rules.person_names import clean_name
from loaders.rules.stance_lexicon import (
    LETTER_AFTER, LETTER_BEFORE, WORD, alt, body_heads, institutions_in, literal_alt, party_word, stance_data, upper,
)


def _org_actor(key: str, name: str, kind: str | None) -> ActorRef:
    return ActorRef(kind="organization", key=key, name=name, org_kind=kind or "other")


def _acronym_actor(ctx: DocContext, acr: str) -> ActorRef | None:
    """The organisation an acronym stands for in this document: the one it is given to in
    brackets ("European Federation of Journalists (EFJ)", "Agrupación de Periodistas de X
    (APX)"), else a curated organisation with that acronym the document names in full."""
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {}).setdefault("acronyms", {})
    if acr in cache:
        return cache[acr]
    found = None
    text = ctx.text
    at = text.find(f"({acr})")
    while at >= 0 and found is None:
        end = len(text[:at].rstrip())
        named = [n for n in find_named(text, max(0, at - 150), end)
                 if n[2] == end and n[0].group == "organisations" and _initials_fit(acr, text[n[1] : n[2]])]
        if named:
            n = named[-1][0]
            found = _org_actor(n.key, n.name, n.kind)
        else:
            b = ctx.block_at(at)
            bodies_before = [p for p in bodies(ctx, b, max(ctx.blocks[b].start, at - 150), end) if p.end == end]
            if bodies_before and _initials_fit(acr, text[bodies_before[-1].start : end]):
                found = bodies_before[-1].actors[0]
        if found is None:
            name = _spelled_out(text, at, acr)
            if name is not None:
                found = _org_actor(f"org-{slug(name)}", name, "other")
        at = text.find(f"({acr})", at + 1)
    if found is None:
        for spec in _by_list_name().get(acr, ()):
            if any(str(form) in text for form in spec["names"]):
                found = _org_actor(spec["key"], spec["name"], spec.get("kind"))
                break
    cache[acr] = found
    return found


@lru_cache(maxsize=1)
def _by_list_name() -> dict[str, tuple[dict, ...]]:
    """Curated organisations by their acronyms (list_names with two capitals or more,
    not "Meta")."""
    out: dict[str, list[dict]] = {}
    for spec in _org_specs().values():
        for form in spec.get("list_names") or []:
            if sum(c.isupper() for c in str(form)) >= 2:
                out.setdefault(str(form), []).append(spec)
    return {k: tuple(v) for k, v in out.items()}


def _spelled_out(text: str, at: int, acronym: str) -> str | None:
    """The name an acronym in brackets at ``at`` stands for where the language writes its
    other words in lower case ("Confédération européenne des syndicats (CES)", "Federazione
    nazionale della stampa (FNSI)"): the words right before the bracket, from a capitalised
    head noun of an association (`bodies` heads) on, whose initials, connectors and
    articles left out, are the acronym's letters one for one, with no punctuation between."""
    letters = [c for c in acronym if c.isalpha()]
    if len(letters) < 2 or not all(c.isupper() for c in letters):
        return None
    spec = stance_data().get("bodies") or {}
    skip = {str(c).casefold().rstrip("'’") for c in spec.get("connectors") or []} | {"l", "d"}
    heads = body_heads()
    start = max(0, at - 160)
    words = list(re.finditer(r"[^\W\d_]+", text[start:at]))
    for i in range(len(words) - 1, max(-1, len(words) - 12), -1):
        gap = text[start + words[i].end() : at]
        if any(ch in gap for ch in ".,;:!?()[]\n\"“”«»"):
            break
        first = words[i].group()
        if not first[:1].isupper() or first not in heads:
            continue
        content = [w.group() for w in words[i:] if w.group().casefold() not in skip]
        if [w[0].upper() for w in content] == letters:
            return text[start + words[i].start() : at].strip()
    return None


def designated(ctx: DocContext, b: int, s: int, e: int) -> list[ActorPhrase]:
    """An organisation named right after a noun that says what it is ("the NGO Mighty
    River", "l'ONG Forêts Vivantes", "die Umweltorganisation Grüne Erde", "a Ong Terra
    Viva"): one to four capitalised words (connectors between), with no state, curated
    organisation, party or EU institution in them (`designators` in actors.yaml)."""
    rx = _designator_rx(ctx.blocks[b].lang)
    if rx is None:
        return []
    out = []
    for m in rx.finditer(ctx.text, s, e):
        name = clean_name(m.group("name"))
        words = WORD.findall(name)
        if (not words or ctx.states_in(b, m.start("name"), m.end("name")) or find_named(name)
                or any(party_word(w) for w in words) or institutions_in(name, ctx.blocks[b].lang)):
            continue
        end = m.start("name") + len(name)
        out.append(ActorPhrase(m.start("name"), end, (_org_actor(f"org-{slug(name)}", name, "other"),), "organisation"))
    return out


@lru_cache(maxsize=None)
def _designator_rx(lang: str) -> re.Pattern[str] | None:
    nouns = (stance_data().get("designators") or {}).get(lang) or []
    if not nouns:
        return None
    spec = stance_data().get("bodies") or {}
    up = upper()
    word = rf"{up}[^\W\d_]+(?:[-‐]{up}?[^\W\d_]+)*"
    conn = rf"(?:{literal_alt(spec.get('connectors') or [])})"
    return re.compile(rf"{LETTER_BEFORE}(?:{alt(nouns)})\s+(?P<name>{word}(?:\s+(?:{conn}\s+){{0,2}}{word}){{0,3}}){LETTER_AFTER}")


def _initials_fit(acronym: str, name: str) -> bool:
    """The acronym's capitals are initials of the name's words, in order (connectors and
    letters of compounds may be left out or put in)."""
    initials = [w[0].upper() for w in re.findall(r"[^\W\d_]+", name)]
    caps = [c for c in acronym if c.isupper()]
    i = 0
    for c in caps:
        while i < len(initials) and initials[i] != c:
            i += 1
        if i == len(initials):
            return False
        i += 1
    return len(caps) >= 2


@lru_cache(maxsize=1)
def _org_specs() -> dict[str, dict]:
    return {spec["key"]: spec for spec in load_yaml("organisations.yaml")["organisations"]}


_ACRONYM = re.compile(r"(?<![\w&.\-])(?=[^\W\d_]*[A-ZÀ-Ž][^\W\d_]*[A-ZÀ-Ž])[A-ZÀ-Ž][A-Za-zÀ-ž&]{1,11}(?![\w&])")


def acronyms(ctx: DocContext, s: int, e: int) -> list[ActorPhrase]:
    """Acronyms of organisations ("the EFJ") in ``text[s:e]``."""
    out = []
    for m in _ACRONYM.finditer(ctx.text, s, e):
        actor = _acronym_actor(ctx, m.group())
        if actor is not None:
            out.append(ActorPhrase(m.start(), m.end(), (actor,), "organisation"))
    return out


@lru_cache(maxsize=1)
def _body_rx() -> re.Pattern[str]:
    spec = stance_data().get("bodies") or {}
    up = upper()
    word = rf"{up}[^\W\d_]*(?:[-‐]{up}?[^\W\d_]+)*"
    conn = rf"(?:{literal_alt(spec.get('connectors') or [])})"
    return re.compile(rf"{LETTER_BEFORE}{word}(?:\s+(?:{conn}\s+){{0,2}}{word})+{LETTER_AFTER}")


def _head_token(token: str, heads: frozenset[str]) -> bool:
    """A head noun as a word, or as the last part of a compound of capitalised parts
    ("Journalisten-Verband"; not "Whole-of-Society")."""
    if token in heads:
        return True
    parts = re.split(r"[-‐]", token)
    return len(parts) > 1 and parts[-1] in heads and all(p[:1].isupper() for p in parts)


def bodies(ctx: DocContext, b: int, s: int, e: int) -> list[ActorPhrase]:
    """An organisation no registry holds, named by capitalised words around a head noun
    ("Agrupación de Periodistas de ...", "Eesti Ajakirjanike Liit"), with no state name,
    curated organisation or party in it."""
    heads = body_heads()
    out = []
    for m in _body_rx().finditer(ctx.text, s, e):
        words = WORD.findall(m.group())
        if not any(_head_token(tok, heads) for tok in m.group().split()) or find_named(m.group()) or ctx.states_in(b, m.start(), m.end()):
            continue
        if any(party_word(w) for w in words):
            continue
        start = m.start()
        articles = morphology(ctx.blocks[b].lang).articles
        lead = re.match(r"([^\W\d_]+)\s+", m.group())
        if lead and lead.group(1).casefold() in articles:  # "Der Bundesverband ...": the article is no part of the name
            start += lead.end()
        name = clean_name(ctx.text[start : m.end()])
        if len(WORD.findall(name)) < 2:
            continue
        out.append(ActorPhrase(start, m.end(), (_org_actor(f"org-{slug(name)}", name, "other"),), "organisation"))
    return out
