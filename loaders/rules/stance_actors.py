"""Actors of stances beyond states: people, political parties, EU institutions named short,
and the organs of the document's own state ("die Bundesregierung", "het kabinet").

Each is found by structure, with the words kept as data (loaders/data/actors.yaml,
parties.yaml, organisations.yaml):

- a person is a capitalised name of two or three words in apposition with a role noun
  ("Interior Minister Jane Doe", "la députée Anne Exemple", "Jane Doe, the rapporteur,"),
  or followed by a party or group in brackets ("Jane Doe (SPD)"); once introduced, the
  same document may name the person by surname alone ("Ms Doe", "Doe said") or by the
  role alone when only one person held it ("the President"). A bare name counts only as
  the subject of a speech or stance verb, when none of its words is a common word of the
  document (written lowercase in it) and none is a role, state, party or organisation;
- a party is one of parties.yaml's names; a name that is also a common word never
  counts as a sentence's first word;
- an EU institution may be named by its short form ("die Kommission", "the Council")
  when the document names the EU at all;
- an organ named without its state stands for the state whose language the document is
  written in, only when that is one state, or when the document names one of the
  candidate states and no other state's organ. Otherwise the phrase is returned with no
  actor, so the stance rules can warn instead of guessing.

Whether a phrase is the subject of a predicate is decided by the stance rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.model import ActorRef
from loaders.names.gazetteer import english_names
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.names.tokens import _upper_class
from loaders.rules import actors as actor_phrases
from loaders.rules.actors import ActorPhrase
from loaders.rules.context import DocContext
from loaders.rules.gazetteers import find_named
from core.ids import slug
from loaders.rules.stance_cues import lang_cues

_LETTER_BEFORE = r"(?<![^\W\d_])"
_LETTER_AFTER = r"(?![^\W\d_])"
_WORD = re.compile(r"[^\W\d_]+")
_PARTICLES = ("van der", "van den", "van de", "von der", "von", "van", "de la", "de", "del", "della", "di", "da", "dos", "du", "der", "den", "ter", "zu")


@lru_cache(maxsize=1)
def _upper() -> str:
    return _upper_class()


def _alt(items) -> str:
    return "|".join(f"(?:{i})" for i in items)


def _literal_alt(items) -> str:
    return "|".join(re.escape(str(i)) for i in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def _name_rx() -> str:
    """Two or three words in title case ("Jane Doe", not "ABC" or "DE MINISTER"); lowercase
    particles only after the given name ("Ursula von der Leyen", "Sanne van Dijk"), so a
    portfolio after a surname ("Jan Smit van Economische Zaken") is no part of it."""
    up = _upper()
    word = rf"{up}(?!{up})[^\W\d_]+(?:[-'’]{up}[^\W\d_]+)?"
    part = rf"(?:{_literal_alt(_PARTICLES)})[ \t]+"
    return rf"{word}(?:[ \t]+{part}{word}|(?:[ \t]+{word}){{1,2}})"


# ---------------------------------------------------------------- parties


@dataclass(frozen=True)
class Party:
    key: str
    name: str
    state: str
    common: bool


@lru_cache(maxsize=1)
def _parties() -> tuple[dict[str, tuple[Party, ...]], dict[str, tuple[Party, ...]], frozenset[str], re.Pattern[str]]:
    """(form -> parties read anywhere, form -> parties read in a bracket, EP groups, the
    pattern of every anywhere-form)."""
    data = load_yaml("parties.yaml")
    anywhere: dict[str, list[Party]] = {}
    bracket: dict[str, list[Party]] = {}
    for iso, specs in data["parties"].items():
        for spec in specs:
            party = Party(spec["key"], spec["name"], str(iso), bool(spec.get("common")))
            for form in spec.get("names") or []:
                anywhere.setdefault(str(form), []).append(party)
                bracket.setdefault(str(form), []).append(party)
            for form in spec.get("short") or []:
                bracket.setdefault(str(form), []).append(party)
                if len(str(form)) >= 3:
                    anywhere.setdefault(str(form), []).append(party)
    rx = re.compile(rf"{_LETTER_BEFORE}(?:{_literal_alt(anywhere)})(?![\w&])")
    freeze = lambda d: {k: tuple(dict.fromkeys(v)) for k, v in d.items()}  # noqa: E731
    return freeze(anywhere), freeze(bracket), frozenset(str(g) for g in data.get("groups") or []), rx


def _pick(parties: tuple[Party, ...], home: str | None, lang: str) -> Party | None:
    """One party for a form; a form two states' parties share needs the document's state,
    or a language only one of those states writes ("SPD" in German, not Czech)."""
    if len(parties) == 1:
        return parties[0]
    chosen = [p for p in parties if p.state == home]
    if not chosen and home is None:
        states = set((_stance_data().get("home_states") or {}).get(lang, []))
        chosen = [p for p in parties if p.state in states]
    return chosen[0] if len(chosen) == 1 else None


def _party_actor(p: Party) -> ActorRef:
    return ActorRef(kind="organization", key=f"party-{p.key}", name=p.name, org_kind="other")


def is_affiliation(text: str) -> bool:
    """Whether a bracket's text names a party or a European Parliament group, alone or
    with others ("SPD", "Open Vld/ADLE", "S&D")."""
    _, bracket, groups, _ = _parties()
    parts = [p.strip() for p in re.split(r"[/,;]", text) if p.strip()]
    return bool(parts) and any(p in groups or p in bracket for p in parts)


def _sentence_start(text: str, at: int, s: int) -> bool:
    return not _WORD.search(text, s, at) or not text[s:at].strip(" \t\n\"“”„«»'‘’–—-•*")


def parties(ctx: DocContext, s: int, e: int) -> list[ActorPhrase]:
    """Parties named in ``text[s:e]``, a list of them as one phrase ("A, B and C")."""
    anywhere, _, _, rx = _parties()
    home = home_state(ctx)
    items: list[tuple[ActorRef, int, int]] = []
    for m in rx.finditer(ctx.text, s, e):
        party = _pick(anywhere[m.group()], home, ctx.lang_at(m.start()))
        if party is None or (party.common and _sentence_start(ctx.text, m.start(), s)):
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


# ---------------------------------------------------------------- the document's state


@lru_cache(maxsize=1)
def _stance_data() -> dict:
    return load_yaml("actors.yaml").get("stance_actors") or {}


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
    candidates = [str(c) for c in (_stance_data().get("home_states") or {}).get(lang, [])]
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
    for spec in (_stance_data().get("home_organs") or {}).get(lang, []):
        forms = [str(f).replace("{adj}", _ADJ) for f in spec["forms"]]
        rx = re.compile(rf"{_LETTER_BEFORE}(?:{_alt(forms)}){_LETTER_AFTER}")
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
        words = _WORD.findall(ctx.text, max(ctx.blocks[b].start, m.start - 60), m.start)
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


# ---------------------------------------------------------------- EU institutions named short


@lru_cache(maxsize=None)
def _institutions(lang: str) -> tuple[tuple[re.Pattern[str], ActorRef], ...]:
    data = _stance_data().get("institutions") or {}
    names = {spec["key"]: spec for spec in load_yaml("organisations.yaml")["organisations"]}
    out = []
    for key, per_lang in data.items():
        forms = (per_lang or {}).get(lang)
        if not forms or key not in names:
            continue
        spec = names[key]
        rx = re.compile(rf"{_LETTER_BEFORE}(?:{_alt(forms)}){_LETTER_AFTER}")
        out.append((rx, ActorRef(kind="organization", key=key, name=spec["name"], org_kind=spec.get("kind"))))
    return tuple(out)


_EU = re.compile(r"(?<![^\W\d_])(?:EU|UE|ЕС|ΕΕ|EL|ES|Europ\w*|Euroop\w*|Eiropas|Evrop\w*|Európ\w*|Европ\w*|Ευρωπ\w*|Bruxelles|Brussels|Brüssel|Bruselas|Bruxelas|Bruksela|Brussel)(?![^\W\d_])")


def institutions_in(text: str, lang: str) -> list[ActorPhrase]:
    """Short names of EU institutions in ``text``, whatever the document."""
    return [ActorPhrase(m.start(), m.end(), (actor,), "institution") for rx, actor in _institutions(lang) for m in rx.finditer(text)]


def institutions(ctx: DocContext, lang: str, s: int, e: int) -> list[ActorPhrase]:
    """"die Kommission", "the Council", "het Parlement" in a document that names the EU;
    not when a complement names another body ("the Commission on Human Rights")."""
    entries = _institutions(lang)
    if not entries:
        return []
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    if "eu" not in cache:
        cache["eu"] = _EU.search(ctx.text) is not None
    if not cache["eu"]:
        return []
    blockers = _stance_data().get("institution_complements", {}).get(lang) or []
    after = re.compile(rf"\s+(?:{_alt(blockers)})\s+\S") if blockers else None
    out = []
    for rx, actor in entries:
        for m in rx.finditer(ctx.text, s, e):
            if after is not None and after.match(ctx.text, m.end()):
                continue
            out.append(ActorPhrase(m.start(), m.end(), (actor,), "institution"))
    return out


# ---------------------------------------------------------------- organisations by acronym or head noun


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
    spec = _stance_data().get("bodies") or {}
    up = _upper()
    word = rf"{up}[^\W\d_]*(?:[-‐]{up}?[^\W\d_]+)*"
    conn = rf"(?:{_literal_alt(spec.get('connectors') or [])})"
    return re.compile(rf"{_LETTER_BEFORE}{word}(?:\s+(?:{conn}\s+){{0,2}}{word})+{_LETTER_AFTER}")


@lru_cache(maxsize=1)
def _body_heads() -> frozenset[str]:
    return frozenset(str(h) for h in (_stance_data().get("bodies") or {}).get("heads") or [])


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
    heads = _body_heads()
    out = []
    for m in _body_rx().finditer(ctx.text, s, e):
        words = _WORD.findall(m.group())
        if not any(_head_token(tok, heads) for tok in m.group().split()) or find_named(m.group()) or ctx.states_in(b, m.start(), m.end()):
            continue
        if any(_party_word(w) for w in words):
            continue
        start = m.start()
        articles = morphology(ctx.blocks[b].lang).articles
        lead = re.match(r"([^\W\d_]+)\s+", m.group())
        if lead and lead.group(1).casefold() in articles:  # "Der Bundesverband ...": the article is no part of the name
            start += lead.end()
        name = _clean_name(ctx.text[start : m.end()])
        if len(_WORD.findall(name)) < 2:
            continue
        out.append(ActorPhrase(start, m.end(), (_org_actor(f"org-{slug(name)}", name, "other"),), "organisation"))
    return out


# ---------------------------------------------------------------- people


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


@lru_cache(maxsize=None)
def _people_patterns(lang: str) -> PeoplePatterns | None:
    spec = load_yaml("actors.yaml")["languages"].get(lang) or {}
    roles = spec.get("person_roles")
    if not roles:
        return None
    extra = (_stance_data().get("people") or {}).get(lang) or {}
    name = _name_rx()
    role = f"(?:{_alt(roles)})"
    mods = list(extra.get("modifiers") or [])
    lex = actor_phrases.lexicon(lang)
    demonym = lex.demonym.pattern if lex is not None and lex.demonym is not None else None
    between_alts = mods + ([demonym] if demonym else [])
    between = rf"(?:\s+(?i:{_alt(between_alts)})){{0,3}}" if between_alts else ""
    complement = int(extra.get("complement_words", 0))
    comp = rf"(?:\s+(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*)){{0,{complement}}}" if complement else ""
    role_rx = re.compile(rf"{_LETTER_BEFORE}(?P<role>(?i:{role})){_LETTER_AFTER}")
    before = re.compile(rf"(?P<role>(?i:{role})){between}{comp}\s+(?P<name>{name}){_LETTER_AFTER}"
                        rf"(?:\s*\((?P<aff>[^()\n]{{1,40}})\))?")
    articles = extra.get("apposition_articles") or []
    art = rf"(?:(?i:{_alt(articles)})\s+)?" if articles else ""
    dem = f"|{demonym}" if demonym else ""
    between_apposed = rf"(?:(?:(?-i:[^\W\d_A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]*|EU|Europ[^\W\d_]*|Euroop[^\W\d_]*){dem})\s+){{0,3}}"
    apposed_back = re.compile(rf"{_LETTER_BEFORE}(?P<name>{name}),\s+{art}{between_apposed}$")
    close = re.compile(r"[^,.;:()\n\"“”«»]{0,90}(?P<close>,)?")
    hon = extra.get("honorifics") or []
    honorific = re.compile(rf"{_LETTER_BEFORE}(?:{_alt(hon)})\.?\s+$") if hon else None
    return PeoplePatterns(role_rx, before, apposed_back, close, honorific)


def _is_role(lang: str, word: str) -> bool:
    spec = load_yaml("actors.yaml")["languages"].get(lang) or {}
    roles = spec.get("person_roles") or []
    return bool(roles) and re.fullmatch(rf"(?i:{_alt(roles)})", word) is not None


def _name_ok(ctx: DocContext, lang: str, name: str) -> bool:
    """No word of the name is a role, a state, a party, an organisation or a word the
    document writes in lowercase (a common word, not a name)."""
    words = _WORD.findall(name)
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2:
        return False
    if find_named(name):
        return False
    if any(_party_word(w) for w in caps) or _party_word(name):
        return False
    if any(_is_role(lang, w) or _common_noun(lang, w) for w in caps):
        return False
    lowered = _lower_words(ctx)
    return not any(w.casefold() in lowered for w in caps)


def _common_noun(lang: str, word: str) -> bool:
    """A numeral, article, demonym, state organ or collective noun ("Sechs Mitgliedstaaten",
    "Deutsche Behörden"): languages that capitalise nouns write these like names."""
    folded = word.casefold()
    if folded in morphology(lang).articles or actor_phrases.is_organ(lang, word):
        return True
    cues = lang_cues(lang)
    if cues is not None and (cues.number(folded) is not None or (cues.collective is not None and cues.collective.match(word))):
        return True
    lex = actor_phrases.lexicon(lang)
    return lex is not None and lex.demonym is not None and lex.demonym.fullmatch(word) is not None


def _lower_words(ctx: DocContext) -> frozenset[str]:
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    if "lower_words" not in cache:
        cache["lower_words"] = frozenset(w for w in _WORD.findall(ctx.text) if w.islower())
    return cache["lower_words"]


def _names_state(ctx: DocContext, b: int, start: int, end: int) -> bool:
    return bool(ctx.states_in(b, start, end))


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
                name = _clean_name(m["name"])
                if _plain_name(ctx, b, block.lang, name, m.start("name")):
                    # after a role, a bracket is the person's affiliation, known or not
                    found.setdefault(m.start("name"), Person(m.start(), m.end(), slug(name), name, m["role"], m.end()))
                continue
            a = apposed_back.search(text, max(block.start, r.start() - 140), r.start())
            if a is not None:
                name, at = _trimmed(block.lang, text, a["name"], a.start("name"))
                if name and _plain_name(ctx, b, block.lang, name, at) and _apposition_words(block.lang, text[a.end("name") : r.start()]):
                    c = close_rx.match(text, r.end(), block.end)
                    close = c.end() if c is not None and c["close"] else a.end("name")
                    found.setdefault(at, Person(at, close, slug(name), name, r["role"], close))
        for o in _OPEN_BRACKET.finditer(text, block.start, block.end):
            c = text.find(")", o.end(), min(block.end, o.end() + 41))
            if c < 0 or "\n" in text[o.end() : c] or not is_affiliation(text[o.end() : c]):
                continue
            m = _name_before().search(text, max(block.start, o.start() - 80), o.start())
            if m is None:
                continue
            name, at = _trimmed(block.lang, text, m["name"], m.start("name"))
            if name and _plain_name(ctx, b, block.lang, name, at):
                found.setdefault(at, Person(at, c + 1, slug(name), name, None, c + 1))
        for g in _party_genitive().finditer(text, block.start, block.end):
            m = _name_after().match(text, g.end(), block.end)
            if m is None:
                continue
            name = _clean_name(m["name"])
            if _plain_name(ctx, b, block.lang, name, m.start("name")):
                found.setdefault(m.start("name"), Person(g.start(), m.end(), slug(name), name, None, m.end()))
    cache["people"] = sorted(found.values(), key=lambda p: p.start)
    return cache["people"]


_OPEN_BRACKET = re.compile(r"\s?\(")


@lru_cache(maxsize=1)
def _name_before() -> re.Pattern[str]:
    """A name ending where the search window ends (right before a bracket)."""
    return re.compile(rf"{_LETTER_BEFORE}(?P<name>{_name_rx()})\s*$")


@lru_cache(maxsize=1)
def _party_genitive() -> re.Pattern[str]:
    """A party's name in the genitive in -s ("Miljöpartiets", "Moderaternas")."""
    forms = [f for f in _parties()[0] if len(f) >= 4]
    return re.compile(rf"{_LETTER_BEFORE}(?:{_literal_alt(forms)})s{_LETTER_AFTER}")


@lru_cache(maxsize=1)
def _name_after() -> re.Pattern[str]:
    """"Miljöpartiets Jane Doe": after a party's genitive (Scandinavian languages put the
    affiliation before the name this way), a name."""
    return re.compile(rf"\s+(?P<name>{_name_rx()}){_LETTER_AFTER}")


def _apposition_words(lang: str, between: str) -> bool:
    """The words between a name's comma and its role are modifiers ("the German interior
    minister"), not a conjunction, preposition or participle phrase that starts another
    clause ("Jane Doe, and the minister", "X, chaired by the minister")."""
    cues = lang_cues(lang)
    conj = {w.casefold() for c in morphology(lang).conjunctions for w in c.split()}
    spec = (_stance_data().get("people") or {}).get(lang) or {}
    allowed = morphology(lang).articles | {str(w).casefold() for w in spec.get("apposition_articles") or []}
    stops = {str(w).casefold() for w in spec.get("apposition_stops") or []}
    for w in _WORD.findall(between):
        f = w.casefold()
        if f in allowed:
            continue
        if f in conj or f in stops or (cues is not None and (f in cues.of or (cues.not_subject_before is not None and cues.not_subject_before.search(f)))):
            return False
    return True


def _trimmed(lang: str, text: str, raw: str, at: int) -> tuple[str, int]:
    """The name without a first word that opens clauses ("Pour Jane Doe" -> "Jane Doe"),
    and where it starts; empty when one word would be left."""
    name = _clean_name(raw)
    if not _opens_clause(lang, text, at, name):
        return name, at
    first = raw.split(None, 1)
    if len(first) < 2 or len(first[1].split()) < 2:
        return "", at
    rest = first[1]
    return _clean_name(rest), at + raw.index(rest)


def _clean_name(name: str) -> str:
    return " ".join(name.split())


def _plain_name(ctx: DocContext, b: int, lang: str, name: str, at: int) -> bool:
    """A name with no state, role, party or organisation in it, not opening with a word
    that opens clauses ("Pour X Y", "An den ...", "Vielen Dank")."""
    if _opens_clause(lang, ctx.text, at, name):
        return False
    if _names_state(ctx, b, at, at + len(name)):
        return False
    if find_named(name):
        return False
    words = [w for w in _WORD.findall(name) if w[:1].isupper()]
    return not any(_party_word(w) or _is_role(lang, w) for w in words)


def _party_word(word: str) -> bool:
    """A party's name, or its genitive in -s ("Miljöpartiets", "Moderaternas")."""
    anywhere = _parties()[0]
    return word in anywhere or (word.endswith("s") and word[:-1] in anywhere)


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
    rx = re.compile(rf"{_LETTER_BEFORE}(?:{_literal_alt(forms)}){_LETTER_AFTER}")
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
            if not titled and (_sentence_start(ctx.text, m.start(), s) or m.group().casefold() in _lower_words(ctx)):
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
    rx = re.compile(rf"{_LETTER_BEFORE}(?i:{_literal_alt(roles)}){_LETTER_AFTER}(?!\s+{_upper()})")
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
    m = re.compile(rf"\s*[\"“„«]?\s*(?P<name>{_name_rx()}){_LETTER_AFTER}").match(ctx.text, s, e)
    if m is None or any(a < m.end("name") and m.start("name") < z for a, z in taken):
        return []
    name = _clean_name(m["name"])
    lang = ctx.blocks[b].lang
    if _people_patterns(lang) is None or morphology(lang).nouns_capitalised:
        return []  # German writes every noun capitalised: two nouns look like a name
    if not _name_shaped(name) or _opens_clause(lang, ctx.text, m.start("name"), name) or not _given_name_alone(ctx, name):
        return []
    heads = _body_heads()
    if any(w in heads for w in _WORD.findall(name)) or actor_phrases.capitals(name, lang, 0, len(name)):
        return []
    if any(p.start < len(name) for p in institutions_in(name, lang)):
        return []
    if not _name_ok(ctx, lang, name) or _names_state(ctx, b, m.start("name"), m.end("name")):
        return []
    return [ActorPhrase(m.start("name"), m.end("name"), (ActorRef(kind="person", key=slug(name), name=name),), "person_bare")]


def _given_name_alone(ctx: DocContext, name: str) -> bool:
    """The first word of the name never appears in the document without the rest of the
    name after it: a given name does not, a heading's first noun ("Council Regulation",
    "Raad Justitie") usually does."""
    first, rest = name.split(" ", 1)
    rx = re.compile(rf"{_LETTER_BEFORE}{re.escape(first)}{_LETTER_AFTER}")
    return all(ctx.text.startswith(rest, m.end() + 1) for m in rx.finditer(ctx.text))


def _name_shaped(name: str) -> bool:
    """Every word capitalised and in title case ("Jane Doe", "Paarup-Petersen"), none in
    capitals ("JOINT STATEMENT", "NSO"), none shorter than three letters ("Ab", "To")."""
    for w in _WORD.findall(name):
        if not w[:1].isupper():
            continue
        if len(w) < 3 or w.isupper():
            return False
    return all(w[:1].isupper() for w in name.split())  # no particle: "Grupul de la X" is no name


def _opens_clause(lang: str, text: str, at: int, name: str) -> bool:
    """Whether the first word is one that opens sentences and is no name: a determiner,
    demonstrative, possessive or greeting (`name_stopwords`), an article, a filler, a
    complementiser, a preposition, or an attribution ("Volgens X", "Nach der ...")."""
    first = _WORD.match(name)
    word = first.group().casefold() if first else ""
    stop = {str(w).casefold() for w in ((_stance_data().get("name_stopwords") or {}).get(lang) or [])}
    cues = lang_cues(lang)
    if word in stop or word in morphology(lang).articles:
        return True
    if cues is None:
        return False
    if word in cues.fillers or word in cues.complementisers or word in cues.of:
        return True
    if cues.not_subject_before is not None and cues.not_subject_before.search(word):
        return True
    return cues.attribution is not None and cues.attribution.match(text, at) is not None


def _person(p: Person) -> ActorRef:
    return ActorRef(kind="person", key=p.key, name=p.name)


# ---------------------------------------------------------------- all of them


def phrases(ctx: DocContext, b: int, s: int, e: int) -> list[ActorPhrase]:
    """Every actor phrase of this module in the sentence ``text[s:e]`` of block ``b``."""
    lang = ctx.blocks[b].lang
    found = (people(ctx, b, s, e) + parties(ctx, s, e) + institutions(ctx, lang, s, e) + home_organs(ctx, lang, s, e)
             + acronyms(ctx, s, e) + bodies(ctx, b, s, e))
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
    if _WORD.search(lead, clause):  # "die Kritik der SPD": a genitive, not the clause's subject
        return p
    return ActorPhrase(m.start(1), p.end, p.actors, p.how)


_ARTICLE_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)\s+$")
