"""Inflected forms of multi-word state names, from each language's case endings.

Why: in a case language every word of "New Zealand" or "Czech Republic" declines and the
adjective agrees with its noun (Greek "της Νέας Ζηλανδίας", Czech "Korejské republiky",
Lithuanian "Naujosios Zelandijos"). The per-word lemma tables and stem + suffix matching
reach the nouns but often not the adjectives (a dictionary lemmatises "Νέας" to the
masculine "νέος", which is no name word). So the gazetteer also holds each multi-word
name declined as a whole, case by case, with ``cases`` from ``morphology.yaml``: for every
case, a nominative ending is replaced by that case's ending(s) on every word that has one.

A word may also stay as written, because some words of a name never decline (a genitive
complement such as Lithuanian "Amerikos" in "Jungtinės Amerikos Valstijos", an
indeclinable "Κόστα"). Over-generation only yields strings of the same state that real text
rarely contains; a generated form that equals another state's name is dropped.
"""

from __future__ import annotations

from itertools import product

from loaders.names.morphology import Morphology

_MIN_STEM = 2


def word_forms(word: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    """``word`` with its nominative ending replaced by the case's endings (longest ending
    that fits first), each hyphenated part declined alike ("uusi-seelanti" -> "uuden-seelannin");
    empty when no part has an ending the case knows."""
    parts = word.split("-")
    options = [_part_forms(p, endings) for p in parts]
    if not any(options):
        return ()
    choices = [opts or (p,) for p, opts in zip(parts, options)]
    return tuple("-".join(c) for c in product(*choices))


def _part_forms(part: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    for ending, replacements in endings:
        if part.endswith(ending) and len(part) - len(ending) >= _MIN_STEM:
            stem = part[: len(part) - len(ending)]
            return tuple(dict.fromkeys(stem + r for r in replacements))
    return ()


def declensions(tokens: tuple[str, ...], morph: Morphology) -> dict[str, tuple[frozenset[str], ...]]:
    """The declined forms of the folded name ``tokens``, as {first word's form: the forms
    each following word may take after it}; the name as written is not among them.

    Articles and words under three letters ("της", "de", "ir") are left as written. Only
    names of two or more words, or of a hyphenated word, are declined here: a one-word
    name is reached by the lemma tables and stem + suffix matching already. Words after
    the first are sets, not one form per case, so the table stays small (a name of n
    words would otherwise give 2**n forms per case); the first word and the set still
    come from one case at a time.
    """
    if not morph.cases or (len(tokens) < 2 and "-" not in tokens[0]):
        return {}
    out: dict[str, list[set[str]]] = {}
    for endings in morph.cases:
        per_word = [() if len(tok) < 3 or tok in morph.articles else word_forms(tok, endings) for tok in tokens]
        if not any(per_word):
            continue
        options = [(*forms, tok) for tok, forms in zip(tokens, per_word)]
        for first in options[0]:
            rest = out.setdefault(first, [set() for _ in tokens[1:]])
            for slot, forms in zip(rest, options[1:]):
                slot.update(forms)
    return {first: (frozenset((first,)), *map(frozenset, rest)) for first, rest in out.items()}
