"""Lists of parties written one per line: signature blocks, endorsement and supporter
lists, bullet lists, table rows (HTML tables arrive as "| cell | cell |" lines).

Found after a label in any language ("Signed by:", "Endorsed by:", "Signataires",
"Unterstützer"), after a line ending in ":" that holds such a label ("This declaration
is endorsed by the following states:"), or, in a document whose shape promises
signatories, as the run of party lines that closes it. Sub-headings inside a supporters
list ("States", "Companies", "Civil society") say what kind of party follows.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from loaders.rules.context import DocContext
from loaders.rules.signing.items import split_list
from loaders.rules.signing.offices import office_state
from loaders.rules.signing.parties import Party, PartyList
from loaders.rules.signing.title_lines import cue_in_line, title_lines
from loaders.rules.signing.vocabulary import categories, heading_at, label_at, labels, stem_in, words

_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
_TABLE_RULE = re.compile(r"^\|?[\s:|-]+\|?$")
_HEADER_CELLS = frozenset(
    "country state states name signatory signatories organisation organization type date joined "
    "party parties endorser endorsers supporter supporters pays état nom land staat name datum país nombre "
    "paese nome kraj państwo nazwa participant participants teilnehmer participante participantes partecipante "
    "partecipanti uczestnik deelnemer deelnemers deltagare deltager osallistuja land country/organisation".split()
)
MAX_LINE = 150
HEADING_CHARS = 72  # longer lines are never a heading (vocabulary.heading_at)


def _lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        yield pos, stop
        pos = stop + 1


def _category(line: str) -> str | None:
    return categories().get(line.strip(" \t:#*-").casefold())


def _cells(text: str, s: int, e: int) -> list[tuple[int, int]]:
    out = []
    pos = s
    for m in re.finditer(r"\|", text[s:e]):
        cs, ce = pos, s + m.start()
        if text[cs:ce].strip():
            out.append((cs, ce))
        pos = s + m.end()
    if text[pos:e].strip():
        out.append((pos, e))
    return out


_JOINED_ROWS = re.compile(r"\|[ \t]+\|")


def _joined_rows(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A table's rows that hard wrapping ran into one line ("| A | 2024 | | B | 2023 |"):
    one row ends with "|" where the next starts with "|"."""
    rows, pos = [], s
    for m in _JOINED_ROWS.finditer(text, s, e):
        rows.append((pos, m.start() + 1))
        pos = m.end() - 1
    rows.append((pos, e))
    return rows


def _row_items(ctx: DocContext, b: int, s: int, e: int, hint: str | None) -> list[Party] | None:
    """A table row: its first naming cell; None for a header or rule row."""
    line = ctx.text[s:e]
    if _TABLE_RULE.match(line.strip()):
        return None
    cells = _cells(ctx.text, s, e)
    if not cells:
        return None
    if all(ctx.text[cs:ce].strip().casefold().rstrip(":") in _HEADER_CELLS for cs, ce in cells):
        return None
    for cs, ce in cells:
        if ctx.text[cs:ce].strip().isdigit():
            continue
        if ctx.text[cs:ce].strip().casefold().rstrip(":") in _HEADER_CELLS:
            return None  # "| Participant | Date of endorsement |": the header row
        return split_list(ctx, b, cs, ce, hint)
    return None


def line_items(ctx: DocContext, b: int, s: int, e: int, hint: str | None = None) -> list[Party]:
    """A list line's items; a line naming one state through its signer's office ("Minister
    for Foreign Affairs of Estonia", "A. Name, Minister of Culture, Germany") is that state."""
    items = split_list(ctx, b, s, e, hint)
    if items and all(p.is_party for p in items):
        return items
    office = office_state(ctx, b, s, e)
    return [office] if office is not None else items


def read_lines(ctx: DocContext, b: int, start: int, end: int, layout: str) -> PartyList:
    """Party lines from ``start`` until prose, another label or two lines that name nobody."""
    plist = PartyList(layout=layout)
    hint: str | None = None
    misses = 0
    for s, e in _lines(ctx.text, start, end):
        line = ctx.text[s:e].strip()
        if not line:
            continue
        if plist.items and (label_at(ctx.text, s, e) or (e - s <= HEADING_CHARS and heading_at(ctx.text, s, e))):
            break
        cat = _category(line)
        if cat:
            hint = cat
            continue
        words = line.split()
        joined = line.startswith("|") and line.endswith("|") and len(_JOINED_ROWS.findall(line)) >= 2
        if not joined and (len(line) > MAX_LINE or (line.endswith(".") and len(words) > 8)):
            break
        if joined:
            items = [p for rs, re_ in _joined_rows(ctx.text, s, e) for p in (_row_items(ctx, b, rs, re_, hint) or [])]
        elif line.startswith("|"):
            items = _row_items(ctx, b, s, e, hint)
            if items is None:
                continue
        elif _YEAR.search(line) and len(words) <= 8:
            continue  # "Done at Paris, 12 May 2024": place and date, not a party
        else:
            items = line_items(ctx, b, s, e, hint)
        if not any(p.is_party for p in items):
            misses += 1
            if misses >= 2:
                plist.dropped.extend(items)
                break
        else:
            misses = 0
        plist.items.extend(items)
    while plist.items and not plist.items[-1].is_party:
        plist.dropped.insert(0, plist.items.pop())
    return plist


def _signing_header(text: str, s: int, e: int) -> str | None:
    """The layout a table's header row names: header cells only ("Country", "Date"), one of
    them holding a word of signing or endorsing ("Date of endorsement", "Signatory")."""
    line = text[s:e].strip()
    if not (line.startswith("|") and line.endswith("|")) or _TABLE_RULE.match(line):
        return None
    cells = [c.strip() for c in line.strip("|").split("|") if c.strip()]
    if len(cells) < 2 or not any(c.casefold().rstrip(":") in _HEADER_CELLS for c in cells):
        return None
    if any(len(c.split()) > 4 or any(ch.isdigit() for ch in c) for c in cells):
        return None
    for c in cells:
        stem = stem_in(c, 0, len(c))
        if stem:
            return stem
    return None


def labelled(ctx: DocContext, b: int, lines: list[tuple[int, int]], promised: bool = False) -> Iterator[tuple[PartyList, int]]:
    """Lists after a label line, after a short heading built on a word of signing or
    endorsing, or after an introducing line that ends in ':' and holds a label. A heading
    list is taken in a document whose shape promises signatories, or when it names at
    least two states."""
    block = ctx.blocks[b]
    spec = labels()
    for s, e in lines:
        if s < block.start or s >= block.end:
            continue
        m = label_at(ctx.text, s, e)
        if m:
            yield read_lines(ctx, b, m.end(), block.end, spec.layout[m.group(1).casefold()]), m.start()
            continue
        header = _signing_header(ctx.text, s, e)
        if header:
            # "| Country | Date of endorsement |": a table whose header speaks of signing
            plist = read_lines(ctx, b, s, block.end, header)
            if plist.items and (promised or len({p.iso2 for p in plist.states}) >= 2):
                yield plist, s
            continue
        heading = heading_at(ctx.text, s, e) if e - s <= HEADING_CHARS else None
        if heading:
            plist = read_lines(ctx, b, e + 1, block.end, heading)
            if plist.items and (promised or len({p.iso2 for p in plist.states}) >= 2):
                yield plist, s
            continue
        line = ctx.text[s:e].rstrip()
        colon = ctx.text.find(":", s, e)
        if colon < 0 or colon - s > 250:
            continue
        own = words(block.lang).intro_self
        inline = bool(ctx.text[colon + 1 : e].strip())  # "Endorsing countries: A, B, C."
        start = colon + 1 if inline else e + 1
        if inline and heading_at(ctx.text, s, colon):
            plist = read_lines(ctx, b, start, block.end, heading_at(ctx.text, s, colon) or "")
            if plist.items and (promised or len({p.iso2 for p in plist.states}) >= 2):
                yield plist, s
            continue
        hit = spec.anywhere.search(ctx.text, s, colon) if not inline else None
        if hit:
            plist = read_lines(ctx, b, start, block.end, spec.layout[hit.group(1).casefold()])
            if (own is None or not own.search(line)) and not _names_itself(ctx, s, colon):
                # "The NGOs that signed the letter are:" names another document's parties
                plist.reported = f"the line introducing it does not speak of this document ({line.strip()[:80]!r})"
            yield plist, s
            continue
        stem = stem_in(ctx.text, s, colon)
        if stem and ((own is not None and own.search(ctx.text, s, colon)) or _names_itself(ctx, s, colon)):
            # "The following countries have signed this statement:", "Diese Erklärung wird
            # von folgenden Staaten unterstützt:": a sentence on this document's own parties
            plist = read_lines(ctx, b, start, block.end, stem)
            if len({p.iso2 for p in plist.states}) >= 2:
                yield plist, s


def _names_itself(ctx: DocContext, s: int, colon: int) -> bool:
    """"The statement is supported by:" under the title "Joint Statement on ...": the line
    names the document by its title's own statement noun (same stem), with nothing that
    would name another text (no digit, no capitalised word past the first)."""
    line = ctx.text[s:colon]
    stems = _title_nouns(ctx)
    if not stems or any(ch.isdigit() for ch in line):
        return False
    own = [w for w in re.findall(r"[^\W\d_]+", line) if w.casefold().startswith(stems)]
    others = [w for w in re.findall(r"[^\W\d_]+", line)[1:] if w[:1].isupper() and not w.casefold().startswith(stems)]
    return bool(own) and not others


def _title_nouns(ctx: DocContext) -> tuple[str, ...]:
    """The stem of each word of six letters or more in the statement words that open the
    document's title: its first six letters, or all but the last of a six-letter word
    ("Déclaration conjointe": "déclar", "conjoi"; "Κοινή Δήλωση": "δήλωσ"; "Joint Statement":
    "statem", never "state")."""
    if not ctx.blocks:
        return ()
    block = ctx.blocks[0]
    for ls, le in title_lines(ctx.text, block.start, block.end):
        found = cue_in_line(ctx, 0, ls, le)
        if found is not None:
            if len(ctx.text[ls : found[2].start()].split()) > 1:
                return ()  # a headline about a statement ("Ten states join declaration"), not its title
            return tuple(w.casefold()[: min(6, len(w) - 1)] for w in re.findall(r"[^\W\d_]+", found[2].group()) if len(w) >= 6)
    return ()


def trailing(ctx: DocContext, b: int, organisations_alone: bool = False) -> PartyList | None:
    """The run of party lines that ends the block (at most two other lines after it)."""
    block = ctx.blocks[b]
    lines = [(s, e) for s, e in _lines(ctx.text, block.start, block.end) if ctx.text[s:e].strip()]
    if len(lines) < 4:
        return None
    k = len(lines)
    skipped = 0
    while k > 0 and skipped <= 2:
        s, e = lines[k - 1]
        if e - s > MAX_LINE:
            return None  # the block ends in prose
        items = line_items(ctx, b, s, e)
        if items and all(p.is_party for p in items):
            break
        k -= 1
        skipped += 1
    first = k
    while first > 0:
        s, e = lines[first - 1]
        if _category(ctx.text[s:e]):
            first -= 1
            continue
        if e - s > MAX_LINE:
            break
        items = line_items(ctx, b, s, e)
        if not items or not all(p.is_party for p in items):
            break
        first -= 1
    if first == 0:
        return None
    ps, pe = lines[first - 1]
    before = ctx.text[ps:pe].strip()
    # "Tallinn, 3 May 2031" / "Done at Tallinn on 3 May 2031.": the place and date of signing
    # stand over the signatures, so two parties suffice there
    dated = bool(_YEAR.search(before)) and len(before.split()) <= 10 and not before.endswith(":")
    if k - first < (2 if dated else 3):
        return None
    if not dated and not (before.endswith((".", "!", "?", "\u201d", '"', ")", "»")) or len(before) > 60):
        return None  # under a heading or a "Tags:" line, not under the body of a statement
    if before.endswith(":"):
        return None  # a line introduces the list: what it says of it is read by ``labelled``
    plist = read_lines(ctx, b, lines[first][0], lines[k - 1][1], "a closing signature block")
    enough = len({p.iso2 for p in plist.states}) >= 2 if dated else len(plist.parties) >= 3
    return plist if enough and (plist.states or organisations_alone) else None
