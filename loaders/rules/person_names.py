"""Whether words written in a stance's sentence are a person's name: its shape, no role, common
noun or state among its words, and where the clause after it begins. Read by stance_people.py."""

from __future__ import annotations

import re

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules import actors as actor_phrases
from loaders.rules.context import DocContext
from loaders.rules.gazetteers import find_named
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_lexicon import LETTER_AFTER, LETTER_BEFORE, WORD, alt, party_word, stance_data


def is_role(lang: str, word: str) -> bool:
    spec = load_yaml("actors.yaml")["languages"].get(lang) or {}
    roles = spec.get("person_roles") or []
    return bool(roles) and re.fullmatch(rf"(?i:{alt(roles)})", word) is not None


def name_ok(ctx: DocContext, lang: str, name: str) -> bool:
    """No word of the name is a role, a state, a party, an organisation or a word the
    document writes in lowercase (a common word, not a name)."""
    words = WORD.findall(name)
    caps = [w for w in words if w[:1].isupper()]
    if len(caps) < 2:
        return False
    if find_named(name):
        return False
    if any(party_word(w) for w in caps) or party_word(name):
        return False
    if any(is_role(lang, w) or common_noun(lang, w) for w in caps):
        return False
    lowered = lower_words(ctx)
    return not any(w.casefold() in lowered for w in caps)


def common_noun(lang: str, word: str) -> bool:
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


def lower_words(ctx: DocContext) -> frozenset[str]:
    cache = ctx.__dict__.setdefault("_stance_actor_cache", {})
    if "lower_words" not in cache:
        cache["lower_words"] = frozenset(w for w in WORD.findall(ctx.text) if w.islower())
    return cache["lower_words"]


def names_state(ctx: DocContext, b: int, start: int, end: int) -> bool:
    return bool(ctx.states_in(b, start, end))


def trimmed_name(lang: str, text: str, raw: str, at: int) -> tuple[str, int]:
    """The name without a first word that opens clauses ("Pour Jane Doe" -> "Jane Doe"),
    and where it starts; empty when one word would be left."""
    name = clean_name(raw)
    if not opens_clause(lang, text, at, name):
        return name, at
    first = raw.split(None, 1)
    if len(first) < 2 or len(first[1].split()) < 2:
        return "", at
    rest = first[1]
    return clean_name(rest), at + raw.index(rest)


def clean_name(name: str) -> str:
    return " ".join(name.split())


def plain_name(ctx: DocContext, b: int, lang: str, name: str, at: int) -> bool:
    """A name with no state, role, party or organisation in it, not opening with a word
    that opens clauses ("Pour X Y", "An den ...", "Vielen Dank")."""
    if opens_clause(lang, ctx.text, at, name):
        return False
    if names_state(ctx, b, at, at + len(name)):
        return False
    if find_named(name):
        return False
    words = [w for w in WORD.findall(name) if w[:1].isupper()]
    return not any(party_word(w) or is_role(lang, w) for w in words)


def given_name_alone(ctx: DocContext, name: str) -> bool:
    """The first word of the name never appears in the document without the rest of the
    name after it: a given name does not, a heading's first noun ("Council Regulation",
    "Raad Justitie") usually does."""
    first, rest = name.split(" ", 1)
    rx = re.compile(rf"{LETTER_BEFORE}{re.escape(first)}{LETTER_AFTER}")
    return all(ctx.text.startswith(rest, m.end() + 1) for m in rx.finditer(ctx.text))


def name_shaped(name: str) -> bool:
    """Every word capitalised and in title case ("Jane Doe", "Paarup-Petersen"), none in
    capitals ("JOINT STATEMENT", "NSO"), none shorter than three letters ("Ab", "To")."""
    for w in WORD.findall(name):
        if not w[:1].isupper():
            continue
        if len(w) < 3 or w.isupper():
            return False
    return all(w[:1].isupper() for w in name.split())  # no particle: "Grupul de la X" is no name


def opens_clause(lang: str, text: str, at: int, name: str) -> bool:
    """Whether the first word is one that opens sentences and is no name: a determiner,
    demonstrative, possessive or greeting (`name_stopwords`), an article, a filler, a
    complementiser, a preposition, or an attribution ("Volgens X", "Nach der ...")."""
    first = WORD.match(name)
    word = first.group().casefold() if first else ""
    stop = {str(w).casefold() for w in ((stance_data().get("name_stopwords") or {}).get(lang) or [])}
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
