"""Classes of stance predicates beyond one verb (loaders/data/stance_predicate_classes.yaml):
voicing concern, welcoming with satisfaction, a side's camp, raising one's voice or an
alliance against, a fronted vote, an adjective in apposition.

Kept apart from the per-language verb lists so that a construction is written once per
language as a class, and joins the language's oppose/support patterns before they are
compiled: every structure that reads a predicate reads these too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.resources import load_yaml
from loaders.rules.stance_patterns import required_literals

KINDS = ("oppose", "support", "weaken")


@lru_cache(maxsize=None)
def class_patterns(lang: str) -> dict[str, tuple[str, ...]]:
    """The class patterns of ``lang`` by kind (oppose, support, weaken), in class order.

    A pattern without a literal anchor of three letters would turn off the cheap anchor
    scan for the whole language: it is an error in the data file, named here."""
    out: dict[str, list[str]] = {k: [] for k in KINDS}
    for name, by_lang in (load_yaml("stance_predicate_classes.yaml").get("classes") or {}).items():
        for kind, patterns in ((by_lang or {}).get(lang) or {}).items():
            if kind not in out:
                raise ValueError(f"stance_predicate_classes.yaml: class {name}, {lang}: unknown kind {kind!r}")
            for p in patterns:
                if not required_literals(str(p)):
                    raise ValueError(f"stance_predicate_classes.yaml: class {name}, {lang}: no literal anchor in {p!r}")
                out[kind].append(str(p))
    return {k: tuple(v) for k, v in out.items()}


def with_classes(lang: str, spec: dict) -> dict:
    """``spec`` (a language of stances.yaml) with the class patterns of ``lang`` appended
    to its predicate lists; the same dict when either has none."""
    extra = class_patterns(lang)
    if not spec or not any(extra.values()):
        return spec
    merged = dict(spec)
    for kind, patterns in extra.items():
        if patterns:
            merged[kind] = list(spec.get(kind) or []) + list(patterns)
    return merged


_CLAUSE_BREAK = re.compile(r"[;:()\[\]\n]")
_QUOTES = " \t\"'“”„«»‘’"


def apposition_bound(cues, gap: str, before: str) -> bool:
    """Whether a predicate apposed to its holder ("A and B, very critical of X, asked ...":
    nothing but a comma between them, ``gap``) is the holder's. Only when the holder
    opens its clause: ``before`` (the sentence up to the holder) holds, after its last
    clause break, nothing but fillers, articles and adverbials. After a verb the holder
    is an object ("The Commission met Austria, critical of X, ...") and the apposition
    may be the subject's; that is not read."""
    if gap.strip() != ",":
        return True
    clause = _CLAUSE_BREAK.split(before)[-1].strip(_QUOTES)
    return not clause or cues.only_fillers(clause)
