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
_LINE = re.compile(r"[^\n]+")
_WINDOW = 24  # the longest abbreviation with its inner dots fits well within this


@dataclass(frozen=True)
class Abbreviations:
    always: re.Pattern[str] | None
    before_number: re.Pattern[str] | None
    always_tail: re.Pattern[str] | None = None
    before_number_tail: re.Pattern[str] | None = None


def _pieces(forms: list[str]) -> list[list[str]]:
    """Each form's pieces between its dots ("z. B." -> ["z", "B"]), longest forms first."""
    out = []
    for f in sorted({str(f) for f in forms}, key=len, reverse=True):
        body = f[:-1] if f.endswith(".") else f
        out.append([p.strip() for p in body.split(".")])
    return out


def _compile(forms: list[str]) -> re.Pattern[str] | None:
    """Whole-word alternation of the forms; inner ". " may be "." ("z. B." or "z.B.")."""
    if not forms:
        return None
    alts = [r"\.\s?".join(re.escape(p) for p in pieces) for pieces in _pieces(forms)]
    return re.compile(rf"(?<![^\W\d_])(?:{'|'.join(alts)})\.", re.IGNORECASE)


def _compile_tail(forms: list[str]) -> re.Pattern[str] | None:
    """What must stand right before a full stop that an abbreviation of ``forms`` holds, read
    backwards: one of the forms' pieces, not after a letter (every dot of a form follows a
    piece, and a piece follows the start of the word or a dot). Matched on the reversed
    text before the stop, it rules out most stops in one step, where the forms' own
    pattern is tried at every position of a window around each stop."""
    if not forms:
        return None
    pieces = {p for ps in _pieces(forms) for p in ps}
    if "" in pieces:
        return None  # a dot right after a dot or a space: no cheap test, the full one decides
    alts = "|".join(re.escape(p[::-1]) for p in sorted(pieces, key=len, reverse=True))
    return re.compile(rf"(?:{alts})(?![^\W\d_])", re.IGNORECASE)


def _covers(rx: re.Pattern[str] | None, tail: re.Pattern[str] | None, text: str, dot: int, limit: int) -> bool:
    """Whether an abbreviation of ``rx`` holds the full stop at ``dot`` (its last dot or,
    for "z. B.", an inner one)."""
    if rx is None:
        return False
    if tail is not None and not tail.match(text[max(0, dot - _WINDOW) : dot][::-1]):
        return False
    return any(m.start() <= dot < m.end() for m in rx.finditer(text, max(0, dot - _WINDOW), min(limit, dot + _WINDOW)))


@lru_cache(maxsize=None)
def abbreviations(lang: str) -> Abbreviations:
    data = load_yaml("abbreviations.yaml")
    spec = data["languages"].get(lang, {})
    common = data["common"]
    always = [*common.get("always", []), *spec.get("always", [])]
    before_number = [*common.get("before_number", []), *spec.get("before_number", [])]
    return Abbreviations(
        always=_compile(always),
        before_number=_compile(before_number),
        always_tail=_compile_tail(always),
        before_number_tail=_compile_tail(before_number),
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
    if _covers(abbr.always, abbr.always_tail, text, dot, limit):
        return False
    if nxt.isdigit() and _covers(abbr.before_number, abbr.before_number_tail, text, dot, limit):
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
    for m in _LINE.finditer(text, start, end):
        line = m.group()
        body = line.lstrip()
        if body:
            s = m.end() - len(body)
            out.append((s, s + len(body.rstrip())))
    return out
