"""Classes of stance predicates beyond one verb (loaders/data/stance_predicate_classes.yaml):
voicing concern, welcoming with satisfaction, a side's camp, raising one's voice or an
alliance against, a fronted vote, an adjective in apposition.

Kept apart from the per-language verb lists so that a construction is written once per
language as a class, and joins the language's oppose/support patterns before they are
compiled: every structure that reads a predicate reads these too.
"""

from __future__ import annotations

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
