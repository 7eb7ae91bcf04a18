"""An organisation speaking of itself in its own press release: in the lead ("The X Accord is
pleased to endorse ...", "X has joined 40 other NGOs in calling on ...", « X est heureuse
de », "X freut sich"; or taking a stand in the present tense ("The X Federation (XF)
strongly rejects ...") when its name also stands alone on one of the page's first lines,
its letterhead or site name; or in the closing note on the issuer, "About X"; or its
letterhead (an organisation or a ministry) over its own release or position label, or the
label joined to it ("European Commission - Press release"); or, having named itself in
the lead, speaking as "we" outside quotation marks.

The name must open the lead's sentence (after an article, or a number a page's furniture
glued to it) and be an organisation the registry knows or a marker word names, never a
state. News reports others in the past tense or in reported speech ("said it was
pleased"), so neither form is how news names whom it quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Author
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.sentences import trimmed_lines
from loaders.rules.attribution import attributed
from loaders.rules.authors_orgs import PAPER_BY, org_author, organisation
from loaders.rules.signing.organisations import Organisation, known

_LEAD = 3000
_LEAD_LINES = 10
_LETTERHEAD_LINES = 3
_NAME_REACH = 160
_OPENING = re.compile(r"(?:\d+(?=[^\W\d_]))?(?:(?:The|La|Le|Les|Die|Der|Das|El|Los|Las|Il|Lo|De|Het|O|A|Os|As)\s+|[LlDd]['’])?")
_ARTICLE = re.compile(r"(?:the|la|le|les|die|der|das|el|los|las|il|lo|gli|de|het|a|o)\s+|[ld]['’]")


@lru_cache(maxsize=1)
def _about() -> re.Pattern[str]:
    heads = (load_yaml("signing.yaml").get("own_voice") or {}).get("about") or []
    alt = "|".join(re.escape(str(h)) for h in sorted(heads, key=len, reverse=True))
    return re.compile(rf"(?:{alt})\s*(?P<org>[^\W\d_][^\n:]{{1,100}}?)\s*(?::.*)?$")


_AFTER_LEAD = 2  # lines: the title and the lead come first


def about_footer(ctx: DocContext) -> list[Author]:
    """"About X" heading the closing note of a release (the line alone, or "About X: X is
    ..."), past the lead: X is the issuer, when it is an organisation (not a state, not
    "the author")."""
    pattern = _about()
    for s, e in reversed(trimmed_lines(ctx.text, 0, len(ctx.text))[_AFTER_LEAD:]):
        if e - s > 400:
            continue
        m = pattern.match(ctx.text, s, e)
        if m is None:
            continue
        art = _ARTICLE.match(ctx.text, m.start("org"), m.end("org"))
        found = organisation(ctx, art.end() if art else m.start("org"), m.end("org"))
        if found is None:
            continue
        org, ns, ne = found
        return [org_author(ctx, org, ns, ne, "authors.about_footer")]
    return []


@lru_cache(maxsize=None)
def _voice(lang: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    spec = (load_yaml("signing.yaml").get("own_voice") or {}).get(lang) or {}
    pleased, holds = spec.get("pleased"), spec.get("holds")
    return (re.compile(rf"\s+(?:{pleased})") if pleased else None,
            re.compile(rf"\s+(?:{holds})") if holds else None)


def _letterhead_keys(ctx: DocContext) -> set[str]:
    keys = set()
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), _LEAD))[:_LETTERHEAD_LINES]:
        org = known(ctx.text[s:e])
        if org is not None:
            keys.add(org.key)
    return keys


def _starts(ctx: DocContext, b: int) -> list[int]:
    """Where the lead's sentences and lines begin."""
    block = ctx.blocks[b]
    end = min(block.end, block.start + _LEAD)
    lines = [s for s, _ in trimmed_lines(ctx.text, block.start, end)[:_LEAD_LINES]]
    sentences = [s for s, _ in ctx.sentences[b][:_LEAD_LINES] if s < end]
    return sorted(set(lines) | set(sentences))


def own_voice(ctx: DocContext) -> list[Author]:
    letterhead: set[str] | None = None
    for b, block in enumerate(ctx.blocks):
        pleased, holds = _voice(block.lang)
        if pleased is None and holds is None:
            continue
        for s in _starts(ctx, b):
            o = _OPENING.match(ctx.text, s)
            name_start = o.end() if o else s
            reach = min(block.end, name_start + _NAME_REACH)
            line_end = ctx.text.find("\n", name_start, reach)
            reach = reach if line_end < 0 else line_end
            for pattern, needs_letterhead in ((pleased, False), (holds, True)):
                if pattern is None:
                    continue
                m = pattern.search(ctx.text, name_start, reach)
                if m is None:
                    continue
                found = organisation(ctx, name_start, m.start())
                if found is None:
                    body = _own_body(ctx, name_start, m.start())
                    if body is not None:
                        return [body]
                    continue
                org, ns, ne = found
                z = next((z for a, z in ctx.sentences[b] if a <= ns < z), reach)
                if attributed(ctx.text, block.lang, name_start, z):
                    continue  # "X welcomes Y, Reuters reported": a third party's account of X
                if needs_letterhead:
                    letterhead = _letterhead_keys(ctx) if letterhead is None else letterhead
                    if org.key not in letterhead and not _labelled_release(ctx):
                        continue  # a stand needs the page to be the organisation's: its letterhead or its release label
                return [org_author(ctx, org, ns, ne, "authors.own_voice")]
    return []


@lru_cache(maxsize=None)
def _press_words(lang: str) -> re.Pattern[str]:
    from loaders.rules.kind_words import kind_words

    words = kind_words()["press_release"]
    alt = sorted({w for lg in {lang, "en"} for w in words.get(lg, ())}, key=len, reverse=True)
    return re.compile(rf"(?i)(?:{'|'.join(alt)})(?:\s*[|:–—-]?\s*[\d./ -]*[^\W\d_]{{0,12}}[\d./ -]*)?$")


def _labelled_release(ctx: DocContext) -> bool:
    """The page's own press-release label alone on one of its first lines ("Press release",
    "Pressemitteilung 12/2031", « Communiqué de presse »); a position paper's label is
    position_voice's, which wants its one stand-taker."""
    return any(_press_words(ctx.lang_at(s)).match(ctx.text, s, e)
               for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), _LEAD))[:_HEAD_LINES])


def _own_body(ctx: DocContext, start: int, end: int) -> Author | None:
    """A government body speaking of itself in its lead ("The Ministry of Foreign Affairs of
    X strongly condemns ...", « Le ministère de ... salue ... »), when the same name also
    stands alone on one of the page's first three lines: its letterhead. News names a
    ministry in its lead too, never over its own story."""
    from loaders.rules.authors_government import government_bodies, body_author

    while end > start and ctx.text[end - 1].isspace():
        end -= 1
    if not government_bodies().fullmatch(ctx.text, start, end):
        return None
    name = " ".join(ctx.text[start:end].split()).casefold()
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), _LEAD))[:_LETTERHEAD_LINES]:
        if s != start and " ".join(ctx.text[s:e].split()).casefold() == name:
            return body_author(ctx, start, end, 0.75, "own_voice")
    return None


_HEAD_LINES = 6
_RELEASE_CATEGORIES = ("press_release", "position_titles")


@lru_cache(maxsize=None)
def release_words(lang: str) -> re.Pattern[str]:
    """The language's (and English) press-release and position-paper words as a whole line,
    optionally with a number or a date after them ("PRESS RELEASE", "Pressemitteilung
    12/2024", "Position paper – 3 May 2024")."""
    from loaders.rules.kind_words import kind_words

    words = kind_words()
    alt = sorted({w for c in _RELEASE_CATEGORIES for lg in {lang, "en"} for w in words[c].get(lg, ())}, key=len, reverse=True)
    return re.compile(rf"(?i)(?:{'|'.join(alt)})(?:\s*[|:–—-]?\s*[\d./ -]*[^\W\d_]{{0,12}}[\d./ -]*)?$")


def _joined_head(ctx: DocContext, lines: list[tuple[int, int]]) -> list[Author]:
    """"European Commission – Press release", "Press release: Access Now", "Ministry of
    Foreign Affairs | Press release": the organisation or the government body and the label
    on one line, joined by a dash, a bar or a colon."""
    for s, e in lines:
        if e - s > 120:
            continue
        words = release_words(ctx.lang_at(s))
        for m in re.finditer(r"\s+[|–—-]\s+|:\s+", ctx.text[s:e]):
            left, right = (s, s + m.start()), (s + m.end(), e)
            for name, label in ((left, right), (right, left)):
                if not words.match(ctx.text, *label):
                    continue
                from loaders.rules.authors_government import government_bodies, body_author

                if government_bodies().fullmatch(ctx.text, *name):
                    return [body_author(ctx, name[0], name[1], 0.8, "release_head")]  # "Ministry of X – Press release"
                art = _ARTICLE.match(ctx.text, *name)
                found = organisation(ctx, art.end() if art and art.end() < name[1] else name[0], name[1])
                if found is None:
                    continue
                org, ns, ne = found
                return [org_author(ctx, org, ns, ne, "authors.release_head")]
    return []


@lru_cache(maxsize=None)
def _release_by(lang: str) -> re.Pattern[str] | None:
    from loaders.rules.kind_words import kind_words

    joiner = {**PAPER_BY, "en": r"(?:from|of|by)\s+(?:the\s+)?"}.get(lang)
    if joiner is None:
        return None
    words = sorted(set(kind_words()["press_release"].get(lang, ())), key=len, reverse=True)
    return re.compile(rf"(?i)(?:{'|'.join(words)})\s*[:,]?\s*{joiner}") if words else None


def _release_of(ctx: DocContext, lines: list[tuple[int, int]]) -> list[Author]:
    """"Press release from the Ministry for Foreign Affairs", "Pressmeddelande från
    Utrikesdepartementet", "Pressemitteilung des Bundesministeriums ...": the label and the
    body that issues it, as the whole line; a national government body (the letterhead
    bodies of `signing.yaml`) or an organisation, never a state."""
    from loaders.rules.authors_government import government_bodies, body_author

    for s, e in lines:
        if e - s > 160:
            continue
        pattern = _release_by(ctx.lang_at(s))
        m = pattern.match(ctx.text, s, e) if pattern is not None else None
        if m is None:
            continue
        end = e
        cut = re.search(r"\s[|–—-]\s|:\s", ctx.text[m.end() : e])
        if cut:
            end = m.end() + cut.start()
        if government_bodies().fullmatch(ctx.text, m.end(), end):
            return [body_author(ctx, m.end(), end, 0.8, "release_head")]
        found = organisation(ctx, m.end(), end)
        if found is not None:
            org, ns, ne = found
            return [org_author(ctx, org, ns, ne, "authors.release_head")]
    return []


_SITE_HEAD_LINES = 10  # a site's chrome (skip links, menus, its home link) pushes the label down
# the link to a site's home page that its logo carries, after the owner's name (per language)
_HOME = {
    "en": "home\\s*page|homepage|home", "de": "Startseite", "fr": "page\\s+d['’]accueil|accueil", "es": "p[aá]gina\\s+de\\s+inicio|inicio",
    "it": "pagina\\s+iniziale|home\\s*page", "pt": "p[aá]gina\\s+inicial|in[ií]cio", "nl": "startpagina|home", "pl": "strona\\s+g[lł][oó]wna",
    "cs": "úvodní\\s+stránka|domů", "sk": "úvodná\\s+stránka|domov", "hu": "főoldal|kezdőlap", "ro": "pagina\\s+principal[aă]|acas[aă]",
    "sv": "startsida|hem", "da": "forside", "fi": "etusivu", "et": "avaleht", "lv": "sākumlapa", "lt": "pradžia|pagrindinis",
    "el": "αρχική(?:\\s+σελίδα)?", "bg": "начал(?:о|на\\s+страница)", "hr": "naslovnica|početna", "sl": "naslovnica|domov", "mt": "paġna\\s+ewlenija",
}


@lru_cache(maxsize=None)
def home_link(lang: str) -> re.Pattern[str]:
    alts = {_HOME["en"], _HOME.get(lang, _HOME["en"])}
    return re.compile(rf"(?i)\s+[|–—-]?\s*(?:{'|'.join(alts)})\s*$")


def release_head(ctx: DocContext) -> list[Author]:
    """An organisation's own press release or position paper: its name alone on one of the
    page's first three lines (its letterhead or site name: a registry organisation, or a
    name with an organisation's marker word) and, on one of the first six lines, the
    document's own label standing alone ("Press release", "Communiqué de presse",
    "Stellungnahme"). Both must stand apart: a headline that names the organisation or
    the label in a sentence is news about it."""
    more = trimmed_lines(ctx.text, 0, min(len(ctx.text), _LEAD))[:_SITE_HEAD_LINES]
    lines = more[:_HEAD_LINES]
    joined = _joined_head(ctx, lines[:_LETTERHEAD_LINES]) or _release_of(ctx, lines)
    if joined:
        return joined
    labelled = any(release_words(ctx.lang_at(s)).match(ctx.text, s, e) for s, e in lines)
    if not labelled and not any(release_words(ctx.lang_at(s)).match(ctx.text, s, e) for s, e in more):
        return []
    from loaders.rules.authors_government import government_bodies, body_author

    for s, e in lines[:_LETTERHEAD_LINES]:
        if e - s > 120 or release_words(ctx.lang_at(s)).match(ctx.text, s, e):
            continue
        home = home_link(ctx.lang_at(s)).search(ctx.text, s, e)
        if home is not None and home.start() > s:
            e = home.start()  # the site's home link names its owner: "<owner> etusivu", "<owner> Startseite"
        elif not labelled:
            continue  # a label past the sixth line counts only under a home link
        if government_bodies().fullmatch(ctx.text, s, e):
            return [body_author(ctx, s, e, 0.8, "release_head")]  # a ministry's letterhead
        art = _ARTICLE.match(ctx.text, s, e)
        found = organisation(ctx, art.end() if art and art.end() < e else s, e)
        if found is None:
            continue
        org, ns, ne = found
        if org.kind in ("eu_institution",) and not org.known:
            continue
        return [org_author(ctx, org, ns, ne, "authors.release_head")]
    return []


# first-person plural words an organisation uses of itself in its own text
_WE = {
    "en": r"we|our", "de": r"wir|unser(?:e|en|em|er|es)?", "fr": r"nous|notre|nos",
    "es": r"nosotros|nosotras|nuestr[oa]s?", "it": r"noi|nostr[oaie]", "pt": r"nós|noss[oa]s?",
    "nl": r"wij|we|onze", "pl": r"nasz(?:a|e|ych|ym|ej)?", "sv": r"vi|vår|vårt|våra",
    "da": r"vi|vores", "fi": r"me|meidän", "cs": r"náš|naše|našich|našim", "sk": r"náš|naše|našich|našim",
    "et": r"me|meie|meil", "lv": r"mēs|mūsu", "lt": r"mes|mūsų", "ro": r"noi|nostru|noastră|noștri|noastre",
    "bg": r"ние|нашият|нашата|нашите", "el": r"εμείς", "sl": r"naš|naša|naše|naši", "hr": r"naš|naša|naše|naši",
}
QUOTES = "\"“”„«»‘’"
WE_SENTENCES = 5


@lru_cache(maxsize=None)
def we_pattern(lang: str) -> re.Pattern[str] | None:
    words = _WE.get(lang)
    return re.compile(rf"(?<![\w-])(?:{words})(?![\w-])") if words else None


def _opening_org(ctx: DocContext, s: int, e: int) -> tuple[Organisation, int, int] | None:
    """The organisation that opens the sentence ``text[s:e]`` as its subject: the longest
    run of words (with an acronym in brackets) the registry or a marker word accepts, then
    a word in lower case (its verb)."""
    o = _OPENING.match(ctx.text, s, e)
    start = o.end() if o else s
    if start >= e or not ctx.text[start].isupper():
        return None
    ends = [m.start() for m in re.finditer(r"(?<=\S)(?=\s)", ctx.text[start : min(e, start + _NAME_REACH)])][:10]
    for end in reversed(ends):
        nxt = re.match(r"\s+(?:\([^\W\d_][\w&.-]{1,14}\)\s+)?([^\W\d_]+)", ctx.text[start + end : e])
        if nxt is None or not nxt.group(1)[:1].islower():
            continue
        found = organisation(ctx, start, start + end)
        if found is not None:
            return found
    return None


def we_voice(ctx: DocContext) -> list[Author]:
    """An organisation opening one of the lead's first sentences as its subject ("The X
    Federation (XF) is cautiously optimistic ...") whose lead then speaks as "we" outside
    quotation marks: the page is the organisation's own. News quotes an organisation's "we"
    inside quotation marks, so a sentence holding any quotation mark does not count."""
    for b, block in enumerate(ctx.blocks):
        we = we_pattern(block.lang)
        if we is None:
            continue
        sentences = [(s, e) for s, e in ctx.sentences[b][:WE_SENTENCES] if s - block.start < _LEAD]
        voiced = [s for s, e in sentences if we.search(ctx.lower, s, e) and not any(q in ctx.text[s:e] for q in QUOTES)]
        if not voiced:
            continue
        for s, e in sentences:
            if s >= voiced[-1]:
                break  # the organisation names itself first, then speaks as "we"
            found = _opening_org(ctx, s, e)
            if found is None:
                continue
            org, ns, ne = found
            if org.kind in ("eu_institution", "intergovernmental", "government"):
                continue
            return [org_author(ctx, org, ns, ne, "authors.we_voice")]
    return []
