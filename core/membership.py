"""EU membership as a dated fact, and the EU's official languages.

A region filter that used today's membership showed eight authors on a paper nine member
states wrote in 2018 (the United Kingdom left on 2020-01-31); the graph keeps each state's
first and last day as a member, and "EU member" is asked as of a date. The spells are
data (``loaders/data/eu_membership.yaml``, where the other curated lists live), read here
and nowhere else.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

DATA = Path(__file__).resolve().parent.parent / "loaders" / "data" / "eu_membership.yaml"

# The 24 official languages of the EU as ISO 639-1 codes: the languages the loaders read.
EU_LANGUAGES: tuple[str, ...] = tuple("bg hr cs da nl en et fi fr de el hu ga it lv lt mt pl pt ro sk sl es sv".split())


class Membership(NamedTuple):
    joined: dt.date
    left: dt.date | None


@lru_cache(maxsize=1)
def memberships() -> dict[str, Membership]:
    raw = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    out: dict[str, Membership] = {}
    for iso2, spell in raw.items():
        if not isinstance(spell, dict) or not isinstance(spell.get("joined"), dt.date):
            raise ValueError(f"{DATA.name}: {iso2}: 'joined' must be a YYYY-MM-DD date")
        left = spell.get("left")
        if left is not None and not isinstance(left, dt.date):
            raise ValueError(f"{DATA.name}: {iso2}: 'left' must be a YYYY-MM-DD date")
        out[str(iso2)] = Membership(spell["joined"], left)
    return out


def member_on(iso2: str, day: dt.date | None = None) -> bool:
    """Whether the state was a member on ``day`` (today when None), both ends inclusive."""
    spell = memberships().get(iso2)
    day = day or dt.date.today()
    return spell is not None and spell.joined <= day and (spell.left is None or day <= spell.left)


@lru_cache(maxsize=1)
def eu_members() -> frozenset[str]:
    """Membership today, for the State node's ``eu_member`` flag."""
    return frozenset(iso2 for iso2 in memberships() if member_on(iso2))
