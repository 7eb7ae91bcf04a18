"""An EU institution as the author of its own document, read from the document's head.

Three shapes name the issuing institution without naming it as a topic: a letterhead
(the institution's name alone on a line, the place and date of issue right under it, as
the Commission and the Council print them), an act's enacting formula (the institution's
name in capitals alone on a line, ending in a comma or a dash, before the citations), and
an act's or a paper's title naming the institution as its own author ("Commission
Recommendation (EU) ...", "SDĚLENÍ KOMISE", "REPORT FROM THE COMMISSION"). A title counts
only at a line's start (or in capitals) and only in a document that carries an
institution's own furniture (a document number such as COM(2024) 1 or C/2024/1, EUR-Lex
or Official Journal marks, citations): a news headline about a recommendation is no
recommendation. A "From:" line naming someone else (a presidency, a delegation) makes
the letterhead the Council's paper, not its authorship, and nothing is taken.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues
from loaders.rules.sentences import trimmed_lines
from loaders.rules.kind_signals import signals
from loaders.rules.signing.organisations import Organisation, known

HEAD = 3000
_HEAD_LINES = 30
_PLACE_DATE = re.compile(r"(?:[^\W\d_]{1,2}\s+)?[^\W\d_][^\W\d_'’-]+(?:[ -][^\W\d_]+)?(?:,\s*|\s+(?=dne\s))(?:(?:den|le|il|el|dne|dnia|the)\s+)?(?:\d{1,2}(?:[\s./]|$)|(?:19|20)\d{2}(?:\.|\s\d|-\d))")  # "Brüssel, den 21.9.2012", "V Bruselu dne 4. května", "Brüsszel, 2012.9.21."
_DOC_NUMBER = re.compile(r"\b(?:COM|SWD|SEC|JOIN|C)\s?[(/]\s?\d{4}\s?[)/]\s?\d{1,5}\b")
_LEAD_NUMBER = re.compile(r"\d{1,3}\s+(?=\D)")  # a page number a PDF transcript puts first
_FORMULA_END = ",—–-:"
_LABEL_FIRST = re.compile(r"[^\W\d_][\w.]{0,14}\s*:")  # "From: To: ...": the labels run together, no sender
_NEXT_LABEL = re.compile(r"\s[^\W\d_][\w.]{0,14}\s*:")


@lru_cache(maxsize=1)
def _spec() -> dict[str, dict]:
    return load_yaml("signing.yaml").get("institutions", {})


@lru_cache(maxsize=1)
def _titles() -> list[tuple[str, re.Pattern[str], tuple[str, ...]]]:
    """Per institution: its act titles of every language as one pattern, and the stems of
    its short name, one of which the head must hold before the pattern is tried."""
    out = []
    for key, spec in _spec().items():
        patterns = [p for ps in (spec.get("act_titles") or {}).values() for p in ps]
        if patterns:
            combined = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
            out.append((key, combined, tuple(spec.get("short", ()))))
    return out


@lru_cache(maxsize=1)
def _all_short() -> dict[str, tuple[str, ...]]:
    """The institutions' short-name stems, accents aside, by their first three letters."""
    out: dict[str, list[str]] = {}
    for spec in _spec().values():
        for stem in spec.get("short", ()):
            out.setdefault(_fold(stem)[:3], []).append(_fold(stem))
    return {k: tuple(v) for k, v in out.items()}


def _names_an_institution(piece: str) -> bool:
    """A word of ``piece`` starts with an institution's short name (a cheap prefilter);
    accents aside, since capitals drop them ("ΕΥΡΩΠΑΪΚΗ ΕΠΙΤΡΟΠΗ")."""
    stems = _all_short()
    return any(w.startswith(stems.get(w[:3], ("\0",))) for w in re.split(r"[\s-]+", _fold(piece)))  # "il-kummissjoni"


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _folded_names() -> dict[str, str]:
    """The registry names of the institutions, accents aside, to the name as written."""
    return {_fold(n): n for key in _spec() for n in _registry_names(key)}


def _institution(name: str) -> Organisation | None:
    name = " ".join(name.split())
    org = known(name)
    if org is None and name.isupper():
        written = _folded_names().get(_fold(name))  # "ΕΥΡΩΠΑΪΚΗ ΕΠΙΤΡΟΠΗ": capitals drop the accents
        org = known(written) if written else None
    return org if org is not None and org.key in _spec() else None


def _from_names_other(ctx: DocContext, head_end: int, key: str) -> bool:
    """A "From:" line in the head whose sender is not this institution or its secretariat."""
    labels = {label for b in ctx.blocks for label in cues(b.lang).header_from} | set(cues("en").header_from)
    if not labels:
        return False
    short = tuple(_spec()[key].get("short", ()))
    pattern = re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, sorted(labels, key=len, reverse=True))) + r")[ \t]*:[ \t]*([^\n]{0,120})")
    for m in pattern.finditer(ctx.text, 0, head_end):
        value = m.group(1)
        sender = "" if _LABEL_FIRST.match(value) else _NEXT_LABEL.split(value, 1)[0].casefold()
        if sender.strip() and not any(re.search(rf"\b{re.escape(s)}", sender) for s in short):
            return True
    return False


def _author(ctx: DocContext, org: Organisation, start: int, end: int, confidence: float, how: str) -> Author:
    actor = ActorRef(kind="organization", key=org.key, name=org.name, org_kind=org.kind)  # type: ignore[arg-type]
    return Author(actor=actor, evidence=evidence(ctx, start, end, confidence, f"authors.{how}"))


_COMMA_DATE = re.compile(r",\s*(?:(?:den|le|il|el|dne|the)\s+)?\d{1,2}(?:[\s./]|$)")


def _name_then_place(text: str, a: int, z: int) -> tuple[Organisation | None, int | None]:
    """"COUNCIL OF THE EUROPEAN UNION Brussels, 11 December 2009": the institution, then a
    place of one or two words and a date, on one line."""
    m = _COMMA_DATE.search(text, a, z)
    if m is None:
        return None, None
    starts = [w.start() for w in re.finditer(r"(?<!\S)\S", text[a : m.start()])]
    for k in (1, 2):
        if len(starts) > k:
            org = _institution(text[a : a + starts[-k]].rstrip(" .,"))
            if org is not None:
                return org, a + starts[-k]
    return None, None


def _letterhead(ctx: DocContext, lines: list[tuple[int, int]]) -> Author | None:
    """The institution's name alone on a line (or over two short lines), the place and date
    of issue on the same line after it or on one of the next two lines."""
    text = ctx.text
    for i, (s, e) in enumerate(lines[:_HEAD_LINES]):
        lead = _LEAD_NUMBER.match(text, s)
        s0 = lead.end() if lead else s
        spans = [(s0, e)]
        if i + 1 < len(lines) and e - s0 <= 40 and lines[i + 1][1] - lines[i + 1][0] <= 40:
            spans.append((s0, lines[i + 1][1]))
        for a, z in spans:
            if not _names_an_institution(text[a : min(z, a + 80)]):
                continue  # no institution's word at the line's start
            rest_at = None
            org = _institution(text[a:z].rstrip(" ."))
            if org is None:
                org, rest_at = _name_then_place(text, a, z)
            if org is None:
                continue
            nxt = [ls for ls in lines[i + 1 + (z != e) : i + 4 + (z != e)]]
            dated = rest_at is not None or any(_PLACE_DATE.match(text, ls, le) for ls, le in nxt[:2])
            if dated:
                return _author(ctx, org, a, rest_at if rest_at is not None else z, 0.85, "institution_letterhead")
    return None


def _enacting(ctx: DocContext, lines: list[tuple[int, int]]) -> Author | None:
    """"THE EUROPEAN COMMISSION," alone on a line, in capitals: the institution that adopts the act."""
    for s, e in lines:
        line = ctx.text[s:e]
        if line[-1] not in _FORMULA_END or line != line.upper() or len(line) > 80:
            continue
        org = _institution(line.rstrip(_FORMULA_END + " "))
        if org is not None:
            return _author(ctx, org, s, e, 0.9, "institution_enacting")
    return None


def _official(ctx: DocContext) -> bool:
    s = signals(ctx.text, [b.lang for b in ctx.blocks])
    return bool(_DOC_NUMBER.search(ctx.text, 0, HEAD) or s.eurlex or s.official_journal or s.citations)


def _title(ctx: DocContext, lines: list[tuple[int, int]], head_end: int) -> Author | None:
    found = None
    head_low = ctx.lower[:head_end]
    for key, pattern, short in _titles():
        if not any(stem in head_low for stem in short):
            continue
        for s, e in lines[:_HEAD_LINES]:
            lead = _LEAD_NUMBER.match(ctx.text, s)
            m = pattern.match(ctx.text, lead.end() if lead else s, e)
            if m:
                found = (key, m) if found is None or m.start() < found[1].start() else found
                break
        for m in pattern.finditer(ctx.text, 0, head_end):
            first, last = m.group().split()[0], m.group().split()[-1]
            if first.isupper() and last.isupper() and (found is None or m.start() < found[1].start()):
                found = (key, m)
                break
    if found is None or not _official(ctx):
        return None
    key, m = found
    org = next((o for o in map(known, _registry_names(key)) if o is not None), None)  # the display name may carry an acronym
    return _author(ctx, org, m.start(), m.end(), 0.8, "institution_title") if org else None


def _registry_names(key: str) -> list[str]:
    for spec in load_yaml("organisations.yaml").get("organisations", []):
        if spec["key"] == key:
            return [spec["name"], *spec.get("names", [])]
    return []


def institution(ctx: DocContext) -> list[Author]:
    """The EU institution that issues this document, when its head says so; else nothing."""
    head_end = min(len(ctx.text), HEAD)
    lines = trimmed_lines(ctx.text, 0, head_end)
    found = _letterhead(ctx, lines) or _title(ctx, lines, head_end)
    if found is None:
        found = _enacting(ctx, trimmed_lines(ctx.text, 0, min(len(ctx.text), 30000)))
    if found is None or _from_names_other(ctx, head_end, found.actor.key):
        return []
    return [found]
