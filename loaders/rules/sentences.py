"""Sentence spans per language block, with curated abbreviations (loaders/data/abbreviations.yaml).

Stance, call and reported-document rules read one sentence at a time, so a sentence cut
at the full stop of "Regulation (EC) No. 428/2009", "z. B." or "čl. 5" hides the act
from its cue or splits a list of states from its verb. A full stop ends a sentence only
when whitespace follows it, the next word is not in lowercase, and the word before it is
not an abbreviation of the block's language (some only before a number) or an initial.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml

# A run of [.!?] with closing quotes or brackets before whitespace or the end, or a line
# break; its first character is matched before the rest, so re skips all others in C.
_CANDIDATE = re.compile(r"[.!?\n](?:(?<=\n)|(?<=[.!?])[.!?]*(?:[\"”’)\]]|[ \u00a0\u202f]?»)*(?=\s|$))")
_WINDOW = 24  # the longest abbreviation with its inner dots fits well within this


@dataclass(frozen=True)
class Abbreviations:
    always: re.Pattern[str] | None
    before_number: re.Pattern[str] | None


def _compile(forms: list[str]) -> re.Pattern[str] | None:
    """Whole-word alternation of the forms; inner ". " may be "." ("z. B." or "z.B.")."""
    if not forms:
        return None
    alts = []
    for f in sorted({str(f) for f in forms}, key=len, reverse=True):
        body = f[:-1] if f.endswith(".") else f
        alts.append(r"\.\s?".join(re.escape(p.strip()) for p in body.split(".")))
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(alts)})\.", re.IGNORECASE)


def _covers(rx: re.Pattern[str] | None, text: str, dot: int, limit: int) -> bool:
    """Whether an abbreviation of ``rx`` holds the full stop at ``dot`` (its last dot or,
    for "z. B.", an inner one)."""
    if rx is None:
        return False
    return any(m.start() <= dot < m.end() for m in rx.finditer(text, max(0, dot - _WINDOW), min(limit, dot + _WINDOW)))


@lru_cache(maxsize=None)
def abbreviations(lang: str) -> Abbreviations:
    data = load_yaml("abbreviations.yaml")
    spec = data["languages"].get(lang, {})
    common = data["common"]
    return Abbreviations(
        always=_compile([*common.get("always", []), *spec.get("always", [])]),
        before_number=_compile([*common.get("before_number", []), *spec.get("before_number", [])]),
    )


def _ends_sentence(text: str, dot: int, after: int, limit: int, abbr: Abbreviations) -> bool:
    """Whether the single full stop at ``dot`` ends its sentence."""
    k = after
    while k < limit and text[k] in " \t\u00a0":
        k += 1
    if k >= limit or text[k] == "\n":
        return True  # the end of a line or block ends a sentence whatever stands before it
    nxt = text[k]
    if nxt.islower():
        return False
    if _covers(abbr.always, text, dot, limit):
        return False
    if nxt.isdigit() and _covers(abbr.before_number, text, dot, limit):
        return False
    return not (dot >= 1 and text[dot - 1].isupper() and (dot < 2 or not text[dot - 2].isalpha()))


def split_sentences(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Non-blank sentence spans of ``text[start:end]``, in order; a line break always ends one."""
    abbr = abbreviations(lang)
    spans: list[tuple[int, int]] = []
    s = start
    for m in _CANDIDATE.finditer(text, start, end):
        if m.group() == "." and not _ends_sentence(text, m.start(), m.end(), end, abbr):
            continue
        if not text[s : m.end()].isspace() and m.end() > s:
            spans.append((s, m.end()))
        s = m.end()
    if s < end and not text[s:end].isspace():
        spans.append((s, end))
    return spans


def trimmed_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Non-empty lines of ``text[start:end]`` as (start, end), trimmed of outer spaces."""
    out = []
    for m in re.finditer(r"[^\n]+", text[start:end]):
        s, e = start + m.start(), start + m.end()
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out
