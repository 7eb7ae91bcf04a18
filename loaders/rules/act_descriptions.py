"""Curated descriptions of acts (metadata/act_descriptions.yaml), compiled once per process.

What names one act without its number ("the dual-use recast", "the Commission's
proposal", "stricter export controls on surveillance technology") is knowledge about that
act, not a rule of language, so it lives in the metadata with its source and applies to
any document. The stance rules ask :func:`find_description` for the first one in a span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from loaders.rules.references import name_pattern

FILE_NAME = "act_descriptions.yaml"
# How sure a target read from each kind of description is (a cited number is 0.85).
CONFIDENCE = {"name": 0.7, "generic": 0.6, "measure": 0.5, "contrary": 0.5}


@dataclass(frozen=True)
class Description:
    act: str
    how: str  # name | generic | measure | contrary (what the act forbids: backing it opposes the act)
    pattern: re.Pattern[str]


@dataclass(frozen=True)
class ActTopic:
    act: str
    pattern: re.Pattern[str] | None


def _metadata_dir() -> Path:
    from core.settings import get_app_settings

    return Path(get_app_settings().metadata_dir)


@lru_cache(maxsize=8)
def _compiled(path: str) -> tuple[dict[str, tuple[Description, ...]], dict[str, tuple[ActTopic, ...]]]:
    p = Path(path)
    if not p.is_file():
        return {}, {}
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        by_lang: dict[str, list[Description]] = {}
        topics: dict[str, list[ActTopic]] = {}
        for spec in data.get("acts", []):
            act = spec["act"]
            for how, key in (("name", "names"), ("generic", "generic"), ("measure", "measures"), ("contrary", "contrary")):
                for lang, entries in (spec.get(key) or {}).items():
                    for entry in entries:
                        if not entry.get("source"):
                            raise ValueError(f"act {act}: {key}.{lang} entry {entry.get('form')!r} has no source")
                        if "pattern" in entry or how in ("measure", "contrary"):
                            rx = re.compile(rf"(?<![^\W\d_])(?:{entry.get('pattern') or entry['form']})", re.IGNORECASE)
                        else:
                            rx = name_pattern(str(entry["form"]))
                        by_lang.setdefault(lang, []).append(Description(act, how, rx))
            for lang, words in (spec.get("topic") or {}).items():
                rx = re.compile("|".join(f"(?:{w})" for w in words), re.IGNORECASE) if words else None
                topics.setdefault(lang, []).append(ActTopic(act, rx))
    except (KeyError, TypeError, ValueError, re.error, yaml.YAMLError) as exc:
        raise ValueError(f"{path}: {exc}") from exc
    # names first (most specific), then generic descriptions, then measures
    order = {"name": 0, "generic": 1, "measure": 2, "contrary": 3}
    return ({k: tuple(sorted(v, key=lambda d: order[d.how])) for k, v in by_lang.items()},
            {k: tuple(v) for k, v in topics.items()})


def descriptions(lang: str, metadata_dir: Path | None = None) -> tuple[Description, ...]:
    return _compiled(str((metadata_dir or _metadata_dir()) / FILE_NAME))[0].get(lang, ())


def topical_acts(text: str, lang: str, metadata_dir: Path | None = None) -> frozenset[str]:
    """Acts whose topic ``text`` names in ``lang``: only for them do generic descriptions
    and measures count."""
    topics = _compiled(str((metadata_dir or _metadata_dir()) / FILE_NAME))[1].get(lang, ())
    return frozenset(t.act for t in topics if t.pattern is not None and t.pattern.search(text))


@dataclass(frozen=True)
class Found:
    act: str
    how: str
    start: int
    end: int
    surface: str

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.how]


def find_description(text: str, lang: str, start: int, end: int, topical: frozenset[str]) -> Found | None:
    """The earliest description in ``text[start:end]``: a name anywhere, a generic
    description or a measure only for an act in ``topical``."""
    best: Found | None = None
    for d in _with_english_names(lang):
        if d.how != "name" and d.act not in topical:
            continue
        m = d.pattern.search(text, start, end)
        if m and (best is None or m.start() < best.start):
            best = Found(d.act, d.how, m.start(), m.end(), m.group())
    return best


@lru_cache(maxsize=8)
def _acts(path: str) -> dict[str, dict]:
    p = Path(path)
    if not p.is_file():
        return {}
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return {a["id"]: a for a in data.get("acts", [])}


@lru_cache(maxsize=8)
def _slugs(path: str) -> dict[str, str]:
    p = Path(path)
    if not p.is_file():
        return {}
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return {a["act"]: str(a["slug"]) for a in data.get("acts", []) if a.get("slug")}


def act_slug(act: str, metadata_dir: Path | None = None) -> str:
    """The curated short name of ``act`` ("dual-use-recast"), else its id made a slug."""
    return _slugs(str((metadata_dir or _metadata_dir()) / FILE_NAME)).get(act) or act.replace(":", "-")


def act_info(act: str, metadata_dir: Path | None = None) -> dict:
    """The curated act (metadata/legal_acts.yaml): kind, label, celex, number; a bare
    record when the act is described but not declared there."""
    base = metadata_dir or _metadata_dir()
    return (_acts(str(base / "legal_acts.yaml")).get(act) or _described(str(base / FILE_NAME)).get(act)
            or {"id": act, "kind": "other", "label": act})


@lru_cache(maxsize=8)
def _described(path: str) -> dict[str, dict]:
    """Acts described but not in the lineage file: their label and kind from here."""
    p = Path(path)
    if not p.is_file():
        return {}
    data = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
    return {a["act"]: {"id": a["act"], "kind": a.get("kind", "other"), "label": a.get("label", a["act"])}
            for a in data.get("acts", []) if a.get("label")}


def described_acts(text: str, lang: str, start: int, end: int, topical: frozenset[str]) -> frozenset[str]:
    """Every act a description in ``text[start:end]`` names (generic ones and measures only
    for acts in ``topical``)."""
    return frozenset(d.act for d in _with_english_names(lang) if (d.how == "name" or d.act in topical) and d.pattern.search(text, start, end))


def _with_english_names(lang: str) -> tuple[Description, ...]:
    """``lang``'s descriptions, then the English names of acts (the press of every language
    writes "AI Act", "European Media Freedom Act" as they are); English generic
    descriptions and measures stay English-only."""
    return _merged(lang, str(_metadata_dir() / FILE_NAME))


@lru_cache(maxsize=64)
def _merged(lang: str, path: str) -> tuple[Description, ...]:
    by_lang = _compiled(path)[0]
    own = by_lang.get(lang, ())
    if lang == "en":
        return own
    seen = {d.pattern.pattern for d in own}
    return own + tuple(d for d in by_lang.get("en", ()) if d.how == "name" and d.pattern.pattern not in seen)
