"""Inflected forms of state-name words, precomputed from simplemma's dictionaries.

Why a table and not simplemma at run time: simplemma decodes a whole language
dictionary (2-3 s, hundreds of MB) on first use and keeps only eight in an LRU cache,
so a corpus cycling through ten languages reloaded dictionaries again and again
(extraction ran at single-digit documents per second). The matcher only ever asks one
question of a lemma: "is it a word of a state name?". So the answer is computed once,
offline, per language: every dictionary form whose lemma is a name word, plus the forms
that must *not* fall back to another case (simplemma tries the token as written first,
then with its first letter's case reversed). The table is a few KB per language and
loads in milliseconds.

Regenerate after changing ``state_names.yaml`` or upgrading simplemma::

    .venv/bin/python -m loaders.names.forms

A test compares each table's ``words_sha`` with the current gazetteer, so a stale table
is noticed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import read_table
from loaders.names.tokens import fold

FOLDER = "name_forms"


@dataclass(frozen=True, slots=True)
class FormTable:
    lang: str
    forms: dict[str, str]  # form as written in the dictionary -> folded lemma (a name word)
    blocked: frozenset[str]  # forms whose own lemma is not a name word: no case fallback

    def lemma(self, token: str) -> str | None:
        """The folded name-word lemma of ``token``, as simplemma's dictionary lookup would give it."""
        hit = self.forms.get(token)
        if hit is not None or token in self.blocked:
            return hit
        return self.forms.get(_reverse_case(token))


def _reverse_case(token: str) -> str:
    return token.lower() if token[:1].isupper() else token.capitalize()


_EMPTY = FormTable("", {}, frozenset())


@lru_cache(maxsize=None)
def form_table(lang: str) -> FormTable:
    """The shipped table for ``lang``, or an empty one (stems and exact forms still match)."""
    data = read_table(FOLDER, lang)
    if data is None:
        return _EMPTY
    return FormTable(lang, dict(data["forms"]), frozenset(data["blocked"]))


def name_words(lang: str) -> frozenset[str]:
    """Every folded word of every state name the gazetteer knows in ``lang``."""
    from loaders.names.gazetteer import gazetteer

    gaz = gazetteer(lang)
    words: set[str] = set()
    for table in (gaz.exact, gaz.caps):
        for entries in table.values():
            for entry in entries:
                if entry.source != "inflected":  # declined whole names are matched exactly
                    words.update(entry.tokens)
    return frozenset(words)


def words_sha(words: frozenset[str]) -> str:
    return hashlib.sha256("\n".join(sorted(words)).encode()).hexdigest()[:16]


def build(lang: str) -> dict | None:
    """The table for ``lang`` from simplemma's dictionary (slow: decodes the dictionary)."""
    import simplemma
    from simplemma.strategies.dictionaries.dictionary_factory import SUPPORTED_LANGUAGES, _load_dictionary_from_disk

    from loaders.names.morphology import morphology

    if lang not in SUPPORTED_LANGUAGES:
        return None
    strip = morphology(lang).strip_accents
    words = name_words(lang)
    raw = _load_dictionary_from_disk(lang)
    forms: dict[str, str] = {}
    for key, value in raw.items():
        lemma = fold(value.decode(), strip)
        if lemma in words:
            form = key.decode()
            if fold(form, strip) != lemma:
                forms[form] = lemma
    blocked = set()
    for form in forms:
        for variant in {form.lower(), form.capitalize(), form.upper(), form.title()}:
            if variant in forms or variant == form:
                continue
            own = raw.get(variant.encode())
            if own is not None and fold(own.decode(), strip) not in words and _reverse_case(variant) in forms:
                blocked.add(variant)
    return {
        "lang": lang,
        "simplemma": simplemma.__version__,
        "words_sha": words_sha(words),
        "forms": dict(sorted(forms.items())),
        "blocked": sorted(blocked),
    }


def main() -> None:
    from loaders.names.morphology import supported_languages
    from loaders.names.resources import write_tables

    write_tables(FOLDER, supported_languages(), build,
                 lambda t: f"{len(t['forms'])} forms, {len(t['blocked'])} blocked", "simplemma has no dictionary; stems only")


if __name__ == "__main__":
    main()
