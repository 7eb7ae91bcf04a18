"""Inflected forms of stance predicates, precomputed from simplemma's dictionaries.

A predicate lexicon written as stem patterns misses whatever tense or person its author
did not think of ("ha sostenuto" while "hanno sostenuto" was written). Here a predicate is
a lemma (loaders/data/stance_lemmas.yaml) and every form a dictionary gives for it is a
cue. As with the state-name tables (loaders/names/forms.py), the forms are computed
once, offline, because simplemma decodes a whole language dictionary on first use::

    .venv/bin/python -m loaders.rules.stance_forms

A test compares each table's ``lemmas_sha`` with the lemma file, so a stale table is
noticed.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml, read_table, write_tables

FOLDER = "stance_forms"
DICTIONARY = {"hr": "hbs"}  # simplemma keeps Croatian in its Serbo-Croatian dictionary
KINDS = {"oppose": "o", "support": "s", "weaken": "w"}
# Languages whose negation is a verb prefix: dictionaries give "nepodpořil" as a form of
# "podpořit", which says the opposite of the lemma, so such forms are never predicates.
NEGATION_PREFIX = {"cs": "ne", "sk": "ne", "sl": "ne", "hr": "ne", "lv": "ne", "lt": "ne", "pl": "nie", "bg": "не", "ro": "ne"}
# Past participles by the infinitive's ending: the Romance dictionaries keep a participle as
# a headword of its own ("bloqué" with "bloquée", "bloqués"), so its inflections reach the
# verb only through it.
PARTICIPLE = {
    "fr": (("er", "é"), ("ir", "i")),
    "it": (("are", "ato"), ("ere", "uto"), ("ire", "ito")),
    "es": (("ar", "ado"), ("er", "ido"), ("ir", "ido")),
    "pt": (("ar", "ado"), ("er", "ido"), ("ir", "ido")),
}
_WORD = re.compile(r"[^\W\d_]+")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class FormHit:
    start: int
    end: int
    kind: str  # "o" | "s" | "w", as the named groups of the stance predicate pattern
    lemma: str


@dataclass(frozen=True, slots=True)
class StanceForms:
    lang: str
    forms: dict[str, tuple[str, str]]  # form (lowercase) -> (kind, lemma)

    def hits(self, text: str, start: int, end: int):
        """Every word of ``text[start:end]`` that is a form of a stance lemma, in order.

        The span is lowercased once and its words intersected with the forms as sets, so
        only the few words that are forms are located. Lowercasing a whole span gives each
        word's own lowercase unless it changes a length or meets a capital sigma (whose
        lowercase depends on the letters around it); such spans go word by word."""
        forms = self.forms
        seg = text[start:end]
        low = seg.lower()
        if len(low) != len(seg) or "\u03a3" in seg:
            for m in _WORD.finditer(text, start, end):
                hit = forms.get(m.group().lower())
                if hit is not None:
                    yield FormHit(m.start(), m.end(), hit[0], hit[1])
            return
        found = forms.keys() & set(_WORD.findall(low))
        if not found:
            return
        at: list[tuple[int, str]] = []
        n = len(low)
        for word in found:
            size = len(word)
            p = low.find(word)
            while p >= 0:
                q = p + size
                if (p == 0 or not _LETTER.match(low, p - 1)) and (q == n or not _LETTER.match(low, q)):
                    at.append((p, word))
                p = low.find(word, p + 1)
        at.sort()
        for p, word in at:
            kind, lemma = forms[word]
            yield FormHit(start + p, start + p + len(word), kind, lemma)

    def first(self, text: str, start: int, end: int, kinds: str = "osw") -> FormHit | None:
        return next((h for h in self.hits(text, start, end) if h.kind in kinds), None)


_EMPTY = StanceForms("", {})


def lemmas(lang: str) -> dict[str, list[str]]:
    """The lemma lists of ``lang`` by polarity (oppose, support, weaken), with the file's
    ``exclude`` list and its ``forms`` (surface forms by polarity) where it has them."""
    spec = load_yaml("stance_lemmas.yaml").get(lang) or {}
    out = {k: [str(w) for w in spec.get(k) or []] for k in KINDS}
    if spec.get("exclude"):
        out["exclude"] = [str(w) for w in spec["exclude"]]
    for kind, words in (spec.get("forms") or {}).items():
        if kind not in KINDS:
            raise ValueError(f"stance_lemmas.yaml: {lang}: forms: unknown polarity {kind!r}")
        out[f"forms_{kind}"] = [str(w) for w in words or []]
    return out


def extra_forms(lang: str) -> dict[str, str]:
    """The surface forms written out in ``forms`` (lowercase) -> polarity letter: a verb
    form the dictionary gives to a noun of the same spelling ("conteste", "condena")."""
    spec = lemmas(lang)
    return {w.lower(): KINDS[k] for k in KINDS for w in spec.get(f"forms_{k}", [])}


def lemmas_sha(lang: str) -> str:
    spec = lemmas(lang)
    return hashlib.sha256(json.dumps(spec, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:16]


@lru_cache(maxsize=None)
def stance_forms(lang: str) -> StanceForms:
    """The shipped table for ``lang``, or an empty one (the patterns of stances.yaml still apply)."""
    data = read_table(FOLDER, lang)
    if data is None:
        return _EMPTY
    return StanceForms(lang, {form: (kind, lemma) for form, (kind, lemma) in data["forms"].items()})


def build(lang: str) -> dict | None:
    """The table for ``lang`` from simplemma's dictionary (slow: decodes the dictionary).

    A form whose dictionary lemma is one of the lemmas takes that lemma's polarity; so does,
    in the Romance languages, a form whose dictionary lemma is the verb's participle (the
    dictionaries give "rejetée" to "rejeté", "criticata" to "criticato"); the lemmas and the
    ``forms`` written out in the file are forms too. A form two polarities claim is left out."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES, _load_dictionary_from_disk

    spec = lemmas(lang)
    source = DICTIONARY.get(lang, lang)
    if source not in SUPPORTED_LANGUAGES or not any(spec.values()):
        return None
    exclude = {str(w).lower() for w in load_yaml("stance_lemmas.yaml")[lang].get("exclude") or []}
    wanted = {lemma.lower(): KINDS[kind] for kind, words in spec.items() if kind in KINDS for lemma in words}
    raw = _load_dictionary_from_disk(source)
    forms: dict[str, tuple[str, str]] = {}
    clash: set[str] = set()
    found: set[str] = set()

    def add(form: str, lemma: str) -> None:
        kind = wanted[lemma]
        seen = forms.get(form)
        if seen is not None and seen[0] != kind:
            clash.add(form)
        forms[form] = (kind, lemma)

    negated = NEGATION_PREFIX.get(lang)

    def negates(form: str, lemma: str) -> bool:
        return bool(negated) and form.startswith(negated) and not lemma.startswith(negated)

    pairs = [(k.decode().lower(), v.decode().lower()) for k, v in raw.items()]
    for form, lemma in pairs:
        if lemma in wanted and not negates(form, lemma):
            found.add(lemma)
            add(form, lemma)
    endings = tuple(part for _, part in PARTICIPLE.get(lang, ()))
    first = {form: lemma for form, (_, lemma) in forms.items() if endings and form.endswith(endings) and form not in wanted}
    for lemma in wanted:
        for inf, part in PARTICIPLE.get(lang, ()):
            if lemma.endswith(inf):
                first.setdefault(lemma[: -len(inf)] + part, lemma)
    heads = {lemma for _, lemma in pairs}
    for part, lemma in list(first.items()):
        if part in heads and part not in forms:
            add(part, lemma)
    for form, via in pairs:  # second hop: the inflections of a Romance participle
        lemma = first.get(via)
        if lemma is not None and form not in forms and not negates(form, lemma):
            add(form, lemma)
    for lemma in wanted:
        add(lemma, lemma)
    without = sorted(set(wanted) - found)
    for form, kind in extra_forms(lang).items():
        wanted.setdefault(form, kind)
        add(form, form)
    for form in clash | (exclude & set(forms)):
        del forms[form]
    return {
        "lang": lang,
        "simplemma": simplemma.__version__,
        "lemmas_sha": lemmas_sha(lang),
        "lemmas_without_forms": without,
        "forms": {f: list(v) for f, v in sorted(forms.items())},
    }


def main() -> None:
    write_tables(FOLDER, load_yaml("stance_lemmas.yaml"), build,
                 lambda t: f"{len(t['forms'])} forms; lemmas without forms: {t['lemmas_without_forms']}",
                 "simplemma has no dictionary; patterns only")


if __name__ == "__main__":
    main()
