"""A signature line that names a state through the office signing for it: "Minister for
Foreign Affairs of Estonia", "Ministre des Affaires étrangères de la Belgique",
"A. Name, Minister of Culture, Germany", "A. Name (Germany)", and the lines around it
that name only a person or an office ("A. Name", "Federal Minister for Foreign Affairs").

Offices are words of every EU language (``signing.yaml`` ``offices``); the state must close
the line and be its only state, so "Minister for Relations with Ukraine" names a portfolio
and "Special Envoy for X" no office at all.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.rules.context import DocContext
from loaders.rules.signing.parties import Party, resolve, trim
from loaders.rules.signing.vocabulary import signing_data

_WORD = re.compile(r"[^\W\d_]+(?:[-'’.][^\W\d_]+)*\.?")
_OFFICE_WORDS = 3  # the office opens the line: within its first three words
_TAIL = " \t.,;:)"
_PERSON_PARTICLES = frozenset("de da di del della van von der den du le la af av zu ten ter y e bin al el".split())
_HONORIFICS = re.compile(r"^(?:H\.\s?E\.|S\.\s?E\.|Dr\.|Prof\.|Mr\.?|Mrs\.?|Ms\.?|Mme|M\.|Hon\.)\s+")


@lru_cache(maxsize=1)
def office_pattern() -> re.Pattern[str]:
    stems = sorted((str(x).casefold() for x in signing_data().get("offices", ())), key=len, reverse=True)
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(x) for x in stems) + ")", re.IGNORECASE)


def is_office(text: str, start: int, end: int) -> bool:
    """An office word among the first three words of ``text[start:end]``."""
    words = list(_WORD.finditer(text, start, end))[:_OFFICE_WORDS]
    return any(office_pattern().match(text, w.start(), w.end()) for w in words)


def is_person(text: str, start: int, end: int) -> bool:
    """Two to five capitalised words and nothing else ("H.E. Anna M. Novak", "Jan de Boer")."""
    line = _HONORIFICS.sub("", text[start:end].strip())
    if not line or len(line) > 60 or any(ch.isdigit() or ch in ",;:()|/" for ch in line):
        return False
    words = line.split()
    if not 2 <= len(words) <= 5:
        return False
    return all(w[:1].isupper() or w.casefold() in _PERSON_PARTICLES for w in words) and words[-1][:1].isupper()


def _state_closing(ctx: DocContext, b: int, start: int, end: int) -> Party | None:
    """The one state of the span, when its name closes the span."""
    found = [m for m in ctx.states_in(b, start, end) if m.end <= end]
    if len({m.iso2 for m in found}) != 1 or not found[0].iso2:
        return None
    m = found[-1]
    if ctx.text[m.end : end].strip(_TAIL):
        return None
    return Party("state", m.start, m.end, m.surface, iso2=m.iso2, name=m.name, confidence=m.confidence)


def office_state(ctx: DocContext, b: int, start: int, end: int) -> Party | None:
    """The state a signature line signs for by its office or its signer, or None."""
    s, e = trim(ctx.text, start, end)
    if e <= s:
        return None
    line = ctx.text[s:e]
    # "A. Name (Germany)"
    open_paren = ctx.text.find("(", start, end)
    if open_paren > start:
        close = ctx.text.find(")", open_paren, end)
        if close > 0 and not ctx.text[close + 1 : end].strip(_TAIL):
            inner = resolve(ctx, b, open_paren + 1, close)
            if inner is not None and inner.kind == "state" and (
                    is_person(ctx.text, start, open_paren) or is_office(ctx.text, start, open_paren)):
                return inner
    if "," in line:
        # "A. Name, Minister of Culture, Germany" / "Minister of Culture, Germany"
        cut = ctx.text.rfind(",", s, e)
        head, tail = (s, cut), (cut + 1, e)
        last = resolve(ctx, b, *tail)
        if last is not None and last.kind == "state":
            if is_office(ctx.text, *head) or any(is_office(ctx.text, p.start(), p.end()) for p in re.finditer(r"[^,]+", ctx.text[s:cut])):
                return last
            return None
        pieces = [(s + p.start(), s + p.end()) for p in re.finditer(r"[^,]+", line)]
        # "A. Name, Minister for Foreign Affairs of Estonia"
        if len(pieces) >= 2 and is_office(ctx.text, *pieces[-1]):
            return _state_closing(ctx, b, *pieces[-1])
        return None
    if is_office(ctx.text, s, e):
        return _state_closing(ctx, b, s, e)
    return None
