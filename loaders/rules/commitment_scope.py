"""Whom a commitment binds and what it is about, read from the commitment's own text.

Addressees: the kind of party named as the subject of the pledge line, before its pledge
verb ("Online service providers commit to:", "Les gouvernements s'engagent à :"), or, when
that line names no one, in a short heading right above it ("Commitments by governments");
a noun after a preposition ("together with industry, we commit to:") binds no one, and
nothing after the verb does ("we commit to work with companies to:"). The nouns per language are a
language resource (``loaders/data/addressees.yaml``).

Concerns: the acts the commitment's own words cite (``loaders/rules/references.py``) and
the curated topics its words name (``metadata/topics.yaml``, names per language: data).
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from core.model import Addressee, CommitmentConcern, Reference
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.references import name_pattern

# Prepositions after which a noun is a partner, not the subject the pledge binds.
_PREPOSITIONS: dict[str, tuple[str, ...]] = {
    "en": ("with", "by", "for", "to", "and with", "alongside"),
    "fr": ("avec", "par", "pour", "aux", "à"),
    "de": ("mit", "von", "für", "gegenüber", "zusammen mit"),
    "pl": ("z", "ze", "wraz z", "dla", "przez"),
    "es": ("con", "por", "para", "a"),
    "it": ("con", "da", "per", "insieme a"),
    "nl": ("met", "door", "voor"),
}


# In a heading ("Commitments by governments", "Engagements des gouvernements") only a
# partner's preposition keeps a noun from binding.
_PARTNERS: dict[str, tuple[str, ...]] = {
    "en": ("with", "and with", "alongside"), "fr": ("avec",), "de": ("mit", "zusammen mit"),
    "pl": ("z", "ze", "wraz z"), "es": ("con",), "it": ("con", "insieme a"), "nl": ("met",),
}


def _longest_first(found: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    found.sort(key=lambda f: (f[1], -(f[2] - f[1])))
    kept: list[tuple[str, int, int]] = []
    for f in found:
        if not any(k[1] <= f[1] and f[2] <= k[2] for k in kept):
            kept.append(f)
    return kept


def _noun_pattern(name: str) -> re.Pattern[str]:
    """Each word as written plus an ending of at most three letters ("rząd" -> "rządów"):
    stricter than a name's stem, since short nouns ("states") must not read "Statement"."""
    words = re.findall(r"[^\W\d_]+|\d+", name)
    body = r"[\s'’\-]+".join(re.escape(w) + r"[^\W\d_]{0,3}" for w in words)
    return re.compile(r"(?<![^\W\d_])" + body + r"(?![^\W\d_])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _kind_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    kinds = load_yaml("addressees.yaml").get("kinds") or {}
    return tuple((kind, _noun_pattern(n)) for kind, per_lang in kinds.items() for n in per_lang.get(lang, []))


@lru_cache(maxsize=None)
def _after_preposition(lang: str, heading: bool = False) -> re.Pattern[str] | None:
    words = (_PARTNERS if heading else _PREPOSITIONS).get(lang)
    if not words:
        return None
    alternation = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    # the preposition, then at most two words (an article, an adjective) before the noun
    return re.compile(rf"(?<![\w])(?:{alternation})\s+(?:[^\W\d_][\w'’-]*\s+){{0,2}}$", re.IGNORECASE)


def addressees(ctx: DocContext, lang: str, start: int, verb: int, heading: bool = False) -> list[Addressee]:
    """The kinds of party named as subject in ``text[start:verb]`` (the pledge line before its
    verb, or with ``heading`` a heading line above it)."""
    text = ctx.text
    found = _longest_first([(kind, start + m.start(), start + m.end())
                            for kind, rx in _kind_patterns(lang) for m in rx.finditer(text[start:verb])])
    prep = _after_preposition(lang, heading)
    out: list[Addressee] = []
    for kind, s, e in found:
        if prep is not None and prep.search(text[max(start, s - 40):s]):
            continue
        if kind not in {a.kind for a in out}:
            out.append(Addressee(kind=kind, evidence=evidence(ctx, s, e, 0.7 if heading else 0.8,
                                                              "commitments.addressee_heading" if heading else "commitments.addressee")))
    return out


def heading_addressees(ctx: DocContext, lang: str, block_start: int, line_start: int) -> list[Addressee]:
    """A pledge line naming no one ("We commit to:") under a short heading that does
    ("Commitments by online service providers"): the last non-blank line above it, when
    it is short and ends without punctuation (a heading, not a sentence)."""
    before = ctx.text[block_start:line_start].rstrip()
    if not before:
        return []
    s = block_start + before.rfind("\n") + 1
    line = ctx.text[s:block_start + len(before)]
    if len(line.strip()) > 90 or line.rstrip()[-1:] in ".;,!?:":
        return []
    return addressees(ctx, lang, s, block_start + len(before), heading=True)


@lru_cache(maxsize=4)
def _topics_from(path: str) -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    p = Path(path)
    if not p.is_file():
        return ()
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return tuple((t["id"], t["label"], lang, name_pattern(n))
                 for t in data.get("topics", []) for lang, names in t["names"].items() for n in names)


def _topics() -> tuple[tuple[str, str, str, re.Pattern[str]], ...]:
    """Topics are curated data (metadata/topics.yaml), read once."""
    from core.settings import get_app_settings

    return _topics_from(str(Path(get_app_settings().metadata_dir) / "topics.yaml"))


def concerns(ctx: DocContext, lang: str, start: int, end: int, refs: list[Reference]) -> list[CommitmentConcern]:
    """The acts cited and the topics named inside ``text[start:end]`` (one commitment), each once."""
    out: list[CommitmentConcern] = []
    for r in refs:
        s, e = r.evidence.start, r.evidence.end
        if s is not None and e is not None and start <= s and e <= end and r.id not in {c.ref for c in out}:
            out.append(CommitmentConcern(kind="legal_act", ref=r.id, label=r.label, evidence=r.evidence))
    labels = {tid: label for tid, label, _, _ in _topics()}
    found = _longest_first([(tid, start + m.start(), start + m.end())
                            for tid, _, t_lang, rx in _topics() if t_lang == lang for m in rx.finditer(ctx.text[start:end])])
    for tid, s, e in found:
        if tid not in {c.ref for c in out}:
            out.append(CommitmentConcern(kind="topic", ref=tid, label=labels[tid],
                                         evidence=evidence(ctx, s, e, 0.7, "commitments.topic")))
    return out
