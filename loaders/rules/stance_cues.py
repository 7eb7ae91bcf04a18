"""Stance cue words per language (loaders/data/stances.yaml), compiled once per process.

Kept apart from the rules so that adding a language is adding YAML: the rules ask a
:class:`LangCues` ("is there a cue here, is it negated, hedged, is this word a filler")
and never name a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml

_WORD = re.compile(r"[^\W\d_]+")
_GOVERNS = 30  # a verb of weakening this close after a predicate is its object
# One parenthetical between commas may stand between a subject and its predicate
# ("Germany, by contrast, backed"; "France, which exports most, opposes").
_PARENTHETICAL = re.compile(r"^\s*,[^,;:()\[\]\n]{1,60},")


def _rx(patterns, flags: int = re.IGNORECASE, *, word_start: bool = False) -> re.Pattern[str] | None:
    """One alternation of ``patterns``; ``word_start``: each must begin a word, so a cue
    never matches inside a negated verb (Czech "nepodporují", Latvian "neatbalsta")."""
    if not patterns:
        return None
    if isinstance(patterns, str):
        patterns = [patterns]
    lead = r"(?<![^\W\d_])" if word_start else ""
    return re.compile(lead + "(?:" + "|".join(f"(?:{p})" for p in patterns) + ")", flags)


def _words_rx(words, *, at_end: bool = False) -> re.Pattern[str] | None:
    """Whole words or phrases (literal), longest first; ``at_end``: they must end the text,
    give or take spaces and an article (checked by the caller)."""
    if not words:
        return None
    alt = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})\s*$" if at_end else rf"(?<![^\W\d_])(?:{alt})(?![^\W\d_])", re.IGNORECASE)


@dataclass(frozen=True)
class Cue:
    """Where a predicate stands; a predicate that governs a verb of weakening spans both."""

    begin: int
    finish: int

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


@dataclass(frozen=True)
class LangCues:
    lang: str
    oppose: re.Pattern[str]
    support: re.Pattern[str]
    weaken: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    hedge: re.Pattern[str] | None
    fillers: frozenset[str]
    links: frozenset[str]
    not_subject_before: re.Pattern[str] | None
    of: frozenset[str]
    sidebar: re.Pattern[str] | None
    documents: tuple[tuple[str, re.Pattern[str]], ...]
    reveal_that: re.Pattern[str]
    call_reject: re.Pattern[str]
    call_support: re.Pattern[str]
    advocated: re.Pattern[str]
    we: re.Pattern[str]
    anaphor: re.Pattern[str] | None
    numerals: dict[str, int]

    def polarity_at(self, text: str, start: int, end: int) -> tuple[str, Cue] | None:
        """The first predicate in ``text[start:end]`` with its polarity; opposition wins a tie.

        A verb of weakening ("water down", "abschwächen") is opposition to its object, and
        it turns the predicate that governs it: "in favour of weakening X" and "push for
        watering down X" oppose X, "resist any weakening of X" supports it.
        """
        o = self.oppose.search(text, start, end)
        s = self.support.search(text, start, end)
        w = self.weaken.search(text, start, end) if self.weaken is not None else None
        found = [(m.start(), rank, kind, m) for rank, (kind, m) in enumerate((("weaken", w), ("oppose", o), ("support", s))) if m]
        if not found:
            return None
        _, _, kind, cue = min(found, key=lambda x: (x[0], x[1]))
        if kind == "weaken":
            return "oppose", Cue(cue.start(), cue.end())
        if w is not None and cue.end() <= w.start() <= cue.end() + _GOVERNS and self._links_only(text[cue.end() : w.start()]):
            return ("oppose" if kind == "support" else "support"), Cue(cue.start(), w.end())
        return kind, Cue(cue.start(), cue.end())

    def _links_only(self, gap: str) -> bool:
        """Whether ``gap`` (between a predicate and a verb of weakening) only links them:
        articles, "to", "of", "any", fillers."""
        articles = morphology(self.lang).articles
        return all(w.casefold() in self.fillers or w.casefold() in articles or w.casefold() in self.links
                   for w in _WORD.findall(gap))

    def only_fillers(self, gap: str) -> bool:
        """Whether ``gap`` (between a subject and its verb) holds nothing but auxiliaries,
        adverbs, articles, negations and hedges."""
        p = _PARENTHETICAL.match(gap)
        if p is not None and len(_WORD.findall(p.group())) <= 6:
            gap = gap[p.end() :]
        if any(c in gap for c in ";:()[]\n"):
            return False
        for rx in (self.negation, self.hedge):
            if rx is not None:
                gap = rx.sub(" ", gap)
        articles = morphology(self.lang).articles
        return all(w.casefold() in self.fillers or w.casefold() in articles for w in _WORD.findall(gap))

    def number(self, word: str) -> int | None:
        return int(word) if word.isdigit() else self.numerals.get(word.casefold())


def _anaphor(spec: dict | None) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    if not spec:
        return None, {}
    numerals = {str(k).casefold(): int(v) for k, v in spec["numerals"].items()}
    det = "|".join(re.escape(d) for d in sorted(spec["determiners"], key=len, reverse=True))
    num = "|".join(re.escape(n) for n in sorted(numerals, key=len, reverse=True))
    nouns = "|".join(sorted(spec["nouns"], key=len, reverse=True))
    pattern = rf"(?<![^\W\d_])(?:{det})\s+(?P<num>{num}|\d{{1,2}})\s+(?:{nouns})(?![^\W\d_])"
    return re.compile(pattern, re.IGNORECASE), numerals


@lru_cache(maxsize=None)
def lang_cues(lang: str) -> LangCues | None:
    """None for a language without stance cues: its stance rules find nothing."""
    spec = load_yaml("stances.yaml")["languages"].get(lang)
    if not spec:
        return None
    reveal = "|".join(f"(?:{p})" for p in spec["reveal"])
    that = "|".join(spec["that"])
    anaphor, numerals = _anaphor(spec.get("anaphora"))
    sidebar = spec.get("sidebar")
    return LangCues(
        lang=lang,
        oppose=_rx(spec["oppose"], word_start=True),
        support=_rx(spec["support"], word_start=True),
        weaken=_rx(spec.get("weaken"), word_start=True),
        negation=_rx(spec.get("negation")),
        hedge=_rx(spec.get("hedge")),
        fillers=frozenset(str(w).casefold() for w in spec.get("fillers", ())),
        links=frozenset(str(w).casefold() for w in spec.get("links", ())),
        not_subject_before=_words_rx(spec.get("not_subject_before"), at_end=True),
        of=frozenset(str(w).casefold() for w in spec.get("of") or ()),
        sidebar=re.compile(rf"^(?:•\s*)?(?:{'|'.join(sidebar)})\s*[:»›|\-–—]", re.IGNORECASE) if sidebar else None,
        documents=tuple((k, _rx(v)) for k, v in spec["reported_documents"].items()),
        reveal_that=re.compile(rf"(?:{reveal}),?\s+(?:{that})(?![^\W\d_])", re.IGNORECASE),
        call_reject=_rx(spec["call_reject"]),
        call_support=_rx(spec["call_support"]),
        advocated=_rx(spec["advocated"]),
        we=_rx(spec["we"]),
        anaphor=anaphor,
        numerals=numerals,
    )
