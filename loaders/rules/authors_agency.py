"""The agency a wire story credits: a dateline's brackets ("BERLIN (dpa) -"), a bracket closing
the text ("(Belga)"), a source line ("Source: ANSA"), an agency under the title as a byline
("By Reuters"), or after a byline's names ("Jane Doe | Reuters"). Only these structures of
wire copy credit an agency, never a text that merely names it ("according to Reuters")."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.rules.bylines_data import (
    DATE_MARK, HEAD_CHARS, TAIL_CHARS, TAIL_LINES, Agency, agencies, agency_alt, any_source_line, byline_labels, line_at,
    source_labels,
)
from loaders.rules.context import DocContext
from loaders.rules.sentences import trimmed_lines

# an agency's credit is set in brackets by most wires, between slashes by some (Agerpres,
# BTA: "/Agerpres/"), and after a comma by the Baltic ones ("Rīga, 12.marts, LETA.")


@lru_cache(maxsize=1)
def dateline() -> re.Pattern[str]:
    """"BERLIN (dpa-AFX) -", "Brussels, 3 May (Reuters) –", "Praha 12. března (ČTK) -",
    "Bucureşti, 12 mar /Agerpres/ -", "STOCKHOLM (TT) Text", "Rīga, 12.marts, LETA.",
    "(Belga) Text": the credit right after a place in capitals or a place and a date, or
    opening a paragraph."""
    agency = agency_alt()
    caps = r"[^\W\d_a-z][^\W\d_a-z .'’/-]{1,40}"
    # a place written as a name ("Berlin", "Den Haag", "Brüssel/Berlin", "Bruselas, 12 mar"),
    # only where it opens its line or follows digits (a page's date): "talks in Berlin (dpa) -"
    # is a sentence, not a dateline
    rest = r"[^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*"
    named = rf"(?:^|(?<=\d )|(?<=\d  ))[ \t]*[^\W\d_a-z]{rest}(?:(?:\s|/|,\s*)[^\W\d_a-z]{rest}){{0,3}}"
    # what may follow the place: a comma and a date or a note, or a date without a comma
    # ("Praha 12. března", "Bratislava 12. marca")
    after = r"(?:,[^()/\n]{0,40}|\s+\d[^()/\n]{0,40})?"
    credit = r"(?:\s*[/,;]\s*[^()\n]{0,30})?\)"
    upper_next = r"(?=[^\W\d_a-z])"

    def bracket(name: str) -> str:  # "(dpa)", "(dpa/AFP)", or "/Agerpres/"
        return rf"(?:\((?P<{name}>{agency}){credit}|/(?P<{name}2>{agency})/)"

    return re.compile(
        rf"(?m)(?:(?<=\s)|^){caps}(?:,[^()\n]{{0,30}})?\s*{bracket('a')}\s*[-–—:]"
        rf"|^[ \t]*{caps}\s*\((?P<d>{agency})\)\s+{upper_next}"
        rf"|{named}{after}\s*{bracket('c')}\s*(?:[-–—:]|\.\s*[-–—]?\s*{upper_next}|\s+{upper_next})"
        rf"|{named},[^,()/\n]{{0,20}}\d[^,()/\n]{{0,20}},\s*(?P<e>{agency})\s*(?:[-–—:]|\.\s*{upper_next})"
        rf"|^\s*\((?P<b>{agency}){credit}\s*[-–—:]?\s*(?=[^\W\d_])"
    )


@lru_cache(maxsize=1)
def bracketed() -> re.Pattern[str]:
    """A cheap scan for the lines that may hold a credit: an agency after a bracket, a
    slash or a comma."""
    return re.compile(rf"(?:[(/]|,\s*)(?:{agency_alt()})")


@lru_cache(maxsize=1)
def closing() -> re.Pattern[str]:
    """"... passer devant le Conseil. (Belga)", "... /ritzau/", "(mf/dpa)": agencies alone in
    the bracket (or between the slashes, or after an editor's initials) that ends the text;
    a photo credit ("(AP/dpa/A. Name)") names a photographer, so it is not one. "(avec AFP)",
    "Mit Material von dpa" credit material the outlet's own writer used: no authorship."""
    agency = agency_alt()
    more = rf"(?:\s*/\s*(?:{agency}))*"
    # an editor's initials before the agency ("(mf/dpa)") close a story too
    initials = r"(?:[a-zäöüß]{2,4}\s*/\s*)+"
    return re.compile(
        rf"(?:\((?P<a>{agency}){more}\)|\({initials}(?P<i>{agency}){more}\)|(?<![^\s.])/(?P<s>{agency})/)\.?\s*$"
    )


CREDIT_LINES = 6


def _date_line(text: str, lines: list[tuple[int, int]]) -> bool:
    """Whether the line is a date (and time) alone: "3. March 2029 o 08:45", "12/05/2031"."""
    if not lines:
        return False
    line = text[lines[0][0] : lines[0][1]]
    return bool(DATE_MARK.search(line)) and len(re.findall(r"[^\W\d_]{2,}", line)) <= 3 and len(line) <= 40


def head_credit(ctx: DocContext) -> tuple[Agency, int, int] | None:
    """An agency credited under the title as a byline is: its name after the language's
    byline label ("By Reuters", "Par AFP", "Por EFE"), or before a date on its line ("AFP |
    3 May 2031"). Alone on a line it is as often a photo's credit, so that gives nothing."""
    text = ctx.text
    lines = trimmed_lines(text, 0, min(len(text), HEAD_CHARS))
    for i, (s, e) in enumerate(lines[:CREDIT_LINES]):
        if e - s > 60:
            continue
        bare, field = byline_labels(ctx.lang_at(s))
        at = s
        for pattern in (field, bare):
            m = pattern.match(text, s, e) if pattern is not None else None
            if m is not None:
                at = m.end()
                break
        a = re.match(rf"(?:{agency_alt()})(?=\s*(?:$|[|/,–—-]))", text[at:e])
        if a is None:
            continue
        rest = text[at + a.end() : e].strip(" |/,–—-")
        if not rest and at == s and not _date_line(text, lines[i + 1 : i + 2]):
            continue  # an agency alone under a headline is as often a photo's credit; over a date line it is the byline
        if rest and not (DATE_MARK.search(rest) and len(re.findall(r"[^\W\d_]{2,}", rest)) <= 4):
            continue
        return agencies()[a.group()], at, at + a.end()
    return None


def agency_credit(ctx: DocContext) -> tuple[Agency, int, int] | None:
    text = ctx.text
    head_end = min(len(text), HEAD_CHARS)
    for bracket in bracketed().finditer(text, 0, head_end):  # a cheap scan for "(Agency" first
        ls, le = line_at(text, bracket.start())
        m = dateline().search(text, ls, le)
        if m:
            g = next(g for g in ("a", "a2", "d", "c", "c2", "e", "b") if m.group(g))
            return agencies()[m.group(g)], m.start(g), m.end(g)
    for hit in any_source_line().finditer(text):
        s, e = line_at(text, hit.end() - 1)
        src = source_labels(ctx.lang_at(s))
        sm = src.match(text, s, e) if src is not None else None
        if sm is None:
            continue
        first = re.match(rf"(?:{agency_alt()})(?=\s*(?:[/,;]|$))", text[sm.end() : e])
        if first:
            return agencies()[first.group()], sm.end(), sm.end() + first.end()
    head = head_credit(ctx)
    if head is not None:
        return head
    tail = trimmed_lines(text, max(0, len(text) - TAIL_CHARS), len(text))
    if tail:
        c = closing().search(text, *tail[-1])
        if c:
            g = next(g for g in "ais" if c.group(g))
            return agencies()[c.group(g)], c.start(g), c.end(g)
    for s, e in tail[-TAIL_LINES:]:
        if text[s:e] in agencies():
            return agencies()[text[s:e]], s, e
    return None


def after_names(ctx: DocContext, end: int) -> tuple[Agency, int, int] | None:
    """The agency a byline credits after its names, alone in the rest of the line ("Jane Doe
    | Reuters", "Von Jana Müller (dpa)", "Por Juana García, EFE")."""
    line_end = ctx.text.find("\n", end)
    line_end = len(ctx.text) if line_end < 0 else line_end
    rest = ctx.text[end:line_end]
    m = re.fullmatch(rf"\s*(?:[|/,–—-]\s*|\()(?P<a>{agency_alt()})\)?\s*", rest)
    if m is None:
        return None
    return agencies()[m.group("a")], end + m.start("a"), end + m.end("a")
