"""A national government body as the author of its own paper, read from its head.

A ministry's or government's own note, answer or press release opens with the body's
name alone on a line (or several bodies, one a line, for a joint note) and the date of
issue a few lines below: "Udenrigsministeriet / ... / Den 3. september 2009",
"Valtioneuvosto / Tiedote 12/2031 / 7.5.2031". A recipient's address block has the same
name on top of a street and a postcode, so a line that reads like an address between the
name and the date takes nothing. Dutch parliamentary letters name the signing office and
its holder on one line ("De Minister van X, A.B. Name") or the offices in the letter's
title ("BRIEF VAN DE MINISTERS VAN X EN VOOR Y"): the office is the author, with the person
who signs when the name's end is sure; a report of a written consultation is its standing
committee's.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext, evidence
from loaders.rules.sentences import trimmed_lines

HEAD = 2500
_HEAD_LINES = 14
_DATE_GAP = 3  # lines between the last body's name and the date
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_DAY = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
_ADDRESS = re.compile(r"\b\d{4,5}\s+[^\W\d_]|[^\W\d_]\s+\d{1,4}[a-zA-Z]?$|\b(?:p\.?\s?o\.?\s?box|postboks|postbus|postfach)\b", re.IGNORECASE)
_SMALL = frozenset("van voor en de het der des la le et und für of for and".split())


@lru_cache(maxsize=1)
def _spec() -> dict:
    return load_yaml("signing.yaml").get("government_letterhead", {})


@lru_cache(maxsize=1)
def government_bodies() -> re.Pattern[str]:
    """The government bodies of every language: signing.yaml's letterhead bodies and the
    ministries and offices of government_bodies.yaml."""
    lists = [_spec().get("bodies", {}), load_yaml("government_bodies.yaml").get("bodies", {})]
    parts = [p for spec in lists for patterns in spec.values() for p in patterns]
    return re.compile("(?:" + "|".join(parts) + ")", re.IGNORECASE)


@lru_cache(maxsize=1)
def _nl() -> tuple[re.Pattern[str], re.Pattern[str]]:
    office = _spec()["nl_office"]
    # the holder in initials ("A.B. de Vries"), or by full name alone on the line below
    # ("Anna de Vries"): a full name is sure only where its line ends
    initials = r"(?:[A-Z]\.\s?){1,5}(?:[a-z]{1,3}\s){0,2}[A-Z][\w'-]+"
    full = r"[A-Z][a-zà-ÿ'-]+(?:[ \t]+(?:[a-z]{1,3}[ \t]+){0,2}[A-Z][\w'-]+){1,2}(?=[ \t]*(?:\n|$))"
    signature = re.compile(rf"(?i:de\s+({office})),\s+({initials}|(?<=\n)[ \t]*{full})")
    title = re.compile(rf"(?:nr\.\s*\d+\s+)?brief\s+van\s+de\s+({office})", re.IGNORECASE)
    return signature, title


def _is_date_line(line: str) -> bool:
    return len(line) <= 40 and len(line.split()) <= 5 and bool(_YEAR.search(line)) and bool(_DAY.search(_YEAR.sub(" ", line)))


def _name(surface: str) -> str:
    """A name as a body prints it in running text: capitals in a heading are lowered."""
    surface = " ".join(surface.split())
    if surface != surface.upper():
        return surface
    words = surface.lower().split()
    return " ".join(w if (i and w in _SMALL) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def body_author(ctx: DocContext, s: int, e: int, confidence: float, how: str) -> Author:
    from core.ids import slug

    name = _name(ctx.text[s:e])
    actor = ActorRef(kind="organization", key=slug(name), name=name, org_kind="government", iso2=_state_of(ctx, s, e))
    return Author(actor=actor, evidence=evidence(ctx, s, e, confidence, f"authors.{how}"))


def _state_of(ctx: DocContext, s: int, e: int) -> str | None:
    """The one state a body's name holds ("Ministry for Foreign Affairs of Finland"), else None."""
    if not ctx.blocks:
        return None
    found = {x.iso2 for x in ctx.states_in(ctx.block_at(s), s, e) if x.iso2 and x.end <= e}
    return found.pop() if len(found) == 1 else None


def _person(ctx: DocContext, s: int, e: int) -> Author:
    from core.ids import slug

    name = " ".join(ctx.text[s:e].split())
    return Author(actor=ActorRef(kind="person", key=slug(name), name=name),
                  evidence=evidence(ctx, s, e, 0.8, "authors.letter_signature"))


def _release_label(ctx: DocContext, line: str) -> bool:
    """"Comunicado 45", "Press release 12": the release's label and number, not a street."""
    from loaders.rules.authors_voice import release_words

    return any(release_words(b.lang).match(line) for b in ctx.blocks[:3]) or bool(release_words("en").match(line))


def _before_home(ctx: DocContext, home_link, s: int, e: int) -> tuple[int, int]:
    """The line less the site's home link its logo carries ("Ministerium für X Startseite")."""
    m = home_link(ctx.lang_at(s)).search(ctx.text, s, e)
    return (s, m.start()) if m is not None and m.start() > s else (s, e)


def letterhead(ctx: DocContext) -> list[Author]:
    """The bodies named alone on the first lines, when the date of issue follows them."""
    from loaders.rules.authors_voice import home_link

    lines = [_before_home(ctx, home_link, s, e) for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), HEAD))[:_HEAD_LINES]]
    bodies = government_bodies()
    for i, (s, e) in enumerate(lines):
        if not bodies.fullmatch(ctx.text, s, e):
            continue
        j = i
        while j + 1 < len(lines) and bodies.fullmatch(ctx.text, *lines[j + 1]):
            j += 1
        after = [ctx.text[a:z] for a, z in lines[j + 1 : j + 1 + _DATE_GAP]]
        for k, line in enumerate(after):
            if _is_date_line(line):
                if any(_ADDRESS.search(x) and not _release_label(ctx, x) for x in after[:k]):
                    break
                return [body_author(ctx, a, z, 0.8, "government_letterhead") for a, z in lines[i : j + 1]]
        return []  # only the first body line at the top is a letterhead
    return _letterhead_in_capitals(ctx)


_CAPS_RUN = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÝÆØÅÄÖÜ][A-ZÀ-ÝÆØÅÄÖÜ-]{5,}(?:\s+[A-ZÀ-ÝÆØÅÄÖÜ][A-ZÀ-ÝÆØÅÄÖÜ-]*){0,5}(?![^\W\d_])")
_WORD_DATE = re.compile(r"(?<!\d)\d{1,2}\.?\s+[^\W\d_]{3,}\.?\s+(?:19|20)\d{2}\b|(?<!\d)\d{1,2}[./]\d{1,2}[./](?:19|20)\d{2}\b")
_DATE_REACH = 100
_CAPS_HEAD = 600  # a letterhead run into other lines still stands in the first few hundred characters


def _letterhead_in_capitals(ctx: DocContext) -> list[Author]:
    """The same letterhead once PDF unwrapping has run the head's lines together
    ("... UDENRIGSMINISTERIET Center for Europa ... Den 3. september 2009 ..."): the body in
    capitals, a date of issue within a short reach after it, no address between."""
    bodies = government_bodies()
    head = min(len(ctx.text), _CAPS_HEAD)
    for m in _CAPS_RUN.finditer(ctx.text, 0, head):
        if not bodies.fullmatch(ctx.text, m.start(), m.end()):
            continue
        reach = ctx.text[m.end() : min(head, m.end() + _DATE_REACH)]
        d = _WORD_DATE.search(reach)
        if d is None or _ADDRESS.search(reach[: d.start()]):
            return []
        return [body_author(ctx, m.start(), m.end(), 0.75, "government_letterhead")]
    return []


_AFTER_SIGNATURE = re.compile(r"[ \t]*(?:\n|$|[ \t]+[^\W\d_a-zà-ÿ]|[ \t]+[•\d])")


_NAME_ENDS = re.compile(r"[ \t]*(?:\n|$|[•\d])")
_CO_SIGNATURE_GAP = 300  # characters between two ministers signing one letter


def _closes(text: str, start: int, end: int) -> bool:
    """A signature stands apart: it opens its line or follows a line that PDF conversion
    ran into it (no sentence before it), and its line ends after the name, or a heading
    follows; "..., zei de Minister van X, A.B. Name, gisteren" is a mention."""
    before = text[max(0, start - 2) : start]
    opens = start == 0 or "\n" in before or not before.rstrip().endswith((",", ";", ":"))
    return opens and text[start : start + 1].isupper() and bool(_AFTER_SIGNATURE.match(text, end))


# "BRIEF VAN DE MINISTER(S) VAN X (EN VOOR Y) (EN DE STAATSSECRETARIS (VAN) Z)": the title in
# capitals, which ends where a word in lower case starts (text unwrapped from a PDF runs the
# next line on: "... BUITENLANDSE ZAKEN Aan de Voorzitter")
_CAPS_TITLE = re.compile(r"BRIEF VAN DE ((?:MINISTERS?|MINISTER-PRESIDENT|STAATSSECRETARIS(?:SEN)?)\b[A-ZÀ-Ý ,'-]+?)(?=\s+[A-ZÀ-Ý]?[a-zà-ÿ]|\s*\n|\s*$)")
_OFFICE_SPLIT = re.compile(r"\s+EN\s+(?=(?:DE\s+)?(?:MINISTER|STAATSSECRETARIS)|VAN\s|VOOR\s)")
_RANK = re.compile(r"(?:(?:DE\s+)?(MINISTER-PRESIDENT|MINISTERS?|STAATSSECRETARIS(?:SEN)?)\s+)?(?:(VAN|VOOR)\s+)?(.*)", re.DOTALL)


def _title_offices(ctx: DocContext, start: int, end: int) -> list[Author]:
    """Each office the title names, written as it is when one holder signs ("Minister van
    X"); plural ranks share their rank ("MINISTERS VAN X EN VOOR Y"), a missing preposition
    is "van"."""
    out: list[Author] = []
    rank = ""
    pos = start
    for cut in [*_OFFICE_SPLIT.finditer(ctx.text, start, end), None]:
        piece_end = cut.start() if cut else end
        m = _RANK.fullmatch(ctx.text, pos, piece_end)
        if m is None:
            return []
        if m.group(1):
            rank = m.group(1).rstrip("S") if m.group(1).startswith("MINISTERS") else m.group(1)
            rank = "STAATSSECRETARIS" if rank.startswith("STAATSSECRETARIS") else rank
        elif not rank:
            return []
        portfolio = " ".join(m.group(3).split())
        if not portfolio:
            return []
        name = _name(f"{rank} {m.group(2) or 'VAN'} {portfolio}")
        out.append(Author(actor=ActorRef(kind="organization", key=_slug(name), name=name, org_kind="government"),
                          evidence=evidence(ctx, pos, piece_end, 0.8, "authors.letter_title")))
        pos = cut.end() if cut else end
        if cut is not None and not ctx.text.startswith(("VAN", "VOOR"), cut.end()):
            rank = ""
    return out


def _slug(name: str) -> str:
    from core.ids import slug

    return slug(name)


def dutch_letter(ctx: DocContext) -> list[Author]:
    """"De Minister van X, A.B. Name" signing a parliamentary letter; else the offices in
    the letter's title."""
    signature, title = _nl()
    signed: list[Author] = []
    last = -1
    for m in signature.finditer(ctx.text, 0, min(len(ctx.text), 20000)):
        if signed and m.start() - last > _CO_SIGNATURE_GAP:
            break  # the signatures of one letter stand together
        if _closes(ctx.text, m.start(), m.end()):
            signed.append(body_author(ctx, m.start(1), m.end(1), 0.85, "letter_signature"))
            # a capitalised word run on after the name ("A.B. Name Inleiding"): where the
            # name ends is not sure, so the office alone
            if _NAME_ENDS.match(ctx.text, m.end()):
                signed.append(_person(ctx, m.start(2), m.end(2)))
            last = m.end()
    if signed:
        return signed
    m = _CAPS_TITLE.search(ctx.text, 0, min(len(ctx.text), 800)) if "BRIEF VAN DE" in ctx.text[:800] else None
    offices = _title_offices(ctx, m.start(1), m.end(1)) if m else []
    if offices:
        return offices
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), 800))[:6]:
        m = title.fullmatch(ctx.text, s, e)
        if m:
            return [body_author(ctx, m.start(1), m.end(1), 0.8, "letter_title")]
    return []


_WRITTEN_CONSULTATION = re.compile(r"\bschriftelijk overleg\b", re.IGNORECASE)
_COMMITTEE_ASKS = re.compile(r"\b[Dd]e\s+(vaste\s+commissie\s+(?:voor|van)\s+[A-Z][\w ,'-]{2,80}?)\s+heeft\b[^.]{0,80}?\bvoorgelegd\b")


def dutch_committee(ctx: DocContext) -> list[Author]:
    """The standing committee of a Dutch report of a written consultation ("Verslag van een
    schriftelijk overleg"): "De vaste commissie voor X heeft ... vragen ... voorgelegd"."""
    if ctx.lower.find("schriftelijk overleg", 0, 1500) < 0 or not _WRITTEN_CONSULTATION.search(ctx.text, 0, min(len(ctx.text), 1500)):
        return []
    m = _COMMITTEE_ASKS.search(ctx.text, 0, min(len(ctx.text), 6000))
    if m is None:
        return []
    return [body_author(ctx, m.start(1), m.end(1), 0.8, "committee_report")]


def government(ctx: DocContext) -> list[Author]:
    return letterhead(ctx) or dutch_letter(ctx) or dutch_committee(ctx)
