"""An organisation no registry holds, as the author of its own page, where the layout makes
the role certain: its name (by structure, org_names.py) is the subject of a present-tense
stance or reporting verb opening one of the lead's first two prose sentences ("The X
Network (XN) welcomes ...", "Die Y-Stiftung fordert ...") on a page that also carries its
own release label, its name as a letterhead or its copyright line, or a lead that goes on
as "we"; or the page closes with "About X" / "Über X" and a paragraph naming X.

News reports an organisation in the past tense or in reported speech and under its own
outlet's head, so neither layout is how news names whom it quotes.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.attribution import attributed
from loaders.rules.context import DocContext, evidence
from loaders.rules.org_names import OrgName, leading_org_name, org_name
from loaders.rules.sentences import trimmed_lines
from loaders.rules.signing.organisations import known

_LEAD = 3000
_HEAD_LINES = 6
_LETTERHEAD_LINES = 3
_PROSE_SENTENCES = 2  # the lead may open on the issue before the issuer names itself
_MIN_SENTENCE_WORDS = 8  # a headline is shorter, or has no stop
# present-tense reporting verbs an organisation uses of itself in its own release, beside
# the stance verbs of signing.yaml's own_voice ("announces", « publie », "veröffentlicht")
_REPORTS = {
    "en": r"announces|launches|publishes|presents|warns|appeals|calls\s+(?:on|for|upon)|demands|urges|welcomes|criticises|criticizes",
    "de": r"veröffentlicht|startet|warnt|ruft|appelliert|fordert|kritisiert|begrüßt|lehnt",
    "fr": r"publie|lance|présente|alerte|appelle|demande|réclame|exige|salue|dénonce|condamne",
    "es": r"publica|lanza|presenta|advierte|exige|reclama|pide|denuncia|celebra|rechaza",
    "it": r"pubblica|lancia|presenta|avverte|chiede|denuncia|accoglie|respinge|esorta",
    "pt": r"publica|lança|apresenta|alerta|exige|pede|denuncia|saúda|rejeita",
    "nl": r"publiceert|lanceert|presenteert|waarschuwt|roept|eist|vraagt|verwelkomt|bekritiseert",
    "pl": r"publikuje|ostrzega|apeluje|wzywa|domaga\s+się|krytykuje|popiera|odrzuca",
    "cs": r"zveřejňuje|varuje|vyzývá|požaduje|kritizuje|vítá|odmítá",
    "sk": r"zverejňuje|varuje|vyzýva|požaduje|kritizuje|víta|odmieta",
    "sv": r"publicerar|varnar|uppmanar|kräver|välkomnar|kritiserar|avvisar",
    "da": r"offentliggør|advarer|opfordrer|kræver|hilser|kritiserer|afviser",
    "fi": r"julkaisee|varoittaa|vetoaa|vaatii|kritisoi|tervehtii|vastustaa",
    "et": r"avaldab|hoiatab|kutsub|nõuab|kritiseerib|tervitab|toetab",
    "hu": r"közzéteszi|figyelmeztet|felszólítja|követeli|bírálja|üdvözli|elutasítja",
    "ro": r"publică|avertizează|solicită|cere|critică|salută|respinge",
}
_TODAY = r"(?:\s+(?:today|heute|aujourd['’]hui|hoy|oggi|hoje|vandaag|dziś|dzisiaj|idag|i\s+dag|tänään|täna|ma|azi|dnes))?"
_DATE_OR_PLACE = re.compile(r"(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*|[^\W\d_][^\n–—:]{0,50}?\s[–—-]\s+)")


@lru_cache(maxsize=None)
def _verb(lang: str) -> re.Pattern[str] | None:
    spec = (load_yaml("signing.yaml").get("own_voice") or {}).get(lang) or {}
    alts = [p for p in (spec.get("pleased"), spec.get("holds"), _REPORTS.get(lang)) if p]
    if not alts:
        return None
    return re.compile(rf"{_TODAY}\s+(?:{'|'.join(f'(?:{a})' for a in alts)})(?![\w-])")


def _author(ctx: DocContext, found: OrgName, how: str) -> Author | None:
    """The author for a recognised name, under the registry's key when the registry holds
    it; never a state, an EU institution, a government or an intergovernmental body."""
    b = ctx.block_at(found.start)
    if ctx.states_in(b, found.start, found.end):
        return None
    org = known(found.name)
    if org is not None and org.kind in ("eu_institution", "government", "intergovernmental"):
        return None
    key, name, kind = (org.key, org.name, org.kind) if org is not None else (found.key, found.name, found.kind)
    actor = ActorRef(kind="organization", key=key, name=name, org_kind=kind)  # type: ignore[arg-type]
    return Author(actor=actor, evidence=evidence(ctx, found.start, found.end, 0.6, how))


def _names(found: OrgName) -> set[str]:
    return {n.casefold() for n in (found.name, found.acronym) if n}


def _speaks_as_we(ctx: DocContext, after: int) -> bool:
    """A sentence of the lead after ``after`` speaks as "we" outside quotation marks: the
    organisation's own text (news quotes an organisation's "we" inside quotation marks)."""
    from loaders.rules.authors_voice import QUOTES, WE_SENTENCES, we_pattern

    b = ctx.block_at(after)
    we = we_pattern(ctx.blocks[b].lang)
    if we is None:
        return False
    return any(s >= after and we.search(ctx.lower, s, e) and not any(q in ctx.text[s:e] for q in QUOTES)
               for s, e in ctx.sentences[b][:WE_SENTENCES])


_SITE_PARTS = re.compile(r"\s+[|–—·•]\s+|\s*:\s+")
_COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?P<owner>[^\n|.,]{2,100})", re.IGNORECASE)


def _is_name(ctx: DocContext, start: int, end: int, names: set[str]) -> bool:
    head = org_name(ctx.text, start, end)
    text = head.name if head is not None else " ".join(ctx.text[start:end].split())
    return text.strip(" .").casefold() in names


def _own_page(ctx: DocContext, found: OrgName) -> bool:
    """The page carries its own release label on one of its first lines; or the name (or
    its acronym) on one of its first three lines alone or as one part of a site header
    ("Lantern Network | News"), its letterhead; or a copyright line naming it, the site's
    owner; or its lead goes on to speak as "we"."""
    from loaders.rules.authors_voice import release_words

    if _speaks_as_we(ctx, found.end):
        return True
    lines = trimmed_lines(ctx.text, 0, min(len(ctx.text), _LEAD))[:_HEAD_LINES]
    if any(release_words(ctx.lang_at(s)).match(ctx.text, s, e) for s, e in lines):
        return True
    names = _names(found)
    for s, e in lines[:_LETTERHEAD_LINES]:
        if s <= found.start < e or e - s > 160:
            continue
        cuts = [s, *(x for m in _SITE_PARTS.finditer(ctx.text, s, e) for x in (m.start(), m.end())), e]
        if any(_is_name(ctx, a, z, names) for a, z in zip(cuts[::2], cuts[1::2])):
            return True
    for m in _COPYRIGHT.finditer(ctx.text, found.end):
        art = re.match(r"(?:the|die|der|la|le|el|il|de|het)\s+", m.group("owner"), re.IGNORECASE)
        owner = m.start("owner") + (art.end() if art else 0)
        if _is_name(ctx, owner, m.end("owner"), names):
            return True
    return False


def unregistered_voice(ctx: DocContext) -> list[Author]:
    """The organisation opening the first prose sentence of the lead as the subject of a
    present-tense stance or reporting verb, on its own page."""
    for b, block in enumerate(ctx.blocks):
        verb = _verb(block.lang)
        if verb is None:
            continue
        prose = 0
        for s, e in ctx.sentences[b]:
            if s - block.start > _LEAD or prose >= _PROSE_SENTENCES:
                break
            if len(ctx.text[s:e].split()) < _MIN_SENTENCE_WORDS or ctx.text[s:e].rstrip()[-1:] not in ".!":
                continue  # a headline or a label line
            line_start = ctx.text.rfind("\n", 0, s) + 1
            start = max(s, line_start)
            while start < e and ctx.text[start].isspace():
                start += 1
            dl = _DATE_OR_PLACE.match(ctx.text, start, e)
            if dl is not None and re.fullmatch(r"[\d./\s]+|[^\W\d_a-z][^\W\d_]*(?:[ ,]+[^\W_]+)*\s[–—-]\s+", ctx.text[dl.start() : dl.end()]):
                start = dl.end()  # "BRUSSELS, 3 May 2031 – ", "27.09.2031"
            found = leading_org_name(ctx.text, start, min(e, start + 200))
            if found is not None:
                after = found.end + (ctx.text[found.end : e].find(")") + 1 if found.acronym else 0)
                if verb.match(ctx.text, after, e) and _own_page(ctx, found) and not attributed(ctx.text, block.lang, s, e):
                    author = _author(ctx, found, "authors.unregistered_voice")
                    if author is not None:
                        return [author]
            prose += 1  # only the lead's first prose sentences speak for the page
    return []


# "About" headings of languages the shared list (signing.yaml own_voice.about) leaves out;
# each is read only in its own language, where it cannot be an article ("O" is one in pt)
_ABOUT_BY_LANG = {"pl": "O", "cs": "O", "sk": "O", "sl": "O", "hr": "O", "lv": "Par", "lt": "Apie", "bg": "За", "da": "Om"}
_ACRONYM_HEAD = re.compile(r"[A-ZÄÖÜÉÈÀÇÑ][A-Z0-9ÄÖÜÉÈÀÇÑ&-]{1,11}")


@lru_cache(maxsize=None)
def _about(lang: str) -> re.Pattern[str]:
    heads = [str(h) for h in (load_yaml("signing.yaml").get("own_voice") or {}).get("about") or []]
    if lang in _ABOUT_BY_LANG:
        heads.append(_ABOUT_BY_LANG[lang])
    alt = "|".join(re.escape(h) for h in sorted(set(heads), key=len, reverse=True))
    return re.compile(rf"(?:{alt})\s+(?P<org>[^\n:]{{2,120}}?)\s*(?::\s*(?P<rest>.*))?$")


def _defined(ctx: DocContext, acronym: str, start: int, end: int) -> OrgName | None:
    """The name the note ``text[start:end]`` opens with when it defines ``acronym`` in
    brackets right after it ("About EFTN" over "The European Fair Trade Network (EFTN) is
    ...")."""
    found = leading_org_name(ctx.text, start, end)
    return found if found is not None and found.acronym == acronym else None


def unregistered_about(ctx: DocContext) -> list[Author]:
    """"About X" heading a closing note past the lead, whose text (after the colon or on the
    next lines) names X or its acronym within its first sentence: X is the issuer. An
    acronym heading counts when the note opens by spelling it out."""
    lines = trimmed_lines(ctx.text, 0, len(ctx.text))
    for i in range(len(lines) - 1, 1, -1):
        s, e = lines[i]
        if e - s > 400:
            continue
        m = _about(ctx.lang_at(s)).match(ctx.text, s, e)
        if m is None:
            continue
        if m.group("rest"):
            note_start, note_end = m.start("rest"), m.end("rest")
        elif i + 1 < len(lines):
            note_start, note_end = lines[i + 1]
        else:
            continue
        found = org_name(ctx.text, m.start("org"), m.end("org"), ctx.lang_at(s))
        if found is None and _ACRONYM_HEAD.fullmatch(m.group("org")):
            found = _defined(ctx, m.group("org"), note_start, note_end)
            if found is not None:
                author = _author(ctx, found, "authors.unregistered_about")
                return [author] if author is not None else []
        if found is None:
            continue
        first = re.split(r"(?<=[.!?])\s", ctx.text[note_start:note_end], maxsplit=1)[0]
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", first, re.IGNORECASE) for n in _names(found)):
            author = _author(ctx, found, "authors.unregistered_about")
            return [author] if author is not None else []
    return []


def unregistered(ctx: DocContext) -> list[Author]:
    """An unregistered organisation speaking as the page's own voice, else its "About" note."""
    return unregistered_voice(ctx) or unregistered_about(ctx)
