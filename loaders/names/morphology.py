"""Per-language inflection data (loaders/data/morphology.yaml) as a typed, cached object."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml


@dataclass(frozen=True, slots=True)
class Morphology:
    lang: str
    stem_endings: tuple[str, ...]
    suffixes: frozenset[str]
    suffix_lengths: tuple[int, ...]
    articles: frozenset[str]
    article_prefixes: tuple[str, ...]
    conjunctions: tuple[str, ...]
    nouns_capitalised: bool
    strip_accents: bool
    noun_cases: bool
    # per case: (nominative ending, endings in that case), longest ending first (loaders.names.inflect)
    cases: tuple[tuple[tuple[str, tuple[str, ...]], ...], ...] = ()
    # the conjunctions casefolded, whole ("a także") and as the words they are made of
    conjunction_forms: frozenset[str] = frozenset()
    conjunction_words: frozenset[str] = frozenset()


@lru_cache(maxsize=None)
def morphology(lang: str) -> Morphology:
    """Known languages get their own data; any other falls back to exact matching only."""
    data = load_yaml("morphology.yaml")
    from loaders.names.tokens import fold

    spec = {**data["defaults"], **data["languages"].get(lang, {})}
    strip = bool(spec["strip_accents"])
    # endings are compared with folded words, so they are folded alike (Greek final "ς" -> "σ")
    suffixes = frozenset(fold(str(s), strip) for s in spec["suffixes"])
    return Morphology(
        lang=lang,
        stem_endings=tuple(sorted({fold(str(e), strip) for e in spec["stem_endings"]}, key=len, reverse=True)),
        suffixes=suffixes,
        suffix_lengths=tuple(sorted({len(s) for s in suffixes})),
        articles=frozenset(str(a).casefold() for a in spec["articles"]),
        article_prefixes=tuple(f"{p}-" for p in spec["article_prefixes"]),
        conjunctions=tuple(str(c) for c in spec["conjunctions"]),
        nouns_capitalised=bool(spec["nouns_capitalised"]),
        strip_accents=bool(spec["strip_accents"]),
        noun_cases=bool(spec["noun_cases"]),
        cases=_cases(spec.get("cases") or {}, bool(spec["strip_accents"])),
        conjunction_forms=frozenset(str(c).casefold() for c in spec["conjunctions"]),
        conjunction_words=frozenset(w for c in spec["conjunctions"] for w in str(c).casefold().split()),
    )


def _cases(spec: dict, strip_accents: bool) -> tuple[tuple[tuple[str, tuple[str, ...]], ...], ...]:
    """``cases`` from the YAML, endings folded as names are (casefolded, accents stripped
    where the language compares without them)."""
    from loaders.names.tokens import fold

    out = []
    for case, endings in spec.items():
        if not isinstance(endings, dict):
            raise ValueError(f"morphology.yaml: case {case!r} must map nominative endings to lists of endings")
        rows = [(fold(str(nom), strip_accents), tuple(fold(str(e), strip_accents) for e in (forms or [""])))
                for nom, forms in endings.items()]
        out.append(tuple(sorted(rows, key=lambda r: len(r[0]), reverse=True)))
    return tuple(out)


def supported_languages() -> tuple[str, ...]:
    return tuple(load_yaml("morphology.yaml")["languages"])
