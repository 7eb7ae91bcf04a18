"""The per-language index of state names, built once from CLDR, pycountry and curated YAML.

Everything expensive happens here, at first use of a language: names are tokenised,
folded and cut into stems so that matching running text is only dictionary lookups.
"""

from __future__ import annotations

import gettext
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache

import pycountry
from babel import Locale

from core.states import english_names as core_english_names
from loaders.names.inflect import declensions
from loaders.names.morphology import Morphology, morphology
from loaders.names.resources import load_yaml
from loaders.names.tokens import fold, tokenize

_PARENS = re.compile(r"\s*\([^)]*\)")
MIN_STEM = 4


@dataclass(frozen=True, slots=True)
class NameEntry:
    """One written form of one state (or of an ambiguous group) in one language."""

    iso2: str | None
    candidates: tuple[str, ...]
    form: str
    tokens: tuple[str, ...]
    gaps: tuple[str, ...]
    stems: tuple[frozenset[str], ...]
    caps: bool
    weak: bool
    source: str


@dataclass(slots=True)
class Gazetteer:
    lang: str
    morph: Morphology
    exact: dict[str, list[NameEntry]] = field(default_factory=lambda: defaultdict(list))
    stems: dict[str, list[NameEntry]] = field(default_factory=lambda: defaultdict(list))
    caps: dict[str, list[NameEntry]] = field(default_factory=lambda: defaultdict(list))
    weak_forms: frozenset[str] = frozenset()


def gap_kind(gap: str) -> str:
    """What separates two words of a name; text must separate them the same way."""
    core = gap.strip()
    if not core:
        return "space"
    if core == ",":
        return "comma"
    if core in {"'", "\u2019"}:
        return "apos"
    return "other:" + core


def english_names() -> dict[str, str]:
    """ISO alpha-2 -> the English name facts carry: the domain core's one list."""
    return core_english_names()


def council_codes() -> dict[str, str]:
    return dict(load_yaml("state_names.yaml")["council_codes"])


def _pycountry_names(lang: str) -> dict[str, set[str]]:
    try:
        tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang]).gettext
    except OSError:
        tr = (lambda s: s) if lang == "en" else None
    out: dict[str, set[str]] = defaultdict(set)
    if tr is None:
        return out
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if value:
                out[c.alpha_2].add(tr(value))
    return out


def _stems(text: str) -> set[str]:
    return {w[:4].casefold() for w in re.findall(r"[^\W\d_]{4,}", text)}


def _own_translation(form: str, code: str, translated: dict[str, set[str]], territories) -> bool:
    """pycountry's catalogues give a few official names to the wrong state (Slovak
    "Slovenská republika" for the Gambia as well as Slovakia): a form two states share stays
    with those whose CLDR name in the language shares a word with it."""
    owners = [c for c, names in translated.items() if form in names]
    if len(owners) < 2:
        return True
    sharing = [c for c in owners if _stems(str(territories.get(c, ""))) & _stems(form)]
    return not sharing or code in sharing


def _raw_names(lang: str) -> list[tuple[str | None, tuple[str, ...], str, str]]:
    """(iso2, candidates, form, source) for every name known in ``lang``."""
    data = load_yaml("state_names.yaml")
    states = {c.alpha_2 for c in pycountry.countries}
    rows: list[tuple[str | None, tuple[str, ...], str, str]] = []
    try:
        territories = Locale.parse(lang).territories
    except Exception:  # babel has no such locale: curated names only
        territories = {}
    for code, name in territories.items():
        if code in states:
            rows.append((code, (code,), name, "cldr"))
    translated = _pycountry_names(lang)
    for code, names in translated.items():
        rows.extend((code, (code,), n, "pycountry") for n in names if _own_translation(n, code, translated, territories))
    for code, names in (data["aliases"].get(lang) or {}).items():
        rows.extend((code, (code,), str(n), "alias") for n in names)
    for form, codes in (data["ambiguous"].get(lang) or {}).items():
        rows.append((None, tuple(codes), str(form), "ambiguous"))
    return rows


def _entry(iso2, candidates, form, source, morph: Morphology, weak_forms) -> NameEntry | None:
    form = _PARENS.sub("", form).strip()
    toks = tokenize(form)
    if not toks:
        return None
    words = [t.text for t in toks]
    gaps = [gap_kind(form[a.end : b.start]) for a, b in zip(toks, toks[1:])]
    while len(words) > 1 and words[0].casefold() in morph.articles:
        words.pop(0)
        gaps.pop(0)
    folded = []
    for w in words:
        f = fold(w, morph.strip_accents)
        for prefix in morph.article_prefixes:
            if f.startswith(prefix) and len(f) > len(prefix) + 2:
                f = f[len(prefix) :]
                break
        folded.append(f)
    caps = len(words) == 1 and form.isupper() and len(form) <= 6
    stems = []
    for f in folded:
        keys = {f}
        for ending in morph.stem_endings:
            if f.endswith(ending) and len(f) - len(ending) >= MIN_STEM:
                keys.add(f[: -len(ending)])
        stems.append(frozenset(keys))
    weak = folded[0] in weak_forms and len(folded) == 1
    return NameEntry(iso2, tuple(candidates), form, tuple(folded), tuple(gaps), tuple(stems), caps, weak, source)


@lru_cache(maxsize=None)
def gazetteer(lang: str) -> Gazetteer:
    """Built lazily per language and kept for the life of the process."""
    morph = morphology(lang)
    weak_forms = frozenset(
        fold(w, morph.strip_accents) for w in (load_yaml("state_names.yaml")["weak"].get(lang) or [])
    )
    gaz = Gazetteer(lang=lang, morph=morph, weak_forms=weak_forms)
    seen: set[tuple[str | None, tuple[str, ...]]] = set()
    for iso2, candidates, form, source in _raw_names(lang):
        entry = _entry(iso2, candidates, form, source, morph, weak_forms)
        if entry is None or (entry.iso2, entry.tokens) in seen and not entry.caps:
            continue
        seen.add((entry.iso2, entry.tokens))
        if entry.caps:
            gaz.caps[entry.form].append(entry)
            continue
        gaz.exact[entry.tokens[0]].append(entry)
        for key in entry.stems[0]:
            if len(key) >= 3:
                gaz.stems[key].append(entry)
    _add_declensions(gaz)
    gaz.exact = dict(gaz.exact)
    gaz.stems = dict(gaz.stems)
    gaz.caps = dict(gaz.caps)
    return gaz


def _add_declensions(gaz: Gazetteer) -> None:
    """Each multi-word name declined as a whole (:mod:`loaders.names.inflect`): an entry per
    declined first word, whose following words may take any of their forms in that case.
    The matcher reports these as ``declined``, never ``exact``, so a declined name is never
    read as a nominative; where a declined form spells another name, that name's exact
    entry outranks it."""
    for entries in list(gaz.exact.values()):
        for e in list(entries):
            if e.source != "inflected":
                for first, stems in declensions(e.tokens, gaz.morph).items():
                    tokens = (first, *e.tokens[1:])
                    gaz.exact.setdefault(first, []).append(
                        NameEntry(e.iso2, e.candidates, e.form, tokens, e.gaps, stems, False, e.weak, "inflected"))
