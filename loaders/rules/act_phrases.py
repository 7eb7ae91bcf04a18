"""Acts named by their subject (loaders/data/act_phrases.yaml): the names a language builds
for an act from its topic ("regulation on nature restoration", "EU-Entwaldungsverordnung",
"ley europea contra la deforestación"), with the case forms its morphology allows, and
whether a text names the EU. Kept apart from the act descriptions that compile them
(:mod:`loaders.rules.act_descriptions`) because the grammar is per language, not per act."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml


_GAP = r"[\s\u00a0]+"


def alternation(items) -> str:
    """Regular expressions as one alternation, each in its own group."""
    return "|".join(f"(?:{i})" for i in items)


@lru_cache(maxsize=None)
def _phrase_grammar(lang: str) -> dict:
    return (load_yaml("act_phrases.yaml") or {}).get(lang) or {}


def subject_pattern(lang: str, subjects: tuple[str, ...]) -> EuGroups | None:
    """The names a language builds for an act from its ``subjects`` (regular expressions
    for the act's topic noun phrase): "head [EU word] [preposition] [article] subject"
    ("ley europea contra la deforestación", "regulation on nature restoration"), an
    "anti-" glued to the subject ("lei antidesmatamento"), and where the language builds
    compounds "[EU word] subject head" ("EU deforestation law", "EU-Entwaldungsverordnung",
    "ontbossingswet"). The EU word, when written, is the group ``eu``."""
    g = _phrase_grammar(lang)
    if not g or not subjects or not g.get("heads"):
        return None
    subject = alternation(inflected(x, lang) for x in subjects)
    heads = alternation(inflected(x, lang) for x in g["heads"])
    eu = alternation(g.get("eu") or ["(?!)"])
    preps = alternation(g.get("preps") or ["(?!)"])
    article = rf"(?:(?:{alternation(g['articles'])})(?:{_GAP}|(?<=['’])))?" if g.get("articles") else ""
    link = rf"(?:(?:{preps}){_GAP}{article}|anti-?)"
    # head first: "ley (de la UE) contra la deforestación", "Gesetz der EU gegen Entwaldung"
    forms = [rf"(?:(?P<eu0>{eu}){_GAP})?(?:{heads})(?:{_GAP}(?P<eu>{eu}))?{_GAP}{link}(?:{subject})"]
    if g.get("order") == "modifier":
        compound = alternation(g.get("compound") or g["heads"])
        # "EU deforestation law", "the anti-deforestation rules", "EU-Entwaldungsverordnung",
        # "EU law to fight deforestation"
        forms = [rf"(?:(?P<eu2>{eu})(?:{_GAP}|(?<=-)))?(?:anti-?)?(?:{subject})(?:[\s\u00a0-]|s-?|-?)(?:{compound})(?![^\W\d_])",
                 rf"(?:(?P<eu3>{eu})(?:{_GAP}|(?<=-)))?(?:{heads})(?:{_GAP}(?P<eu>{eu}))?{_GAP}{link}(?:{subject})"]
    body = "|".join(f"(?:{f})" for f in forms)
    rx = rf"(?<![^\W\d_])(?:{body})(?![^\W\d_])"
    return EuGroups(re.compile(rx, re.IGNORECASE))


def inflected(item: str, lang: str) -> str:
    """``item`` as a regular expression; written "~lemma words" its leading plain words are
    each in any case form the language's morphology allows (loaders/data/morphology.yaml:
    the nominative stem ending dropped, then any of its case suffixes), and what follows
    the first word that is not plain stays a regular expression: "~rozporządzenie" reaches
    "rozporządzenia", "rozporządzeniu", "rozporządzeniem"."""
    if not item.startswith("~"):
        return item
    morph = morphology(lang)
    suffixes = "|".join(re.escape(x) for x in sorted(morph.suffixes, key=len, reverse=True) if x)
    tokens = item[1:].split(" ")
    words = []
    for n, word in enumerate(tokens):
        if not re.fullmatch(r"[^\W\d_]+", word):
            words.append(" ".join(tokens[n:]))
            break
        low = word.casefold()
        ending = next((e for e in morph.stem_endings if low.endswith(e) and len(low) - len(e) >= 3), "")
        stem = word[: len(word) - len(ending)] if ending else word
        words.append(rf"{re.escape(stem)}(?:{suffixes})?" if suffixes else re.escape(word))
    return r"[\s\u00a0]+".join(words)


class EuGroups:
    """A compiled subject phrase whose matches answer ``group("eu")`` for whichever of its
    alternatives held the EU word."""

    def __init__(self, rx: re.Pattern[str]):
        self.rx = rx
        self.pattern = rx.pattern
        self.eu_groups = [n for n in rx.groupindex if n.startswith("eu")]

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        for m in self.rx.finditer(text, start, len(text) if end is None else end):
            yield _EuMatch(m, self.eu_groups)

    def search(self, text: str, start: int = 0, end: int | None = None):
        return next(self.finditer(text, start, end), None)


class _EuMatch:
    def __init__(self, m: re.Match[str], groups: list[str]):
        self.m = m
        self.groups_ = groups

    def group(self, name: str | int = 0):
        if name == "eu":
            return next((self.m.group(g) for g in self.groups_ if self.m.group(g) is not None), None)
        return self.m.group(name)

    def start(self) -> int:
        return self.m.start()

    def end(self) -> int:
        return self.m.end()


@lru_cache(maxsize=32)
def names_eu(text: str, lang: str) -> bool:
    """Whether ``text`` names the EU (its institutions, Brussels) in ``lang``'s words."""
    rx = _eu_document(lang)
    return rx is not None and rx.search(text) is not None


@lru_cache(maxsize=None)
def _eu_document(lang: str) -> re.Pattern[str] | None:
    words = _phrase_grammar(lang).get("eu_document")
    return re.compile(words) if words else None
