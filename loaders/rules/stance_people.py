"""People as stance actors: a capitalised name in apposition with a role, after a role, or
with a party in brackets; named again in the same document by surname, honorific or role
alone; or, with no role, as the first words of a sentence when nothing in it is a common
word (docs/rules.md, Stance actors beyond states).

The roles, modifiers and honorifics are data (loaders/data/actors.yaml); a person is keyed
by the slug of the name and carries no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.ids import slug
from core.model import ActorRef
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules import actors as actor_phrases
from loaders.rules.actors import ActorPhrase
from loaders.rules.context import DocContext
from loaders.rules.gazetteers import find_named
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_lexicon import (
    LETTER_AFTER, LETTER_BEFORE, WORD, alt, body_heads, institutions_in, is_affiliation, literal_alt, name_rx,
    party_index, sentence_start, stance_data, upper,
)
from loaders.rules.person_names import (
    clean_name, given_name_alone, lower_words, name_ok, name_shaped, names_state, opens_clause, plain_name, trimmed_name,
)


@dataclass(frozen=True)
class Person:
    start: int
    end: int  # where the phrase naming the person ends (name, bracket or apposition)
    key: str
    name: str
    role: str | None
    subject_end: int  # where a predicate may follow: the bracket's or apposition's close


@dataclass(frozen=True)
class PeoplePatterns:
    role: re.Pattern[str]  # a role word
    before: re.Pattern[str]  # role, modifiers, name, optional bracket (matched at a role)
    apposed_back: re.Pattern[str]  # "NAME, the " ending right before a role
    close: re.Pattern[str]  # the rest of an apposed role up to its closing comma
    honorific: re.Pattern[str] | None  # an honorific ending right before a surname
    portfolio: re.Pattern[str] | None = None  # role, portfolio, name (matched at a role)


@lru_cache(maxsize=None)
def _people_patterns(lang: str) -> PeoplePatterns | None:
    spec = load_yaml("actors.yaml")["languages"].get(lang) or {}
    roles = spec.get("person_roles")
    if not roles:
        return None
    extra = (stance_data().get("people") or {}).get(lang) or {}
    name = name_rx()
    role = f"(?:{alt(roles)})"
    mods = list(extra.get("modifiers") or [])
    lex = actor_phrases.lexicon(lang)
    demonym = lex.demonym.pattern if lex is not None and lex.demonym is not None else None
    between_alts = mods + ([demonym] if demonym else [])
    between = rf"(?:\s+(?i:{alt(between_alts)})){{0,3}}" if between_alts else ""
    complement = int(extra.get("complement_words", 0))
    comp = rf"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*)){{0,{complement}}}" if complement else ""
    role_rx = re.compile(rf"{LETTER_BEFORE}(?P<role>(?i:{role})){LETTER_AFTER}")
    before = re.compile(rf"(?P<role>(?i:{role})){between}{comp}\s+(?P<name>{name}){LETTER_AFTER}"
                        rf"(?:\s*\((?P<aff>[^()\n]{{1,40}})\))?")
    articles = extra.get("apposition_articles") or []
    art = rf"(?:(?i:{alt(articles)})\s+)?" if articles else ""
    dem = f"|{demonym}" if demonym else ""
    between_apposed = rf"(?:(?:(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*|EU|Europ[^\W\d_]*|Euroop[^\W\d_]*){dem})\s+){{0,3}}"
    apposed_back = re.compile(rf"{LETTER_BEFORE}(?P<name>{name}),\s+{art}{between_apposed}$")
    close = re.compile(r"[^,.;:()\n\"“”«»]{0,90}(?P<close>,)?")
    hon = extra.get("honorifics") or []
    honorific = re.compile(rf"{LETTER_BEFORE}(?:{alt(hon)})\.?\s+$") if hon else None
    return PeoplePatterns(role_rx, before, apposed_back, close, honorific, _portfolio(lang, role, between, extra))


def _portfolio(lang: str, role: str, between: str, extra: dict) -> re.Pattern[str] | None:
    """A role with its portfolio before the name: "il ministro dell'Interno Mario Rossi",
    "la ministre de l'Intérieur, Jeanne Dupont,", "minister van Justitie Jan Smit". The
    portfolio's capitalised words cannot be told from a name's, so without commas around
    the name only one capitalised word may follow each link (no lowercase word: it could
    be a verb with its object) and the name must be the two words after it, a lowercase
    word next ("Asuntos Exteriores José Albares" is left unread: portfolio and name could
    split in two ways); between commas the name is delimited and the portfolio may hold
    more words."""
    links = extra.get("portfolio_links") or []
    if not links:
        return None
    between = re.sub(r"\(\?P<\w+>", "(?:", between)  # used twice below: the demonyms' groups unnamed
    up, low = upper(), r"[^\W\d_]"
    cap = rf"{up}(?!{up}){low}+(?:-{up}{low}+)?"
    lower = rf"(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž]{low}*)"
    link = rf"(?i:{alt(links)})"
    conj = alt(re.escape(c) for c in morphology(lang).conjunctions) or "and"
    one = rf"{link}\s*{cap}"  # no lowercase word: "le ministre de l'Intérieur reçoit Jeanne Dupont"
    # after a conjunction the next portfolio may open with an article instead of a link
    # ("per le Infrastrutture e i Trasporti", "de l'Agriculture et la Pêche")
    arts = [a for a in morphology(lang).articles if a.isalpha()]
    joined = rf"(?:{link}\s*|(?i:{literal_alt(arts)})\s+){cap}" if arts else one
    port = rf"{one}(?:\s+(?:{conj})\s+{joined})*"
    more = rf"{link}\s*{cap}(?:\s+(?:{cap}|{lower}|(?:{conj})\s+{link}\s*{cap})){{0,5}}"
    name = name_rx()
    return re.compile(
        rf"(?P<role>(?i:{role})){between}\s+(?:{more})\s*,\s*(?P<name>{name}){LETTER_AFTER}\s*(?P<close>,)"
        rf"|(?P<role2>(?i:{role})){between}\s+{port}\s+(?P<name2>{cap}[ \t]+{cap}){LETTER_AFTER}(?![ \t]+{up})")


def introduced(ctx: DocContext) -> list[Person]:
    """People introduced with a role or a party in the document, in text order (once per
    document). Each scan starts from what is rare in a text (a role word, a bracket, a
    party's genitive) and reads the name beside it."""
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    if "people" in cache:
        return cache["people"]
    found: dict[int, Person] = {}
    text = ctx.text
    for b, block in enumerate(ctx.blocks):
        pats = _people_patterns(block.lang)
        if pats is None:
            continue
        role_rx, before, apposed_back, close_rx = pats.role, pats.before, pats.apposed_back, pats.close
        for r in role_rx.finditer(text, block.start, block.end):
            m = before.match(text, r.start(), block.end)
            if m is not None:
                name = clean_name(m["name"])
                if plain_name(ctx, b, block.lang, name, m.start("name")):
                    # after a role, a bracket is the person's affiliation, known or not
                    found.setdefault(m.start("name"), Person(m.start(), m.end(), slug(name), name, m["role"], m.end()))
                continue
            p = pats.portfolio.match(text, r.start(), block.end) if pats.portfolio is not None else None
            if p is not None:
                group = "name" if p["name"] else "name2"
                name = clean_name(p[group])
                if plain_name(ctx, b, block.lang, name, p.start(group)):
                    found.setdefault(p.start(group), Person(p.start(), p.end(), slug(name), name, p["role"] or p["role2"], p.end()))
                continue
            a = apposed_back.search(text, max(block.start, r.start() - 140), r.start())
            if a is not None:
                name, at = trimmed_name(block.lang, text, a["name"], a.start("name"))
                if name and plain_name(ctx, b, block.lang, name, at) and _apposition_words(block.lang, text[a.end("name") : r.start()]):
                    c = close_rx.match(text, r.end(), block.end)
                    close = c.end() if c is not None and c["close"] else a.end("name")
                    found.setdefault(at, Person(at, close, slug(name), name, r["role"], close))
        for o in _OPEN_BRACKET.finditer(text, block.start, block.end):
            close_at = text.find(")", o.end(), min(block.end, o.end() + 41))
            if close_at < 0 or "\n" in text[o.end() : close_at] or not is_affiliation(text[o.end() : close_at]):
                continue
            m = _name_before().search(text, max(block.start, o.start() - 80), o.start())
            if m is None:
                continue
            name, at = trimmed_name(block.lang, text, m["name"], m.start("name"))
            if name and plain_name(ctx, b, block.lang, name, at):
                found.setdefault(at, Person(at, close_at + 1, slug(name), name, None, close_at + 1))
        for g in _party_genitives(text, block.start, block.end):
            m = _name_after().match(text, g.end(), block.end)
            if m is None:
                continue
            name = clean_name(m["name"])
            if plain_name(ctx, b, block.lang, name, m.start("name")):
                found.setdefault(m.start("name"), Person(g.start(), m.end(), slug(name), name, None, m.end()))
        says = _say_words(block.lang)
        if not morphology(block.lang).nouns_capitalised and says is not None and says.search(text, block.start, block.end):
            # German capitalises every noun; a block with no verb of saying has no speaker
            for m in _speakers(block.lang).finditer(text, block.start, block.end):
                group = "name" if m["name"] else "name2"
                at, end = m.start(group), m.end(group)
                inside = [z for _, a, z in find_named(text, max(block.start, at - 60), end) if a < at < z]
                if inside:  # "Index on Censorship Jane Doe said": the organisation's last word is no given name
                    at = inside[-1] + len(text[inside[-1] :]) - len(text[inside[-1] :].lstrip())
                name = clean_name(text[at:end])
                if at in found or not name_shaped(name) or opens_clause(block.lang, text, at, name):
                    continue
                if name_ok(ctx, block.lang, name) and plain_name(ctx, b, block.lang, name, at):
                    found[at] = Person(at, end, slug(name), name, None, end)
    cache["people"] = sorted(found.values(), key=lambda p: p.start)
    return cache["people"]


_OPEN_BRACKET = re.compile(r"\s?\(")


@lru_cache(maxsize=None)
def _speakers(lang: str) -> re.Pattern[str]:
    """A name as the speaker of a verb of saying (people.yaml `say`): "said Jane Doe",
    "Jane Doe said", "a déclaré Jean Dupont"; the name is introduced for later mentions by
    surname, not made an actor of what it says."""
    says = (load_yaml("people.yaml")["languages"].get(lang) or {}).get("say") or []
    if not says:
        return re.compile(r"(?!)")
    say = literal_alt(says)
    name = name_rx()
    return re.compile(rf"(?:{LETTER_BEFORE}(?:{say})\s+(?P<name>{name}){LETTER_AFTER}|{LETTER_BEFORE}(?P<name2>{name})\s+(?:{say}){LETTER_AFTER})")


@lru_cache(maxsize=None)
def _say_words(lang: str) -> re.Pattern[str] | None:
    """The verbs of saying alone: every speaker match holds one, and without the pattern's
    leading lookbehind ``re`` scans for their first letters in C."""
    says = (load_yaml("people.yaml")["languages"].get(lang) or {}).get("say") or []
    return re.compile(literal_alt(says)) if says else None


@lru_cache(maxsize=1)
def _name_before() -> re.Pattern[str]:
    """A name ending where the search window ends (right before a bracket)."""
    return re.compile(rf"{LETTER_BEFORE}(?P<name>{name_rx()})\s*$")


@lru_cache(maxsize=1)
def _party_genitive() -> re.Pattern[str]:
    """A party's name in the genitive in -s ("Miljöpartiets", "Moderaternas")."""
    forms = [f for f in party_index()[0] if len(f) >= 4]
    return re.compile(rf"{LETTER_BEFORE}(?:{literal_alt(forms)})s{LETTER_AFTER}")


@lru_cache(maxsize=1)
def _party_genitive_words() -> re.Pattern[str]:
    forms = [f for f in party_index()[0] if len(f) >= 4]
    return re.compile(rf"(?:{literal_alt(forms)})s")


def _party_genitives(text: str, start: int, end: int):
    """``_party_genitive().finditer(text, start, end)``, tried only where the genitive's
    words occur: a pattern opening with a lookbehind gets no first-letter scan from ``re``."""
    words, full = _party_genitive_words(), _party_genitive()
    pos = start
    while (c := words.search(text, pos, end)) is not None:
        m = full.match(text, c.start(), end)
        if m is not None:
            yield m
            pos = m.end()
        else:
            pos = c.start() + 1


@lru_cache(maxsize=1)
def _name_after() -> re.Pattern[str]:
    """"Miljöpartiets Jane Doe": after a party's genitive (Scandinavian languages put the
    affiliation before the name this way), a name."""
    return re.compile(rf"\s+(?P<name>{name_rx()}){LETTER_AFTER}")


def _apposition_words(lang: str, between: str) -> bool:
    """The words between a name's comma and its role are modifiers ("the German interior
    minister"), not a conjunction, preposition or participle phrase that starts another
    clause ("Jane Doe, and the minister", "X, chaired by the minister")."""
    cues = lang_cues(lang)
    conj = morphology(lang).conjunction_words
    spec = (stance_data().get("people") or {}).get(lang) or {}
    allowed = morphology(lang).articles | {str(w).casefold() for w in spec.get("apposition_articles") or []}
    stops = {str(w).casefold() for w in spec.get("apposition_stops") or []}
    for w in WORD.findall(between):
        f = w.casefold()
        if f in allowed:
            continue
        if f in conj or f in stops or (cues is not None and (f in cues.of or (cues.not_subject_before is not None and cues.not_subject_before.search(f)))):
            return False
    return True


def _surname(name: str) -> str:
    """The name without its first word ("Ursula von der Leyen" -> "von der Leyen")."""
    parts = name.split(" ", 1)
    return parts[1] if len(parts) == 2 else name


def people(ctx: DocContext, b: int, s: int, e: int) -> list[ActorPhrase]:
    """People in ``text[s:e]``: introduced there, or named again by full name, surname
    (after an honorific, or not as the sentence's first word), or role alone."""
    lang = ctx.blocks[b].lang
    known = introduced(ctx)
    out: list[ActorPhrase] = []
    taken: list[tuple[int, int]] = []
    for p in known:
        if s <= p.start < e:
            out.append(ActorPhrase(p.start, p.subject_end, (_person(p),), "person"))
            taken.append((p.start, p.end))
    earlier = [p for p in known if p.start < e]
    if not earlier:
        return out + _bare_names(ctx, b, s, e, taken)
    pats = _people_patterns(lang)
    honorific = pats.honorific if pats else None
    by_key: dict[str, Person] = {}
    for p in earlier:
        by_key.setdefault(p.key, p)
    surnames: dict[str, set[str]] = {}
    for p in by_key.values():
        surnames.setdefault(_surname(p.name), set()).add(p.key)
    forms = {p.name: {p.key} for p in by_key.values()}
    for sur, keys in surnames.items():
        forms.setdefault(sur, set()).update(keys)
    rx = re.compile(rf"{LETTER_BEFORE}(?:{literal_alt(forms)}){LETTER_AFTER}")
    for m in rx.finditer(ctx.text, s, e):
        if any(a <= m.start() < z for a, z in taken):
            continue
        keys = forms[m.group()]
        if len(keys) != 1:
            continue
        p = by_key[next(iter(keys))]
        if p.start >= m.start():
            continue
        is_full = m.group() == p.name
        if not is_full:
            head = ctx.text[max(s, m.start() - 12) : m.start()]
            titled = honorific is not None and honorific.search(head) is not None
            if not titled and (sentence_start(ctx.text, m.start(), s) or m.group().casefold() in lower_words(ctx)):
                continue
        out.append(ActorPhrase(m.start(), m.end(), (_person(p),), "person_again"))
        taken.append((m.start(), m.end()))
    out += _role_alone(ctx, lang, s, e, earlier, taken)
    return out + _bare_names(ctx, b, s, e, taken)


def _role_alone(ctx: DocContext, lang: str, s: int, e: int, earlier: list[Person], taken: list[tuple[int, int]]) -> list[ActorPhrase]:
    """"Prezydent podkreślił ...": a role with no name after it stands for the one person
    the document introduced with that role."""
    by_role: dict[str, set[str]] = {}
    first: dict[str, Person] = {}
    for p in earlier:
        if p.role:
            by_role.setdefault(p.role.casefold(), set()).add(p.key)
            first.setdefault(p.key, p)
    roles = {r: next(iter(k)) for r, k in by_role.items() if len(k) == 1}
    if not roles:
        return []
    rx = re.compile(rf"{LETTER_BEFORE}(?i:{literal_alt(roles)}){LETTER_AFTER}(?!\s+{upper()})")
    out = []
    for m in rx.finditer(ctx.text, s, e):
        if any(a <= m.start() < z for a, z in taken):
            continue
        p = first[roles[m.group().casefold()]]
        if p.start < m.start():
            out.append(ActorPhrase(m.start(), m.end(), (_person(p),), "person_role"))
    return out


def _bare_names(ctx: DocContext, b: int, s: int, e: int, taken: list[tuple[int, int]]) -> list[ActorPhrase]:
    """A name with no role as the sentence's subject: only at the sentence's start (so
    no verb or preposition governs it), and only a name no common word is part of."""
    m = re.compile(rf"\s*[\"“„«]?\s*(?P<name>{name_rx()}){LETTER_AFTER}").match(ctx.text, s, e)
    if m is None or any(a < m.end("name") and m.start("name") < z for a, z in taken):
        return []
    name = clean_name(m["name"])
    lang = ctx.blocks[b].lang
    if _people_patterns(lang) is None or morphology(lang).nouns_capitalised:
        return []  # German writes every noun capitalised: two nouns look like a name
    if not name_shaped(name) or opens_clause(lang, ctx.text, m.start("name"), name) or not given_name_alone(ctx, name):
        return []
    heads = body_heads()
    if any(w in heads for w in WORD.findall(name)) or actor_phrases.capitals(name, lang, 0, len(name)):
        return []
    if any(p.start < len(name) for p in institutions_in(name, lang)):
        return []
    if not name_ok(ctx, lang, name) or names_state(ctx, b, m.start("name"), m.end("name")):
        return []
    return [ActorPhrase(m.start("name"), m.end("name"), (ActorRef(kind="person", key=slug(name), name=name),), "person_bare")]


def _person(p: Person) -> ActorRef:
    return ActorRef(kind="person", key=p.key, name=p.name)

