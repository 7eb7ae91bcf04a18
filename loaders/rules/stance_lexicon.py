"""Words and patterns the stance actor rules share, compiled once: names of people, parties
(loaders/data/parties.yaml), the `stance_actors:` data of loaders/data/actors.yaml, short
names of EU institutions and the head nouns of associations.

Kept apart so that stance_people.py (people) and stance_actors.py (parties, institutions,
organisations, the document's own government) read the same data without importing each
other.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from core.model import ActorRef
from loaders.rules.actors import ActorPhrase
from loaders.names.resources import load_yaml
from loaders.names.tokens import upper_class

LETTER_BEFORE = r"(?<![^\W\d_])"


LETTER_AFTER = r"(?![^\W\d_])"


WORD = re.compile(r"[^\W\d_]+")


PARTICLES = ("van der", "van den", "van de", "von der", "von", "van", "de la", "de", "del", "della", "di", "da", "dos", "du", "der", "den", "ter", "zu")


@lru_cache(maxsize=1)
def upper() -> str:
    return upper_class()


def alt(items) -> str:
    return "|".join(f"(?:{i})" for i in items)


def literal_alt(items) -> str:
    return "|".join(re.escape(str(i)) for i in sorted(items, key=len, reverse=True))


@lru_cache(maxsize=1)
def name_rx() -> str:
    """Two or three words in title case ("Jane Doe", not "ABC" or "DE MINISTER"); lowercase
    particles only after the given name ("Ursula von der Leyen", "Sanne van Dijk"), so a
    portfolio after a surname ("Jan Smit van Economische Zaken") is no part of it."""
    up = upper()
    word = rf"{up}(?!{up})[^\W\d_]+(?:[-'’]{up}[^\W\d_]+)?"
    part = rf"(?:{literal_alt(PARTICLES)})[ \t]+"
    return rf"{word}(?:[ \t]+{part}{word}|(?:[ \t]+{word}){{1,2}})"


@dataclass(frozen=True)
class Party:
    key: str
    name: str
    state: str
    common: bool


@lru_cache(maxsize=1)
def party_index() -> tuple[dict[str, tuple[Party, ...]], dict[str, tuple[Party, ...]], frozenset[str], re.Pattern[str]]:
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
    rx = re.compile(rf"{LETTER_BEFORE}(?:{literal_alt(anywhere)})(?![\w&])")
    freeze = lambda d: {k: tuple(dict.fromkeys(v)) for k, v in d.items()}  # noqa: E731
    return freeze(anywhere), freeze(bracket), frozenset(str(g) for g in data.get("groups") or []), rx


def party_word(word: str) -> bool:
    """A party's name, or its genitive in -s ("Miljöpartiets", "Moderaternas")."""
    anywhere = party_index()[0]
    return word in anywhere or (word.endswith("s") and word[:-1] in anywhere)


def is_affiliation(text: str) -> bool:
    """Whether a bracket's text names a party or a European Parliament group, alone or
    with others ("SPD", "Open Vld/ADLE", "S&D")."""
    _, bracket, groups, _ = party_index()
    parts = [p.strip() for p in re.split(r"[/,;]", text) if p.strip()]
    return bool(parts) and any(p in groups or p in bracket for p in parts)


def sentence_start(text: str, at: int, s: int) -> bool:
    return not WORD.search(text, s, at) or not text[s:at].strip(" \t\n\"“”„«»'‘’–—-•*")


@lru_cache(maxsize=1)
def stance_data() -> dict:
    return load_yaml("actors.yaml").get("stance_actors") or {}


@lru_cache(maxsize=None)
def institution_forms(lang: str) -> tuple[tuple[re.Pattern[str], ActorRef], ...]:
    data = stance_data().get("institutions") or {}
    names = {spec["key"]: spec for spec in load_yaml("organisations.yaml")["organisations"]}
    out = []
    for key, per_lang in data.items():
        forms = (per_lang or {}).get(lang)
        if not forms or key not in names:
            continue
        spec = names[key]
        rx = re.compile(rf"{LETTER_BEFORE}(?:{alt(forms)}){LETTER_AFTER}")
        out.append((rx, ActorRef(kind="organization", key=key, name=spec["name"], org_kind=spec.get("kind"))))
    return tuple(out)


def institutions_in(text: str, lang: str) -> list[ActorPhrase]:
    """Short names of EU institutions in ``text``, whatever the document."""
    return [ActorPhrase(m.start(), m.end(), (actor,), "institution") for rx, actor in institution_forms(lang) for m in rx.finditer(text)]


@lru_cache(maxsize=1)
def body_heads() -> frozenset[str]:
    return frozenset(str(h) for h in (stance_data().get("bodies") or {}).get("heads") or [])

