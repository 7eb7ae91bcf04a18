"""Organisations as list items: the registry (loaders/data/organisations.yaml) first, then
names that read as organisations by a marker word ("... Foundation", "... GmbH").

A list item is a whole name, so the registry's short forms that would be too common in
running text ("Meta", "Apple") may be listed under ``list_names``: they are read here,
never as mentions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml
from loaders.rules.signing.vocabulary import org_markers

_TOKEN = re.compile(r"[^\s,;()]+")
# lowercase words a name may hold ("Bits of Freedom", "Fondation pour la ...", "Stiftung für ...")
_LOWER_OK = frozenset("of for the and on in at to de du des la le les l d et pour für und der die das von zur zum "
                      "di del della e per y el los las en por para van voor het da do dos das em i w na dla z".split())
_EDGE = " \t.,;:!?\"'“”„«»()[]"


@dataclass(frozen=True)
class Organisation:
    key: str
    name: str
    kind: str
    known: bool  # in the registry; else plausible by a marker word


@lru_cache(maxsize=1)
def _registry() -> dict[str, Organisation]:
    data = load_yaml("organisations.yaml")
    out: dict[str, Organisation] = {}
    for group, default in (("organisations", "other"), ("companies", "company")):
        for spec in data.get(group, []):
            org = Organisation(spec["key"], spec["name"], spec.get("kind", default), True)
            for form in [*spec.get("names", []), *spec.get("list_names", [])]:
                out.setdefault(str(form).casefold(), org)
    return out


def _slug(text: str) -> str:
    from core.ids import slug

    return slug(text)


_ARTICLE = re.compile(r"^(?:(?:the|la|le|les|el|los|las|il|lo|gli|die|der|das|den|de|het|o|os|a|as|an)\s+|[ldLD]['’])", re.IGNORECASE)


def _strip(item: str) -> str:
    """The item without outer punctuation and a leading article ("the", "la", "l'")."""
    item = item.strip(_EDGE)
    return _ARTICLE.sub("", item, count=1).strip(_EDGE)


def known(item: str) -> Organisation | None:
    """The registry's organisation named by the whole of ``item`` (with or without a
    leading article: "La Quadrature du Net", "l'Union africaine"), or by it less a legal
    suffix ("Microsoft Corporation")."""
    whole = _registry().get(item.strip(_EDGE).casefold())
    if whole:
        return whole
    name = _strip(item)
    hit = _registry().get(name.casefold())
    if hit:
        return hit
    tokens = name.split()
    markers = org_markers()
    while len(tokens) > 1 and markers.get(tokens[-1].strip(_EDGE)) == "company":
        tokens.pop()
        hit = _registry().get(" ".join(tokens).strip(_EDGE).casefold())
        if hit:
            return hit
    return None


_DATE_TOKEN = re.compile(r"\d{1,4}(?:[./-]\d{1,2}(?:[./-]\d{2,4})?)?\.?$")


def plausible(item: str, kind_hint: str | None = None) -> Organisation | None:
    """An organisation no registry holds, when a marker word says so (or, under a
    supporters sub-heading such as "Companies", when the item is a capitalised name)."""
    name = _strip(item)
    tokens = [t.strip(_EDGE) for t in _TOKEN.findall(name)]
    tokens = [t for t in tokens if t]
    if not tokens or not tokens[0][:1].isupper() and not tokens[0][:1].isdigit() or len(tokens) > 12:
        return None
    if any(t[:1].islower() and t.casefold() not in _LOWER_OK for t in tokens[1:]):
        return None  # "Rights groups Statewatch": a description, not a name
    if len(tokens) > 1 and _DATE_TOKEN.match(tokens[0]):
        return None  # "2024 Internet Society": a date line run into the lead, not a name
    markers = org_markers()
    found = [markers[t] for t in tokens if t in markers]
    if found:
        kind = next((k for k in ("academic", "company", "ngo") if k in found), found[0])
        return Organisation(_slug(name), name, kind, False)
    if kind_hint and kind_hint != "state" and len(tokens) <= 6:
        return Organisation(_slug(name), name, kind_hint, False)
    return None
