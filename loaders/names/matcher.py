"""Find state names in running text of one language.

Matching is token-wise against the precomputed gazetteer: a word matches a name word
exactly, through its lemma (simplemma), or as a stem of the name word followed by one of
the language's inflection suffixes; a multi-word name also matches declined as a whole
(``declined``: "Νέας Ζηλανδίας", "Korejské republiky", see :mod:`loaders.names.inflect`). Multi-word names are tried first and the longest
match wins, so "Papua New Guinea" never yields "Guinea" and "South Korea" never yields
the ambiguous "Korea".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.names.forms import form_table
from loaders.names.gazetteer import Gazetteer, NameEntry, english_names, gap_kind, gazetteer
from loaders.names.tokens import CAPITALISED_RE, Token, fold, token_after, token_before

_RANK = {"exact": 3, "lemma": 2, "declined": 2, "stem": 1}
_CONFIDENCE = {"exact": 0.95, "lemma": 0.9, "declined": 0.9, "stem": 0.85}
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n•·]\s*|\n)$")


@dataclass(frozen=True, slots=True)
class StateMatch:
    """A state name found in text. ``iso2`` is None when the name is ambiguous."""

    iso2: str | None
    name: str
    surface: str
    start: int
    end: int
    confidence: float
    method: str
    weak: bool = False
    candidates: tuple[str, ...] = ()

    @property
    def resolved(self) -> bool:
        return self.iso2 is not None


def _word_matches(word: str, lemma: str | None, target: str, stems: frozenset[str], gaz: Gazetteer) -> str | None:
    if word == target:
        return "exact"
    if lemma is not None and lemma == target:
        return "lemma"
    for n in gaz.morph.suffix_lengths:
        if n == 0:
            if word in stems:
                return "stem"
        elif len(word) > n and word[-n:] in gaz.morph.suffixes and word[:-n] in stems:
            return "stem"
    return None


def _folded(tok: Token, gaz: Gazetteer, use_lemma: bool = True) -> tuple[str, str | None]:
    return _keys(tok.text, gaz.lang, use_lemma)


@lru_cache(maxsize=65536)
def _keys(text: str, lang: str, use_lemma: bool) -> tuple[str, str | None]:
    """(folded word without a clitic article, folded name-word lemma or None), cached:
    running text repeats its words, and this is the per-token cost of matching."""
    gaz = gazetteer(lang)
    word = fold(text, gaz.morph.strip_accents)
    for prefix in gaz.morph.article_prefixes:
        if word.startswith(prefix) and len(word) > len(prefix) + 2:
            word = word[len(prefix) :]
            break
    return word, (form_table(lang).lemma(text) if use_lemma else None)


def _candidates(word: str, lemma: str | None, gaz: Gazetteer) -> set[NameEntry]:
    found: set[NameEntry] = set()
    found.update(gaz.exact.get(word, ()))
    if lemma:
        found.update(gaz.exact.get(lemma, ()))
    for n in gaz.morph.suffix_lengths:
        if n == 0:
            found.update(gaz.stems.get(word, ()))
        elif len(word) > n and word[-n:] in gaz.morph.suffixes:
            found.update(gaz.stems.get(word[:-n], ()))
    return found


def _extend(entry: NameEntry, first_tok: Token, end: int, text: str, gaz: Gazetteer, first: str, use_lemma: bool) -> tuple[str, int] | None:
    """(the weakest method over all words, end offset) if the whole name matches from
    ``first_tok``, else None. Following words are tokenised only here, on demand."""
    worst = first
    prev = first_tok
    for k in range(1, len(entry.tokens)):
        tok = token_after(text, prev.end, end)
        if tok is None or gap_kind(text[prev.end : tok.start]) != entry.gaps[k - 1]:
            return None
        word, lemma = _folded(tok, gaz, use_lemma)
        how = _word_matches(word, lemma, entry.tokens[k], entry.stems[k], gaz)
        if how is None:
            return None
        if _RANK[how] < _RANK[worst]:
            worst = how
        prev = tok
    return worst, prev.end


@lru_cache(maxsize=65536)
def _first_words(text: str, lang: str, use_lemma: bool) -> tuple[tuple[NameEntry, str, int], ...]:
    """(entry, how its first word matches, closeness) for every name that can start with
    the word ``text``, cached: running text repeats its capitalised words ("The",
    "Commission"), and most of them start no name at all."""
    gaz = gazetteer(lang)
    word, lemma = _keys(text, lang, use_lemma)
    out = []
    for entry in _candidates(word, lemma, gaz):
        first = _word_matches(word, lemma, entry.tokens[0], entry.stems[0], gaz)
        if first is not None:
            out.append((entry, first, -abs(len(word) - len(entry.tokens[0]))))
    out.sort(key=lambda row: row[0].source == "inflected")  # written names first (see _best_at)
    return tuple(out)


def _best_at(tok: Token, end: int, text: str, gaz: Gazetteer, use_lemma: bool) -> tuple[list[NameEntry], str, int] | None:
    """(entries, method, end offset) of the best name starting at the capitalised ``tok``."""
    if tok.all_caps and tok.text in gaz.caps:
        return gaz.caps[tok.text], "exact", tok.end
    best: list[tuple[tuple, NameEntry, str, int]] = []
    exact_len = 0  # the longest name matched exactly so far: no declined entry that long can beat it
    for entry, first, closeness in _first_words(tok.text, gaz.lang, use_lemma):
        declined = entry.source == "inflected"
        if declined and len(entry.tokens) <= exact_len:
            continue
        found = _extend(entry, tok, end, text, gaz, first, use_lemma)
        if found is None:
            continue
        how, stop = found
        if declined:
            how = "declined"  # a whole name declined (loaders.names.inflect): never a nominative
        elif how == "exact":
            exact_len = max(exact_len, len(entry.tokens))
        best.append(((len(entry.tokens), _RANK[how], closeness), entry, how, stop))
    if not best:
        return None
    top = max(b[0] for b in best)
    # Ties in a fixed order ("lemma" before "declined", then the form): the candidates come
    # from sets, and two processes must name a match's method, so its evidence id, alike.
    winners = sorted((b for b in best if b[0] == top), key=lambda b: (b[2] != "lemma", b[2], b[1].form, b[3]))
    return [w[1] for w in winners], winners[0][2], winners[0][3]


def _sentence_initial(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 3) : start]))


def _proper_noun_neighbour(s: int, e: int, text: str, lo: int, hi: int, starts: set[int], ends: set[int]) -> bool:
    """A capitalised word glued to a one-word name makes it part of a longer proper noun
    ("Chad Smith", "Georgia Tech", "Polski Ład"), unless that word is itself a state."""
    nxt = token_after(text, e, hi)
    if nxt is not None and nxt.start not in starts and nxt.capitalised and text[e : nxt.start] == " ":
        return True
    prv = token_before(text, s, lo)
    if prv is not None and prv.end not in ends:
        if prv.capitalised and text[prv.end : s] == " " and not _sentence_initial(text, prv.start):
            return True
    return False


_GAP_WORDS = re.compile(r"[^\W\d_]+|[,;/&]")


@lru_cache(maxsize=256)
def _separators(conjunctions: tuple[str, ...], articles: frozenset[str]) -> frozenset[str]:
    return frozenset({",", ";", "/", "&"} | set(conjunctions) | set(articles))


def _in_list(matches: list[StateMatch], text: str, gaz: Gazetteer) -> list[bool]:
    """Whether each match sits in a run of two or more states joined by list separators."""
    seps = _separators(gaz.morph.conjunctions, gaz.morph.articles)
    flags = [False] * len(matches)
    for k in range(1, len(matches)):
        gap = text[matches[k - 1].end : matches[k].start]
        if len(gap) <= 40 and gap.strip() and "\n\n" not in gap and all(w in seps for w in _GAP_WORDS.findall(gap.casefold())):
            flags[k - 1] = flags[k] = True
    return flags


def may_start_name(text: str, lang: str, use_lemma: bool = True) -> bool:
    """Whether a name of ``lang`` can start at ``text[0]``: the capitalised word there is the
    first word of one, as ``find_states`` requires of every match. A cheap "no" before
    reading a short item in every language."""
    m = CAPITALISED_RE.match(text)
    if m is None:
        return False
    gaz = gazetteer(lang)
    word = m.group()
    return (len(word) > 1 and word.isupper() and word in gaz.caps) or bool(_first_words(word, gaz.lang, use_lemma))


def find_states(text: str, lang: str, start: int = 0, end: int | None = None, *, use_lemma: bool = True) -> list[StateMatch]:
    """All state names in ``text[start:end]`` written in ``lang``; offsets index ``text``.

    Weak matches (names that are also given names, US states or common words, or that are
    glued to another capitalised word) are kept with ``weak=True`` unless they stand in a
    list of states; ambiguous names ("Korea") come back with ``iso2=None``.
    ``use_lemma=False`` skips the lemma table (``loaders.names.forms``): only exact
    forms and stems + suffixes match.
    """
    gaz = gazetteer(lang)
    end = len(text) if end is None else end
    names = english_names()
    raw: list[tuple[int, int, list[NameEntry], str]] = []
    pos = start
    caps, lang = gaz.caps, gaz.lang
    for m in CAPITALISED_RE.finditer(text, start, end):  # a name starts capitalised
        word = m.group()
        # most capitalised words start no name: skip them before building a token
        if not (len(word) > 1 and word.isupper() and word in caps) and not _first_words(word, lang, use_lemma):
            continue
        tok = Token(word, m.start(), m.end())
        if tok.start < pos:
            continue  # inside the previous name
        hit = _best_at(tok, end, text, gaz, use_lemma)
        if hit is None:
            continue
        entries, how, stop = hit
        raw.append((tok.start, stop, entries, how))
        pos = stop
    starts = {s for s, _, _, _ in raw}
    ends = {e for _, e, _, _ in raw}
    out: list[StateMatch] = []
    for s, e, entries, how in raw:
        surface = text[s:e]
        codes = sorted({c for en in entries for c in en.candidates})
        iso2 = codes[0] if len(codes) == 1 and all(en.iso2 for en in entries) else None
        single = len(entries[0].tokens) == 1 and not entries[0].caps
        weak = any(en.weak for en in entries) or fold(surface, gaz.morph.strip_accents) in gaz.weak_forms
        if single and not gaz.morph.nouns_capitalised and _proper_noun_neighbour(s, e, text, start, end, starts, ends):
            weak = True
        conf = _CONFIDENCE[how] - (0.05 if single and how == "stem" else 0.0)
        if weak:
            conf *= 0.6
        out.append(
            StateMatch(
                iso2=iso2,
                name=names.get(iso2, surface) if iso2 else surface,
                surface=surface,
                start=s,
                end=e,
                confidence=round(conf, 3),
                method=how,
                weak=weak,
                candidates=tuple(codes),
            )
        )
    flags = _in_list(out, text, gaz)
    return [
        replace(m, weak=False, confidence=round(min(0.9, m.confidence / 0.6), 3)) if m.weak and flag else m
        for m, flag in zip(out, flags)
    ]
