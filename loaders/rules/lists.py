"""Runs of state names written as one list ("A, B, the C and D").

A list is the structure that separates a signing list from a state named in passing, so
signatories, reported authors and stance actors all start from these runs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from loaders.names import StateMatch
from loaders.names.morphology import morphology

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*|[,;/&]")


@dataclass
class Run:
    items: list[StateMatch] = field(default_factory=list)
    unresolved: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.items[0].start

    @property
    def end(self) -> int:
        return self.items[-1].end

    @property
    def resolved(self) -> list[StateMatch]:
        return [m for m in self.items if m.iso2]

    @property
    def precision(self) -> float:
        total = len(self.items) + len(self.unresolved)
        return len(self.resolved) / total if total else 0.0


def _separators(lang: str) -> set[str]:
    morph = morphology(lang)
    conj = morph.conjunction_words
    return {",", ";", "/", "&"} | conj | set(morph.articles)


def gap_kind(gap: str, lang: str) -> tuple[str, tuple[int, int] | None]:
    """'sep' when ``gap`` only joins list items, 'item' when it holds one unknown item
    between separators (returned as a span relative to the gap), else 'break'."""
    if "\n\n\n" in gap or len(gap) > 80:
        return "break", None
    seps = _separators(lang)
    words = list(_WORD.finditer(gap))
    if not words:
        return ("sep", None) if gap.strip() == "" and "\n" not in gap.strip(" ") else ("break", None)
    if all(w.group().casefold() in seps for w in words):
        return ("sep", None) if any(w.group() in ",;/&" or w.group().casefold() in seps for w in words) else ("break", None)
    inner = [w for w in words if w.group().casefold() not in seps]
    first, last = inner[0], inner[-1]
    before = [w for w in words if w.end() <= first.start()]
    after = [w for w in words if w.start() >= last.end()]
    contiguous = all(w.group().casefold() not in {",", ";"} for w in words if first.start() <= w.start() < last.end())
    if before and after and contiguous and len(inner) <= 4 and first.group()[:1].isupper():
        return "item", (first.start(), last.end())
    return "break", None


def state_runs(text: str, lang: str, matches: list[StateMatch]) -> list[Run]:
    """Group consecutive matches into runs; a lone match is a run of one."""
    runs: list[Run] = []
    for m in matches:
        if runs:
            gap = text[runs[-1].end : m.start]
            kind, span = gap_kind(gap, lang)
            if kind == "sep":
                runs[-1].items.append(m)
                continue
            if kind == "item" and span:
                base = runs[-1].end
                runs[-1].unresolved.append((base + span[0], base + span[1], text[base + span[0] : base + span[1]]))
                runs[-1].items.append(m)
                continue
        runs.append(Run(items=[m]))
    return runs
