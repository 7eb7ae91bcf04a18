"""Who wrote a news item: the byline ("By A. Name", "Von A. Name", "Autor: A. Name") and
the agency credit ("BERLIN (dpa) -", "(Belga)" closing the text, "Source: ANSA"); who gave
a speech: the name opening a speech page's standfirst ("A. Name, Minister for X, gave
these remarks").

A byline is a line of its own that opens with the language's label and holds only one to
three people's names (two to four capitalised words each, joined by the language's "and"),
then nothing, a separator, or a "published" word; a bare label ("By", "Par") counts only
among the first lines, a field label ("Autor:") anywhere. A name that is a state, an
organisation or a news agency is no person. An agency is credited only by the structures a
wire uses (a dateline's brackets, a bracket closing the text, a source line, its name alone
on one of the last lines), never where the text merely names it ("according to Reuters").
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.rules.context import DocContext, evidence
from loaders.rules.sentences import trimmed_lines
from loaders.rules.bylines_data import (
    DATE_MARK, HEAD_CHARS, TAIL_CHARS, any_field_line, byline_labels, bylines_data, line_at, published_words,
)
from loaders.rules.authors_agency import after_names, agency_credit
from loaders.rules.authors_speaker import speaker
from loaders.rules.byline_names import display, name_like, names, person, role_word
from loaders.rules.org_names import org_name

_HEAD_LINES = 24  # a story may open with a photo caption, a fact box or a list before its byline
_FIRST_LINES = 12  # past them, a labelled name must not be words of the language ("By Royal Decree")
_MAX_LINE = 160


def _common_words(ctx: DocContext, start: int, end: int) -> bool:
    """Whether every word of a name is a word of the language's dictionary (simplemma), as in
    "Royal Decree" or "Danmark og Sverige": deep in a page such a line is no byline."""
    import simplemma

    lang = ctx.lang_at(start)
    words = re.findall(r"[^\W\d_]{2,}", ctx.text[start:end])
    try:
        return bool(words) and all(simplemma.is_known(w.casefold(), lang=lang) for w in words)
    except ValueError:  # a language simplemma does not hold: no check, no deep byline
        return True


def _byline_at(ctx: DocContext, s: int, e: int, head: bool) -> list[tuple[int, int]]:
    if e - s > _MAX_LINE:
        return []
    lang = ctx.lang_at(s)
    bare, field = byline_labels(lang)
    for pattern in ((field, bare) if head else (field,)):
        m = pattern.match(ctx.text, s, e) if pattern is not None else None
        if m is None:
            continue
        people = names(ctx, lang, m.end(), e, caps_ok=True)
        if people:
            return people
        if pattern is field and m.end() >= e:  # "Autor:" alone, the name on the next line
            nxt = line_at(ctx.text, e + 1) if e + 1 < len(ctx.text) else None
            if nxt is not None and nxt[0] > e and nxt[1] - nxt[0] <= _MAX_LINE and "\n\n" not in ctx.text[e : nxt[0]]:
                people = names(ctx, lang, nxt[0], nxt[1], caps_ok=True)
                if people:
                    return people
    return []


# a publication date or time: a year, a numeric day and month, or a clock time
_UNLABELLED_LINES = 8
_SUBJECT_REACH = 300
_OUTLET = re.compile(r"[^\W_][\w.&'’-]*(?:\s[^\W_][\w.&'’-]*){0,2}")


def _is_date_line(text: str, s: int, e: int) -> bool:
    """A short line that is a date or a timestamp ("12 May 2024", "12.05.2024, 14:30"): a
    date mark and at most four words beside the numbers."""
    line = text[s:e]
    return len(line) <= 48 and bool(DATE_MARK.search(line)) and len(re.findall(r"[^\W\d_]{2,}", line)) <= 4


def _subject(ctx: DocContext, people: list[tuple[int, int]], after: int) -> bool:
    """Whether a surname of ``people`` recurs in the lead after their line: the story's
    subject rather than its writer (an author box at the foot may repeat the writer)."""
    for s, e in people:
        surname = ctx.text[s:e].split()[-1]
        if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", ctx.text[after : after + _SUBJECT_REACH]):
            return True
    return False


# a writer's signature line under the title: the name, a comma, roles, and the writer's own
# e-mail address closing the line (language-free; a contact block stands at the end)
_EMAIL_SIGNED = re.compile(r"(?P<name>[^\W\d_][^,\n]{2,60}?),[^\n]{0,300}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*")


def _unlabelled(ctx: DocContext, head: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A byline without a label, right under the title: the names and, after a bar or a
    slash, the outlet or a date ("Jane Doe | The Daily"), or the names alone on a line with a
    date line one or two lines below. Names only: a plausible organisation or a surname the
    body repeats (the story's subject) is no byline."""
    text = ctx.text
    lines = head[:_UNLABELLED_LINES]
    for i, (s, e) in enumerate(lines):
        if e - s > 80 and not (e - s <= 400 and _EMAIL_SIGNED.fullmatch(text, s, e)):
            continue
        lang = ctx.lang_at(s)
        dated = _after_date(ctx, lang, s, e)  # "12.03.2031 | Jane Doe", "Published on 12 May 2031 by Jane Doe"
        if dated:
            return dated
        if not text[s].isupper():
            continue
        if any(p is not None and p.match(text, s, e) for p in byline_labels(lang)):
            continue  # a labelled line was read as such already
        sep = re.search(r"\s[|/·•]\s", text[s:e])  # "Jane Doe | The Daily", "Jane Doe · 12 May 2031 · 4 min"
        if sep is not None:
            rest_s = s + sep.end()
            if not (_is_date_line(text, rest_s, e) or _OUTLET.fullmatch(text, rest_s, e)):
                continue
            people = names(ctx, lang, s, s + sep.start())
        elif any(_is_date_line(text, *ln) for ln in lines[i + 1 : i + 3]):
            people = names(ctx, lang, s, e)
        elif (signed := _EMAIL_SIGNED.match(text, s, e)) is not None and signed.end() == e:
            if org_name(text, s, signed.end("name"), lang) is not None:
                continue  # an organisation's address line
            people = names(ctx, lang, s, signed.end("name"))  # "A. Name, Professor of ..., a.name@example.org"
        elif (role := _role_after_comma(text, s, e)) is not None:  # "Jane Doe, Brussels correspondent"
            people = names(ctx, lang, s, role)
        elif i + 1 < len(lines) and _role_line(ctx, lang, *lines[i + 1]):  # "Jane Doe / Senior Policy Analyst"
            people = names(ctx, lang, s, e)
        else:
            continue
        if not people or any(not name_like(ctx, text[ps:pe]) for ps, pe in people) or (sep is None and _subject(ctx, people, e)):
            continue
        return people
    return []


def _after_date(ctx: DocContext, lang: str, s: int, e: int) -> list[tuple[int, int]]:
    """A byline after the date on one line: the date, a bar, the language's label and the
    names ("12 May 2031 | By Jane Doe", "12.03.2031 | Von A. Name"), or a "published" word, the
    date and the label ("Published on 12 May 2031 by Jane Doe", « Publié le 12/03/2031 à
    10h15 par Jeanne Exemple »). The names end the line."""
    text = ctx.text
    bare, field = byline_labels(lang)
    sep = re.search(r"\s[|·•]\s", text[s:e])
    if sep is not None and _is_date_line(text, s, s + sep.start()):
        at = s + sep.end()
        for pattern in (field, bare):
            m = pattern.match(text, at, e) if pattern is not None else None
            if m is not None:
                at = m.end()
                break
        else:
            return []  # "12 May 2031 | Foreign Affairs": a section's name reads like a person's
        people = names(ctx, lang, at, e, caps_ok=True)
        if people and all(name_like(ctx, text[ps:pe]) for ps, pe in people) and not _subject(ctx, people, e):
            return people
        return []
    first = re.match(r"[^\W\d_]+", text[s:e])
    if first is None or not first.group()[:1].isupper() or first.group().casefold() not in published_words(lang) or bare is None:
        return []
    mid = re.compile(bare.pattern, re.IGNORECASE)  # the label in lower case inside the line
    for m in re.finditer(r"\s(?=[^\W\d_])", text[s:e]):
        at = s + m.end()
        label = mid.match(text, at, e)
        if label is None or label.group().strip()[:1].isupper() or not DATE_MARK.search(text, s, at):
            continue
        people = names(ctx, lang, label.end(), e, caps_ok=True)
        if people and all(name_like(ctx, text[ps:pe]) for ps, pe in people):
            return people
    return []


# "About the author" over the writer's closing note, and the note's verb ("Jane Doe is ...")
_ABOUT_AUTHOR = re.compile(r"(?im)^[ \t]*(?:about\s+the\s+authors?|über\s+(?:den\s+autor|die\s+autorin|die\s+autoren)|"
                           r"à\s+propos\s+de\s+l['’]auteur(?:e|rice)?|sobre\s+(?:el\s+autor|la\s+autora|los\s+autores)|"
                           r"l['’]autore|l['’]autrice|over\s+de\s+auteur|o\s+autorze|o\s+autorce)[ \t]*:?[ \t]*$")
_BIO_VERB = {"en": r"is|was|has", "de": r"ist|war", "fr": r"est", "es": r"es", "it": r"è", "nl": r"is", "pl": r"jest"}


def _bio_name(ctx: DocContext, lang: str, s: int, e: int, role_needed: bool) -> list[tuple[int, int]]:
    """The name opening a writer's note ("Jane Doe is a senior fellow at ..."): two to four
    capitalised words then the language's "is"; with no heading over the note, the word
    after "is a" must be a role's."""
    verb = _BIO_VERB.get(lang)
    if verb is None:
        return []
    m = re.match(rf"(?P<name>[^\W\d_][^\n]{{2,60}}?)\s+(?:{verb})\s+(?P<rest>[^\n]{{0,80}})", ctx.text[s:e])
    if m is None:
        return []
    if role_needed:
        rest = m.group("rest").split()
        if len(rest) < 2 or rest[0].casefold() not in ("a", "an", "ein", "eine", "un", "une", "uno", "una", "een") or not any(
                role_word(lang, w) for w in rest[1:4]):
            return []
    span = person(ctx, s + m.start("name"), s + m.end("name"))
    if span is None or not name_like(ctx, ctx.text[span[0] : span[1]]):
        return []
    return [span]


def _about_author(ctx: DocContext) -> list[tuple[int, int]]:
    """The writer of an analysis or a blog post in its closing note: under an "About the
    author" heading, or the last line "Jane Doe is a senior fellow at ..." whose name the
    text does not use before (a subject's name recurs)."""
    text = ctx.text
    if not ctx.blocks:
        return []
    lang = ctx.lang_at(max(0, len(text) - 1))
    for m in _ABOUT_AUTHOR.finditer(text, max(0, len(text) - TAIL_CHARS)):
        nxt = trimmed_lines(text, m.end(), min(len(text), m.end() + 400))
        if nxt:
            found = _bio_name(ctx, lang, *nxt[0], role_needed=False)
            if found:
                return found
    tail = trimmed_lines(text, max(0, len(text) - 400), len(text))
    if len(tail) < 2:
        return []
    found = _bio_name(ctx, lang, *tail[-1], role_needed=True)
    if found:
        ps, pe = found[0]
        surname = text[ps:pe].split()[-1]
        if re.search(rf"(?<!\w){re.escape(surname)}(?!\w)", text[: tail[-1][0]]):
            return []
    return found


_REPORTING = re.compile(r"(?m)^[ \t]*(?:\(?\s*)?(?:Additional\s+)?(?:[Rr]eporting|[Ww]riting)\s+by\s+")


def _reporting_line(ctx: DocContext) -> list[tuple[int, int]]:
    """A wire story's closing credit ("Reporting by Jane Doe and John Roe; Editing by ..."):
    the reporters and writers, never the editors."""
    text = ctx.text
    for m in _REPORTING.finditer(text, max(0, len(text) - TAIL_CHARS)):
        s, e = line_at(text, m.end())
        stop = min((x for x in (text.find(";", m.end(), e), text.find(")", m.end(), e)) if x >= 0), default=e)
        people = names(ctx, "en", m.end(), stop)
        if people and all(name_like(ctx, text[ps:pe]) for ps, pe in people):
            return people
    return []


def _role_line(ctx: DocContext, lang: str, s: int, e: int) -> bool:
    """A short line that is a writer's role ("Senior Policy Analyst", "Chercheuse associée"):
    at most five words, the first a role's."""
    words = ctx.text[s:e].split()
    return 1 <= len(words) <= 5 and role_word(lang, words[0]) and not DATE_MARK.search(ctx.text, s, e)


def _role_after_comma(text: str, s: int, e: int) -> int | None:
    """Where the names end on a line "Jane Doe, Brussels correspondent": a comma, then at
    most five words of which one is a journalist's role (byline_roles)."""
    comma = text.find(", ", s, e)
    if comma < 0:
        return None
    words = text[comma + 2 : e].split()
    roles = tuple(str(r) for r in bylines_data().get("byline_roles") or ())
    if not 1 <= len(words) <= 5 or not any(w.casefold().startswith(roles) for w in words):
        return None
    return comma


def byline_people(ctx: DocContext) -> list[tuple[int, int]]:
    """The head's lines with any label; past the head, only lines a field label opens;
    else an unlabelled byline right under the title."""
    head = trimmed_lines(ctx.text, 0, min(len(ctx.text), HEAD_CHARS))[:_HEAD_LINES]
    for i, (s, e) in enumerate(head):
        people = _byline_at(ctx, s, e, True)
        if people and (i < _FIRST_LINES or not any(_common_words(ctx, ps, pe) for ps, pe in people)):
            return people
    past = head[-1][1] if head else 0
    for m in any_field_line().finditer(ctx.text, past):
        people = _byline_at(ctx, *line_at(ctx.text, m.end() - 1), False)
        if people:
            return people
    return _unlabelled(ctx, head) or _reporting_line(ctx) or _about_author(ctx)


# after a byline's names, what only an outlet is: a web address ("euractiv.com"), a brand
# written in lower case ("tagesschau", "heise online": no place is), or a name holding a
# newspaper's word of any language ("Frankfurter Allgemeine Zeitung", "Gazeta Wyborcza")
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}")
_LOWER_BRAND = re.compile(r"[a-zà-ÿ][\w.&'’-]{2,}(?:\s[a-zà-ÿ][\w.&'’-]+)?")
_OUTLET_AFTER = re.compile(r"[ \t]*(?:[|/–—]|\s-)[ \t]*(?P<o>[^\n|/]{3,40}?)[ \t]*$", re.MULTILINE)


@lru_cache(maxsize=1)
def _newspaper_words() -> re.Pattern[str]:
    words = bylines_data().get("newspaper_words") or []
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) + r")(?![^\W\d_])")


def _outlet_after(ctx: DocContext, end: int) -> tuple[int, int] | None:
    """The outlet a byline names after a bar or a dash, alone in the rest of its line ("Jane
    Doe | tagesschau"): a web address, a brand in lower case, or a newspaper's name; never a
    date, a state or a place (a capitalised name with no newspaper's word)."""
    m = _OUTLET_AFTER.match(ctx.text, end)
    if m is None:
        return None
    s, e = m.start("o"), m.end("o")
    name = ctx.text[s:e]
    if DATE_MARK.search(name) or (ctx.blocks and ctx.states_in(ctx.block_at(s), s, e)):
        return None
    if _LOWER_BRAND.fullmatch(name) and not _DOMAIN.fullmatch(name):
        roles = tuple(str(r) for r in bylines_data().get("byline_roles") or ())
        if any(w.startswith(roles) for w in name.casefold().split()):
            return None  # "Jane Doe | reporter": a role in lower case, not a brand
    if _DOMAIN.fullmatch(name) or _LOWER_BRAND.fullmatch(name) or _newspaper_words().search(name):
        return s, e
    return None


def byline(ctx: DocContext) -> list[Author]:
    """The people of the byline (or a speech page's speaker), else the agency the text credits."""
    out: list[Author] = []
    from core.ids import slug

    people, how = byline_people(ctx), "authors.byline"
    if not people:
        people, how = speaker(ctx), "authors.speaker"
    for s, e in people:
        name = display(ctx.text[s:e])
        out.append(Author(actor=ActorRef(kind="person", key=slug(name), name=name),
                          evidence=evidence(ctx, s, e, 0.8, how)))
    if out:
        agency = after_names(ctx, people[-1][1]) if how == "authors.byline" else None
        if agency is not None:
            found, s, e = agency
            actor = ActorRef(kind="organization", key=found.key, name=found.name, org_kind="other")
            out.append(Author(actor=actor, evidence=evidence(ctx, s, e, 0.8, "authors.agency_credit")))
        outlet = _outlet_after(ctx, people[-1][1]) if how == "authors.byline" and agency is None else None
        if outlet is not None:
            s, e = outlet
            name = ctx.text[s:e]
            actor = ActorRef(kind="organization", key=slug(name), name=name, org_kind="other")
            out.append(Author(actor=actor, evidence=evidence(ctx, s, e, 0.7, "authors.byline_outlet")))
        return out
    credit = agency_credit(ctx)
    if credit is not None:
        agency, s, e = credit
        actor = ActorRef(kind="organization", key=agency.key, name=agency.name, org_kind="other")
        out.append(Author(actor=actor, evidence=evidence(ctx, s, e, 0.8, "authors.agency_credit")))
    return out
