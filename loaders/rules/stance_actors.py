"""Actors of stances beyond states: people (stance_people.py), political parties, EU
institutions named short, organisations by acronym or head noun, and the organs of the
document's own state ("die Bundesregierung", "het kabinet").

Each is found by structure, with the words kept as data (loaders/data/actors.yaml,
parties.yaml, organisations.yaml):

- a party is one of parties.yaml's names; a name that is also a common word never
  counts as a sentence's first word;
- an EU institution may be named by its short form ("die Kommission", "the Council")
  when the document names the EU at all;
- an organisation is named by the acronym the document gives it, or by capitalised words
  around an association's head noun;
- an organ named without its state stands for the state whose language the document is
  written in, only when that is one state, or when the document names one of the
  candidate states and no other state's organ. Otherwise the phrase is returned with no
  actor, so the stance rules can warn instead of guessing.

Whether a phrase is the subject of a predicate is decided by the stance rules.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef
from loaders.names.gazetteer import english_names
from loaders.names.morphology import morphology
from loaders.rules import actors as actor_phrases
from loaders.rules.actors import ActorPhrase
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_lexicon import (
    LETTER_AFTER, LETTER_BEFORE, WORD, Party, alt, institution_forms, party_index, sentence_start, stance_data,
)
from loaders.rules.stance_org_actors import acronyms, bodies, designated
from loaders.rules.stance_people import people


def _pick(parties: tuple[Party, ...], home: str | None, lang: str) -> Party | None:
    """One party for a form; a form two states' parties share needs the document's state,
    or a language only one of those states writes ("SPD" in German, not Czech)."""
    if len(parties) == 1:
        return parties[0]
    chosen = [p for p in parties if p.state == home]
    if not chosen and home is None:
        states = set((stance_data().get("home_states") or {}).get(lang, []))
        chosen = [p for p in parties if p.state in states]
    return chosen[0] if len(chosen) == 1 else None


def _party_actor(p: Party) -> ActorRef:
    return ActorRef(kind="organization", key=f"party-{p.key}", name=p.name, org_kind="other")


def parties(ctx: DocContext, s: int, e: int) -> list[ActorPhrase]:
    """Parties named in ``text[s:e]``, a list of them as one phrase ("A, B and C")."""
    anywhere, _, _, rx = party_index()
    home = home_state(ctx)
    items: list[tuple[ActorRef, int, int]] = []
    for m in rx.finditer(ctx.text, s, e):
        party = _pick(anywhere[m.group()], home, ctx.lang_at(m.start()))
        if party is None or (party.common and sentence_start(ctx.text, m.start(), s)):
            continue
        items.append((_party_actor(party), m.start(), m.end()))
    return _joined(ctx.text, items, "party")


_JOIN = re.compile(r"^\s*(?:,\s*)?(?:(?:and|und|et|y|e|i|en|och|og|și|ja|és|a|&|sowie|ou|oder|or|eller)\s+)?$", re.IGNORECASE)


def _joined(text: str, items: list[tuple[ActorRef, int, int]], how: str) -> list[ActorPhrase]:
    out: list[ActorPhrase] = []
    cur: list[tuple[ActorRef, int, int]] = []
    for item in items:
        if cur and _JOIN.match(text[cur[-1][2] : item[1]]):
            cur.append(item)
            continue
        if cur:
            out.append(_phrase(cur, how))
        cur = [item]
    if cur:
        out.append(_phrase(cur, how))
    return out


def _phrase(items: list[tuple[ActorRef, int, int]], how: str) -> ActorPhrase:
    seen: dict[str, ActorRef] = {}
    for a, _, _ in items:
        seen.setdefault(a.key, a)
    return ActorPhrase(items[0][1], items[-1][2], tuple(seen.values()), how)


def home_state(ctx: DocContext) -> str | None:
    """The state the document is written from, when its language and the states it names
    leave one: a language of one state ("da" -> DK); else the one candidate state the
    document names (by name or demonym) when it names no other candidate."""
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    if "home" in cache:
        return cache["home"]
    cache["home"] = None
    if not ctx.blocks:
        return None
    sizes: dict[str, int] = {}
    for b in ctx.blocks:
        sizes[b.lang] = sizes.get(b.lang, 0) + (b.end - b.start)
    lang = max(sizes, key=sizes.get)
    candidates = [str(c) for c in (stance_data().get("home_states") or {}).get(lang, [])]
    if len(candidates) == 1:
        cache["home"] = candidates[0]
    elif candidates:
        named = {m.iso2 for _, m in ctx.all_states() if m.iso2 and not m.weak}
        lex = actor_phrases.lexicon(lang)
        if lex is not None and lex.demonym is not None:
            for b in ctx.blocks:
                if b.lang == lang:
                    named |= {(d.lastgroup or "")[2:] for d in lex.demonym.finditer(ctx.text, b.start, b.end)}
        hits = [c for c in candidates if c in named]
        if len(hits) == 1:
            cache["home"] = hits[0]
    return cache["home"]


@lru_cache(maxsize=None)
def _home_organs(lang: str) -> tuple[tuple[re.Pattern[str], tuple[str, ...], dict | None], ...]:
    """The organ forms of ``lang``; "{adj}" in a form is one lowercase adjective, quoted or
    not ("het demissionaire kabinet", "die »schwarz-rote« Bundesregierung")."""
    out = []
    for spec in (stance_data().get("home_organs") or {}).get(lang, []):
        forms = [str(f).replace("{adj}", _ADJ) for f in spec["forms"]]
        rx = re.compile(rf"{LETTER_BEFORE}(?:{alt(forms)}){LETTER_AFTER}")
        out.append((rx, tuple(str(x) for x in spec["states"]), spec.get("org")))
    return tuple(out)


_ADJ = r"(?:[»«\"„“”'‘’]?(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*(?:-[^\W\d_]+)*)[»«\"„“”'‘’]?\s+)?"


def _foreign_organs(ctx: DocContext, home: str) -> bool:
    """Whether the document names another state's organ ("le gouvernement français" in a
    Belgian text, "los ministerios de Francia" in a Spanish one): then a bare "the
    government" may be that state's."""
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    key = ("foreign", home)
    if key not in cache:
        found = False
        for b, block in enumerate(ctx.blocks):
            phrases = (actor_phrases.state_organs(ctx.text, block.lang, [m for m in ctx.states[b] if not m.weak])
                       + actor_phrases.demonym_phrases(ctx.text, block.lang, block.start, block.end))
            if any(a.iso2 and a.iso2 != home for p in phrases for a in p.actors) or _organ_of_state(ctx, b, home):
                found = True
                break
        cache[key] = found
    return cache[key]


def _organ_of_state(ctx: DocContext, b: int, home: str | None) -> bool:
    """"los ministerios de Francia", "the government of Sweden": an organ noun, a genitive
    linker and another state's name."""
    lang = ctx.blocks[b].lang
    lex, cues = actor_phrases.lexicon(lang), lang_cues(lang)
    if lex is None or cues is None or not cues.of:
        return False
    articles = morphology(lang).articles
    for m in ctx.states[b]:
        if m.weak or not m.iso2 or m.iso2 == home:
            continue
        words = WORD.findall(ctx.text, max(ctx.blocks[b].start, m.start - 60), m.start)
        while words and words[-1].casefold() in articles and words[-1].casefold() not in cues.of:
            words.pop()
        if len(words) >= 2 and words[-1].casefold() in cues.of and lex.head.fullmatch(words[-2]):
            return True
    return False


def home_organs(ctx: DocContext, lang: str, s: int, e: int) -> list[ActorPhrase]:
    """"die Bundesregierung", "het kabinet", "regeringen": the document's own state, or no
    actor when the document does not say which state that is."""
    out = []
    for rx, states, org in _home_organs(lang):
        for m in rx.finditer(ctx.text, s, e):
            lex = actor_phrases.lexicon(lang)
            if lex is not None and lex.demonym is not None and lex.demonym.search(m.group()):
                continue  # "het Deense kabinet": a demonym phrase, another state's organ
            home = home_state(ctx)
            if home not in states or _foreign_organs(ctx, home):
                out.append(ActorPhrase(m.start(), m.end(), (), "home_organ"))
                continue
            if org:
                actor = ActorRef(kind="organization", key=f"{org['key']}-{home.lower()}",
                                 name=f"{org['name']} ({english_names().get(home, home)})", org_kind="government")
            else:
                actor = ActorRef(kind="state", key=home, name=english_names().get(home, home), iso2=home)
            out.append(ActorPhrase(m.start(), m.end(), (actor,), "home_organ"))
    return out


_EU = re.compile(r"(?<![^\W\d_])(?:EU|EÚ|UE|ЕС|ΕΕ|EL|ES|Europ\w*|Euroop\w*|Eiropas|Evrop\w*|Európ\w*|Европ\w*|Ευρωπ\w*|Bruxelles|Brussels|Brüssel|Bruselas|Bruxelas|Bruksela|Brussel)(?![^\W\d_])")


def institutions(ctx: DocContext, lang: str, s: int, e: int) -> list[ActorPhrase]:
    """"die Kommission", "the Council", "het Parlement" in a document that names the EU;
    not when a complement names another body ("the Commission on Human Rights")."""
    entries = institution_forms(lang)
    if not entries:
        return []
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    if "eu" not in cache:
        cache["eu"] = _EU.search(ctx.text) is not None
    if not cache["eu"]:
        return []
    blockers = stance_data().get("institution_complements", {}).get(lang) or []
    after = re.compile(rf"\s+(?:{alt(blockers)})\s+\S") if blockers else None
    out = []
    for rx, actor in entries:
        for m in rx.finditer(ctx.text, s, e):
            if after is not None and after.match(ctx.text, m.end()):
                continue
            out.append(ActorPhrase(m.start(), m.end(), (actor,), "institution"))
    return out


def phrases(ctx: DocContext, b: int, s: int, e: int) -> list[ActorPhrase]:
    """Every actor phrase of this module in the sentence ``text[s:e]`` of block ``b``."""
    lang = ctx.blocks[b].lang
    found = (people(ctx, b, s, e) + parties(ctx, s, e) + institutions(ctx, lang, s, e) + home_organs(ctx, lang, s, e)
             + acronyms(ctx, s, e) + bodies(ctx, b, s, e) + designated(ctx, b, s, e))
    return [_with_article(ctx.text, lang, s, p) for p in found]


def _with_article(text: str, lang: str, s: int, p: ActorPhrase) -> ActorPhrase:
    """The phrase with the article right before it ("Der BDI", "die SPD"): an article is
    no preposition, and in German it is also the genitive's ("der"), which the subject
    check would otherwise take for "of"."""
    m = _ARTICLE_BEFORE.search(text, s, p.start)
    if m is None or m.group(1).casefold() not in morphology(lang).articles:
        return p
    lead = text[s : m.start(1)]
    clause = max(lead.rfind(c) for c in ",;:(–—\n") + 1
    if WORD.search(lead, clause):  # "die Kritik der SPD": a genitive, not the clause's subject
        return p
    return ActorPhrase(m.start(1), p.end, p.actors, p.how)


_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+$")

