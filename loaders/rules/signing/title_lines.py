"""Which lines of a block can be a statement's title, which statement word each holds, and
which states it names read apart from the block's own matches: the geometry the title
rules (``title``, ``office_titles``, ``meeting_heading``, ``closing``, ``adjectives``) share."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache

from loaders.names import StateMatch, find_states
from loaders.rules.context import DocContext
from loaders.rules.literal_scan import literal_trie
from loaders.rules.signing.vocabulary import LanguageWords, signing_data, words
from loaders.rules.stance_patterns import required_literals

WORD = re.compile(r"[^\W\d_]+")
_TITLE_LINES = 6
_MENU_LINES = 16  # lines of one or two words before the title, at most
JOINED = re.compile(r"(?<=[^\W\d_])-(?=[^\W\d_])")


def title_lines(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """The lines among the first few non-empty ones that can be a title: short, and not a
    sentence ending in a full stop."""
    pos, seen, scanned = start, 0, 0
    while pos < end and seen < _TITLE_LINES and scanned < _MENU_LINES:
        nl = text.find("\n", pos, end)
        s, e = pos, (end if nl < 0 else nl)
        pos = e + 1
        line = text[s:e].strip()
        if not line:
            continue
        scanned += 1
        if len(line.split()) > 2:
            seen += 1  # a page's menu ("Home", "News", "Press") does not use up the title's lines
        if len(line) <= 220 and not line.endswith("."):
            yield s, e


_WRAP_LINE = 160  # a title's second line, at most
_LONG_TITLE = 400  # a title run long with its subject and date, at most
_JOINER = re.compile(r"(?:,|\b[^\W\d_A-Z]{1,4})\s*$")  # "... of", "... and", "... de la", "...,"


def title_spans(ctx: DocContext, b: int) -> Iterator[tuple[int, int]]:
    """``title_lines``, each preceded by the title it starts when its next line continues
    it (a title hard-wrapped in a PDF or set over two lines of a page): the next line
    follows with one blank line at most, holds no sentence, and either the first line ends on a
    joiner ("of", "and", "de la", a comma), the next one opens in lower case ("of the
    Prime Ministers ..."), or the first holds only the statement words ("Joint
    Statement" / "Prime Ministers of A and B")."""
    block = ctx.blocks[b]
    text = ctx.text
    for s, e in title_lines(text, block.start, block.end):
        nxt = e + 1 + (text[e + 1 : e + 2] == "\n")  # the readers set a blank line after every line
        nxt_end = text.find("\n", nxt, block.end)
        nxt_end = block.end if nxt_end < 0 else nxt_end
        first, second = text[s:e].strip(), text[nxt:nxt_end].strip()
        if (second and e < block.end and len(second) <= _WRAP_LINE and not second.endswith((".", "!", "?", ":", ",", ";"))
                and not first.endswith((".", "!", "?", ":", ";"))
                and (_JOINER.search(first) or second[:1].islower() or _only_statement_words(ctx, b, s, e)
                     or (_shouted(first) and _shouted(second)))):
            yield s, nxt_end
        yield s, e
    # a title closed by a full stop or run long with its date ("Communiqué conjoint des
    # ministres de A et de B sur ..., le 9 février 2031."): only when it opens with the
    # statement words, among the first lines
    pos, seen = block.start, 0
    while pos < block.end and seen < _TITLE_LINES:
        nl = text.find("\n", pos, block.end)
        s, e = pos, (block.end if nl < 0 else nl)
        pos = e + 1
        line = text[s:e].strip()
        if not line:
            continue
        seen += 1
        if (line.endswith(".") or len(line) > 220) and len(line) <= _LONG_TITLE:
            found = cue_in_line(ctx, b, s, e)
            if found is not None and not text[s : found[2].start()].strip():
                yield s, e - (1 if text[s:e].rstrip().endswith(".") else 0)


def _only_statement_words(ctx: DocContext, b: int, s: int, e: int) -> bool:
    found = cue_in_line(ctx, b, s, e)
    if found is None:
        return False
    line = ctx.text[s:e].strip(" \t#*•-")
    return len(WORD.findall(line)) <= len(WORD.findall(found[2].group())) + 1


def _shouted(line: str) -> bool:
    """A title set in capitals ("DECLARAÇÃO CONJUNTA PORTUGAL-ESPANHA"): state names are
    found in capitalised words, so such a line is read in title case."""
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 8 and all(c.isupper() for c in letters if c.lower() != c.upper())


def _title_languages(ctx: DocContext, b: int) -> list[str]:
    """The block's language, then the document's other languages and English: a title line
    often stands in a short block the detector gave to a caption's language, or is the
    statement's own title in English above a text in another language."""
    from core.membership import EU_LANGUAGES

    out = [ctx.blocks[b].lang]
    for lang in [x.lang for x in ctx.blocks] + ["en", *EU_LANGUAGES]:
        if lang not in out:
            out.append(lang)  # last, every EU language: a short page's language is often guessed wrong
    return out


def line_states(ctx: DocContext, b: int, lang: str, s: int, e: int, force: bool = False) -> tuple[list[StateMatch], bool]:
    """(state matches of the line, read apart from the block's own matches); ``force`` reads
    it apart in any case (names joined by dashes: "Cyprus-Greece-Egypt")."""
    line = ctx.text[s:e]
    if lang == ctx.blocks[b].lang and not _shouted(line) and not force:
        return [x for x in ctx.states_in(b, s, e) if x.end <= e], False
    probe = line.title() if _shouted(line) else line
    if len(probe) != len(line):
        probe = line
    probe = JOINED.sub("/", probe)  # "Portugal-Espanha": two names, not one hyphenated word
    out: list[StateMatch] = []
    for x in find_states(probe, lang):
        if x.end > len(line) or x.weak:
            continue
        if out and not probe[out[-1].end - s : x.start].strip():
            break  # "PORTUGAL-ESPANHA REUNIÃO": a name after a bare space is the title's next word
        out.append(replace(x, start=x.start + s, end=x.end + s, surface=ctx.text[x.start + s : x.end + s]))
    return out, True


@lru_cache(maxsize=None)
def _promise_literals(lang: str) -> tuple[str, ...] | None:
    """Words one of which every statement word of the language holds; None: always search."""
    w = words(lang)
    found = required_literals(w.promise.pattern) if w.promise is not None else None
    return tuple(found) if found else None


def cue_in_line(ctx: DocContext, b: int, s: int, e: int) -> tuple[str, LanguageWords, re.Match[str]] | None:
    """The first of the title's languages whose statement word the line holds; a line is
    tried in every EU language, so each language's regex runs only where its words occur."""
    cache = ctx.__dict__.setdefault("_title_cues", {})
    key = (b, s, e)
    if key not in cache:
        low = ctx.text[s:e].lower()
        cache[key] = None
        langs = tuple(_title_languages(ctx, b))
        literals_any, openings_any = _any_cue(langs)
        if literals_any is not None and not literals_any.search(low):
            if openings_any is not None and not openings_any.match(ctx.text, _opening_at(ctx.text, s, e), e):
                return None  # no language's statement word can be in the line
        for lang in langs:
            w = words(lang)
            m = None
            if w.promise is not None:
                literals = _promise_literals(lang)
                if literals is None or any(lit in low for lit in literals):
                    m = w.promise.search(ctx.text, s, e)
            if m is None:
                m = _opening_word(lang, ctx.text, s, e)
            if m is not None:
                cache[key] = (lang, w, m)
                break
    return cache[key]


@lru_cache(maxsize=None)
def _any_cue(langs: tuple[str, ...]) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """Two checks for every language of ``langs`` at once: a search of the lowercased line for
    any promise literal, and a match at the line's first word of any title word. When
    neither finds anything, no language's own test can, and the line holds no statement
    word; a None check means some language cannot be ruled out so."""
    literals: set[str] | None = set()
    for lang in langs:
        if words(lang).promise is None:
            continue  # no promise search in this language
        found = _promise_literals(lang)
        if found is None:
            literals = None  # this language's promise is always searched
            break
        literals.update(found)
    any_literal = None
    if literals is not None:
        any_literal = re.compile(literal_trie(literals))
    specs = [p.pattern for p in map(_title_words, langs) if p is not None]
    try:
        any_opening = re.compile("|".join(f"(?:{x})" for x in specs) or r"(?!)", re.IGNORECASE)
    except re.error:
        any_opening = None
    return any_literal, any_opening


@lru_cache(maxsize=None)
def _title_words(lang: str) -> re.Pattern[str] | None:
    spec = (signing_data().get("title_words") or {}).get(lang)
    return re.compile(rf"(?:{spec})(?![^\W\d_])", re.IGNORECASE) if spec else None


def _opening_word(lang: str, text: str, s: int, e: int) -> re.Match[str] | None:
    """A statement word that only a title's first words may be ("Statement by the Prime
    Ministers of A and B", "Gemeinsame Pressemitteilung der ..."): too common elsewhere
    to promise signatories (``signing.yaml`` ``title_words``)."""
    pattern = _title_words(lang)
    if pattern is None:
        return None
    return pattern.match(text, _opening_at(text, s, e), e)


def _opening_at(text: str, s: int, e: int) -> int:
    return s + len(text[s:e]) - len(text[s:e].lstrip(" \t#*•-"))
