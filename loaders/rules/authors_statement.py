"""A statement issued in one organisation's name: "Joint Statement by the X Coalition" as a
title line, "the undersigned members of the X Coalition" in its text, and the state that
reads it out ("As delivered by Australia") under such a title.

The title must open its line (or follow a label ending in a colon, "Item 4:") and the
organisation's name ends at the first word that starts the occasion ("in the General
Debate", "at the 58th session"); the name must be an organisation the registry knows or a
marker word names, never a state. The delivering state counts only under such a title.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.names.resources import load_yaml
from loaders.rules.authors_orgs import PAPER_BY, org_author, organisation
from loaders.rules.context import DocContext, evidence
from loaders.rules.sentences import trimmed_lines

_TITLE_LINES = 6
_HEAD_LINES = 15
_HEAD = 3000
_LABEL = re.compile(r"[^\n:]{1,40}:\s*")


@lru_cache(maxsize=None)
def _spec(lang: str) -> dict[str, re.Pattern[str]]:
    spec = (load_yaml("signing.yaml").get("statement_by") or {}).get(lang) or {}
    return {k: re.compile(v, re.IGNORECASE) for k, v in spec.items()}


def _langs(ctx: DocContext, pos: int) -> list[str]:
    lang = ctx.lang_at(pos)
    return [lang] if lang == "en" else [lang, "en"]


def _org_author(ctx: DocContext, start: int, end: int, how: str) -> Author | None:
    found = organisation(ctx, start, end)
    if found is None:
        return None
    org, s, e = found
    return org_author(ctx, org, s, e, how)


def _titled(ctx: DocContext, lines: list[tuple[int, int]]) -> tuple[Author, str] | None:
    for s, e in lines[:_TITLE_LINES]:
        if e - s > 220:
            continue
        for lang in _langs(ctx, s):
            spec = _spec(lang)
            if "title" not in spec:
                continue
            label = _LABEL.match(ctx.text, s, e)
            for at in (s, label.end() if label else None):
                m = spec["title"].match(ctx.text, at, e) if at is not None else None
                if m is None:
                    continue
                stop = spec["stop"].search(ctx.text, m.end(), e)
                author = _org_author(ctx, m.end(), stop.start() if stop else e, "authors.statement_by")
                if author is not None:
                    return author, lang
    return None


def _delivered(ctx: DocContext, lines: list[tuple[int, int]], lang: str) -> Author | None:
    """"As delivered by Australia": the state named alone after the words."""
    spec = _spec(lang)
    if "delivered" not in spec:
        return None
    for s, e in lines[:_HEAD_LINES]:
        m = spec["delivered"].match(ctx.text, s, e)
        if m is None:
            continue
        b = ctx.block_at(s)
        found = [x for x in ctx.states_in(b, m.end(), e) if x.end <= e]
        if len(found) != 1 or not found[0].iso2 or ctx.text[m.end() : found[0].start].strip():
            return None
        x = found[0]
        if ctx.text[x.end : e].strip(" .,;:"):
            return None
        return Author(actor=ActorRef(kind="state", key=x.iso2, name=x.name, iso2=x.iso2),
                      evidence=evidence(ctx, x.start, x.end, 0.8, "authors.delivered_by"))
    return None


def _members(ctx: DocContext) -> Author | None:
    """"Undersigned X Members express ...", "the undersigned members of the X Coalition"."""
    head = min(len(ctx.text), _HEAD)
    if "ndersign" not in ctx.lower[:head] and "soussign" not in ctx.lower[:head] and "unterzeichnend" not in ctx.lower[:head] \
            and "firmant" not in ctx.lower[:head] and "firmatar" not in ctx.lower[:head] and "sottoscritt" not in ctx.lower[:head]:
        return None
    for lang in _langs(ctx, 0):
        spec = _spec(lang)
        if "members" not in spec:
            continue
        for m in spec["members"].finditer(ctx.text, 0, head):
            g = "a" if m.group("a") else ("b" if "b" in m.groupdict() and m.group("b") else None)
            if g is None or not ctx.text[m.start(g)].isupper():
                continue
            start = m.start(g)
            art = re.match(r"(?:the|la|le|die|der|la|el|il)\s+", ctx.text[start : m.end(g)], re.IGNORECASE)
            author = _org_author(ctx, start + (art.end() if art else 0), m.end(g), "authors.undersigned_members")
            if author is not None:
                return author
    return None


def statement_by(ctx: DocContext) -> list[Author]:
    lines = trimmed_lines(ctx.text, 0, min(len(ctx.text), _HEAD))
    titled = _titled(ctx, lines)
    if titled is not None:
        author, lang = titled
        delivered = _delivered(ctx, lines, lang)
        return [delivered, author] if delivered is not None else [author]
    spoken = _spokesperson(ctx, lines)
    if spoken is not None:
        return [spoken]
    member = _members(ctx)
    return [member] if member is not None else []


# "Statement by the Spokesperson of X": a statement's title naming the body its spokesperson
# speaks for, per language (general knowledge of each language's title; the body follows)
_SPOKESPERSON = {
    "en": r"(?:(?:joint\s+)?(?:press\s+)?statement|declaration|comment|remarks|communiqu[ée])\s+(?:by|of|from)\s+(?:the\s+)?(?:(?:deputy|chief|official)\s+)?spokes(?:person|man|woman)\s+(?:of|for)\s+(?:the\s+)?",
    "fr": r"(?:déclaration|communiqué|commentaire)\s+(?:du|de\s+la)\s+porte-parole\s+(?:du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)",
    "de": r"(?:erklärung|stellungnahme|statement|äußerung)\s+(?:des|der)\s+(?:regierungs)?sprecher(?:in|s)?\s+(?:des|der)\s+",
    "es": r"(?:declaración|comunicado)\s+(?:del|de\s+la)\s+portavoz\s+(?:del\s+|de\s+la\s+|de\s+los\s+|de\s+)",
    "it": r"(?:dichiarazione|comunicato)\s+(?:del|della)\s+portavoce\s+(?:del\s+|della\s+|dello\s+|dell['’]|dei\s+|di\s+)",
    "pt": r"(?:declaração|comunicado)\s+(?:do|da)\s+porta-voz\s+(?:do\s+|da\s+|dos\s+|de\s+)",
    "nl": r"(?:verklaring|mededeling)\s+van\s+de\s+woordvoerder\s+van\s+(?:het\s+|de\s+)?",
    "ro": r"(?:declarația|comunicatul)\s+purtătorului\s+de\s+cuvânt\s+al\s+",
    "el": r"(?:δήλωση|ανακοίνωση)\s+του\s+εκπροσώπου\s+(?:τύπου\s+)?(?:του|της)\s+",
    "bg": r"(?:изявление|съобщение)\s+на\s+говорителя\s+на\s+",
}


@lru_cache(maxsize=None)
def _spokes(lang: str) -> re.Pattern[str] | None:
    spec = _SPOKESPERSON.get(lang)
    return re.compile(spec, re.IGNORECASE) if spec else None


def _spokesperson(ctx: DocContext, lines: list[tuple[int, int]]) -> Author | None:
    """"Statement by the Spokesperson of the Ministry of Foreign Affairs on ...": the body
    the spokesperson speaks for, as a title line of its own among the first lines, ending
    the line or followed by the subject: a government body, an organisation, or a state
    ("of the Government of X"); never more than one state."""
    from loaders.rules.authors_government import government_bodies, body_author

    for s, e in lines[:_TITLE_LINES]:
        if e - s > 220:
            continue
        for lang in _langs(ctx, s):
            pattern = _spokes(lang)
            m = pattern.match(ctx.text, s, e) if pattern is not None else None
            if m is None:
                continue
            topic = re.compile(rf"\s+(?:{_PAPER_TOPIC.get(lang, 'on')})\s|\s*[:–—(,]|\s-\s|\s*$", re.IGNORECASE)
            for stop in topic.finditer(ctx.text, m.end(), e):
                a, z = m.end(), stop.start()
                if z <= a:
                    continue
                if government_bodies().fullmatch(ctx.text, a, z):
                    return body_author(ctx, a, z, 0.8, "spokesperson")
                found = organisation(ctx, a, z)
                if found is not None:
                    org, ns, ne = found
                    return org_author(ctx, org, ns, ne, "authors.spokesperson")
                states = _state_list(ctx, lang, a, z) if lang in _PAPER_TOPIC else []
                if len({x.iso2 for x in states}) == 1:
                    x = states[0]
                    return Author(actor=ActorRef(kind="state", key=x.iso2, name=x.name, iso2=x.iso2),
                                  evidence=evidence(ctx, x.start, x.end, 0.8, "authors.spokesperson"))
                break
    return None


# the words that open a paper's subject after the list of its authors
_PAPER_TOPIC = {
    "en": "on|regarding|concerning|about|for|to", "de": "zu|zur|zum|über|betreffend|bezüglich|für",
    "fr": "sur|concernant|relatif|relative|pour|à", "es": "sobre|relativo|relativa|acerca|para|en",
    "it": "su|sul|sulla|sullo|sui|sulle|riguardo|relativo|relativa|per|in", "pt": "sobre|relativo|relativa|para|em",
    "nl": "over|inzake|betreffende|voor|om", "sv": "om|angående|rörande|för", "da": "om|vedrørende|angående|for",
    "cs": "k|ke|o|ohledně|ve|v", "sk": "k|ku|o|ohľadom|vo|v", "pl": "w|ws\\.|o|dotyczący|dotyczące|na",
    "sl": "o|glede|k|h|v", "hr": "o|glede|u|za", "lt": "dėl|apie", "lv": "par",
    "ro": "privind|cu\\s+privire\\s+la|asupra|despre|referitor", "bg": "относно|по|за", "el": "για|σχετικά|επί",
}
_PAPER_GLUE = {"the", "and", "of", "government", "governments", "la", "le", "les", "l", "et", "de", "du", "des", "die", "der", "und",
               "el", "los", "y", "e", "il", "i", "o", "a", "da", "do", "het", "en", "och", "og", "a", "i", "oraz", "ir", "un", "in", "ja",
               # the government a position is the state's through, in each language's genitive
               "gouvernement", "regierung", "bundesregierung", "gobierno", "governo", "regering", "regeringen", "regeringens",
               "rządu", "vlády", "vlade", "vlády", "guvernului", "правителството", "на", "της", "του", "κυβέρνησης",
               "vyriausybės", "valdības", "valitsuse", "hallituksen", "kormányának", "kormány", "dell", "della", "van",
               # a joint paper "of the governments of A, B and C", the plural and its preposition
               "gouvernements", "regierungen", "von", "gobiernos", "governi", "governos", "regeringar", "regeringerne",
               "regeringer", "rządów", "vlád", "vlád", "guvernelor", "κυβερνήσεων", "των", "hallitusten", "kormányainak",
               "valitsuste", "vyriausybių", "valdību", "vlada", "vlad", "правителствата", "di", "dei", "do", "dos", "das"}
PAPER_TOPIC, PAPER_GLUE = _PAPER_TOPIC, _PAPER_GLUE  # shared with the Council's cover note (authors_cover_note.py)
# The nouns of a state's or an organisation's position, beside kind_words' position titles:
# "Position de la France sur ...", "Rámcová pozice České republiky k ...", "Standpunt van
# Nederland over ...", "Poziția României privind ..." (general knowledge of each language)
_POSITION_NOUNS = {
    "en": ["position", "views", "comments"], "de": ["Position", "Haltung", "Standpunkt"],
    "fr": ["position", "note des autorités", "contribution"], "es": ["posición", "contribución"],
    "it": ["posizione", "contributo"], "pt": ["posição", "contributo"], "nl": ["standpunt", "positie", "reactie"],
    "cs": ["rámcová pozice", "pozice", "stanovisko"], "sk": ["rámcová pozícia", "pozícia", "stanovisko"],
    "pl": ["stanowisko"], "sl": ["stališče"], "hr": ["stajalište"], "ro": ["poziția", "pozitia"],
    "bg": ["позиция", "рамкова позиция"], "el": ["θέση"], "sv": ["ståndpunkt", "position"], "da": ["holdning", "position"],
}


@lru_cache(maxsize=None)
def _paper(lang: str) -> re.Pattern[str] | None:
    if lang not in PAPER_BY:
        return None
    from loaders.rules.kind_words import kind_words

    titles = {w for lg in {lang, "en"} for w in kind_words()["position_titles"].get(lg, ())}
    generic = {w for lg in {lang, "en"} for w in _POSITION_NOUNS.get(lg, ())} - titles
    alt = "|".join(sorted(titles, key=len, reverse=True))
    gen = "|".join(sorted(generic, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?i)(?:joint\s+|gemeinsames\s+|commun\s+|conjunto\s+|congiunto\s+)?(?:(?:{alt})|(?P<generic>{gen}))\s*[:,–—-]?\s*{PAPER_BY[lang]}")


def _news_furniture(ctx: DocContext, s: int, e: int) -> bool:
    """A headline rather than a paper's title: a question, an exclamation or a quotation on the
    line, or a byline or an agency credit on the page. "Position of X on ..." heads news as
    often as papers, so a paper's title that is only such a noun needs the page to be none."""
    from loaders.rules.authors_agency import agency_credit
    from loaders.rules.authors_byline import byline_people

    line = ctx.text[s:e]
    return line.rstrip().endswith(("?", "!")) or any(q in line for q in "\"“”„«»") or bool(byline_people(ctx)) or agency_credit(ctx) is not None


def _state_list(ctx: DocContext, lang: str, start: int, end: int) -> list:
    """The states that make up the whole of ``text[start:stop]``, where stop is the line's end,
    a colon or dash, or a word opening the paper's subject; [] when anything else is there."""
    text = ctx.text
    b = ctx.block_at(start)
    states = [x for x in ctx.states_in(b, start, end) if x.end <= end and x.iso2]
    if not states:
        return []
    topic = re.compile(rf"\s*(?:$|[:–—(]|-\s|(?:{_PAPER_TOPIC.get(lang, 'on')})\b)", re.IGNORECASE)
    pos, found = start, []
    for x in states:
        gap = text[pos : x.start]
        if any(w.casefold() not in _PAPER_GLUE for w in re.findall(r"[^\W\d_]+", gap)) or re.search(r"[^\w\s,&'’]", gap):
            break
        found.append(x)
        pos = x.end
        if topic.match(text, pos, end):
            return found
    return []


_ACRONYM_NAME = re.compile(r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&-]{1,9}")


def _paper_org(ctx: DocContext, lang: str, start: int, end: int) -> Author | None:
    """The organisation a paper's title names after its joiner ("Stellungnahme des BDI zum
    ...", "Position paper of the European Fishworkers' Federation on ..."): a registry or
    marker-word organisation, or an acronym in capitals, ending the line or followed by
    the paper's subject."""
    topic = re.compile(rf"\s+(?:{_PAPER_TOPIC.get(lang, 'on')})\b|\s*(?:[:–—(]|-\s)|\s*$", re.IGNORECASE)
    for stop in topic.finditer(ctx.text, start, end):
        if stop.start() <= start:
            continue
        name_end = stop.start()
        known_org = _org_author(ctx, start, name_end, "authors.paper_by")
        if known_org is not None:
            return known_org
        if _ACRONYM_NAME.fullmatch(ctx.text, start, name_end):
            if ctx.states_in(ctx.block_at(start), start, name_end):
                return None
            from core.ids import slug

            acr = ctx.text[start:name_end]
            actor = ActorRef(kind="organization", key=slug(acr), name=acr, org_kind="other")
            return Author(actor=actor, evidence=evidence(ctx, start, name_end, 0.6, "authors.paper_by"))
        return None
    return None


_CODE_RUN = re.compile(r"[A-Z]{2}(?:\s*(?:,|&|/|\band\b|\bund\b|\bet\b|\by\b|\be\b|\ben\b|\bi\b|\bja\b|\boch\b|\bog\b)\s*[A-Z]{2})+(?![\w])")


def _state_authors(ctx: DocContext, found: list[tuple[str, str, int, int]]) -> list[Author]:
    seen: dict[str, Author] = {}
    for iso2, name, a, z in found:
        seen.setdefault(iso2, Author(actor=ActorRef(kind="state", key=iso2, name=name, iso2=iso2),
                                     evidence=evidence(ctx, a, z, 0.8, "authors.paper_by")))
    return list(seen.values())


def _codes(ctx: DocContext, lang: str, start: int, end: int) -> list[Author] | None:
    """A run of two-letter codes after the joiner, read among the Council's delegations
    (member states' ISO codes, EL, UK): their states when every code is one and the run ends
    the line or opens the subject; [] (nothing at all) when a code is not; None when the
    title holds no such run."""
    m = _CODE_RUN.match(ctx.text, start, end)
    if m is None:
        return None
    topic = re.compile(rf"\s*(?:$|[:–—(]|-\s|(?:{_PAPER_TOPIC.get(lang, 'on')})\b)", re.IGNORECASE)
    if not topic.match(ctx.text, m.end(), end):
        return []
    from loaders.names import code_to_state
    from loaders.rules.signing.delegations import COUNCIL_DELEGATIONS

    found = []
    for c in re.finditer(r"[A-Z]{2}", m.group()):
        ref = code_to_state(c.group()) if c.group() in COUNCIL_DELEGATIONS else None
        if ref is None:
            return []
        found.append((ref.iso2, ref.name, start + c.start(), start + c.end()))
    return _state_authors(ctx, found)


@lru_cache(maxsize=None)
def _paper_apart(lang: str) -> re.Pattern[str] | None:
    """A position paper's own label ("Non-paper", "Joint position paper"), then a colon or a
    dash, or nothing else on its line."""
    if lang not in PAPER_BY:
        return None
    from loaders.rules.kind_words import kind_words

    titles = {w for lg in {lang, "en"} for w in kind_words()["position_titles"].get(lg, ())}
    alt = "|".join(sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?i)(?:joint\s+|gemeinsames\s+|commun\s+|conjunto\s+|congiunto\s+)?(?:{alt})(?:\s+(?:commune?|conjointe?|conjunto|conjunta|comune|congiunto|comum))?\s*(?:[:–—]\s*|$)")


def _states_apart(ctx: DocContext, lang: str, lines: list[tuple[int, int]], i: int) -> list[Author] | None:
    """"Joint non-paper: A, B and C on ...", "Non-paper – A and B", or the label alone on
    its line and the states alone on the next: the states are the authors. Only states
    count here (after a colon an organisation's name is as often the paper's subject)."""
    pattern = _paper_apart(lang)
    s, e = lines[i]
    m = pattern.match(ctx.text, s, e) if pattern is not None else None
    if m is None:
        return None
    if m.end() < e:
        start, end = m.end(), e
    elif i + 1 < len(lines) and "\n\n" not in ctx.text[e : lines[i + 1][0]]:
        start, end = lines[i + 1]
    else:
        return None
    states = _state_list(ctx, lang, start, end)
    if len(states) < 2 or states[0].start != start:
        return None
    return _state_authors(ctx, [(x.iso2, x.name, x.start, x.end) for x in states])


def paper_by_states(ctx: DocContext) -> list[Author]:
    """A position paper's own title naming the states (or the one organisation) that wrote it: "Non-paper by Austria,
    Denmark and Sweden on ...", "Joint non-paper from France and Germany", "Positionspapier
    von Deutschland und Frankreich zu ...", "Non-paper Polski i Czech w sprawie ...". The
    title opens one of the first lines and the list is the states alone, ending the line or
    followed by the paper's subject; a headline that goes on with a verb ("... calls for")
    is news about the paper, and gives nothing."""
    lines = trimmed_lines(ctx.text, 0, min(len(ctx.text), _HEAD))[:_TITLE_LINES]
    for i, (s, e) in enumerate(lines):
        if e - s > 220:
            continue
        lang = ctx.lang_at(s)
        for lg in dict.fromkeys([lang, "en"]):
            apart = _states_apart(ctx, lg, lines, i)
            if apart is not None:
                return apart
            pattern = _paper(lg)
            m = pattern.match(ctx.text, s, e) if pattern is not None else None
            if m is None or (m.group("generic") and _news_furniture(ctx, s, e)):
                continue
            codes = _codes(ctx, lg, m.end(), e)
            if codes is not None:
                return codes  # "Non-paper from AT, BE and DK": the Council's codes, never a company "... SE"
            states = _state_list(ctx, lg, m.end(), e)
            if not states:
                org = _paper_org(ctx, lg, m.end(), e)
                if org is not None:
                    return [org]
            seen: dict[str, Author] = {}
            for x in states:
                seen.setdefault(x.iso2, Author(actor=ActorRef(kind="state", key=x.iso2, name=x.name, iso2=x.iso2),
                                               evidence=evidence(ctx, x.start, x.end, 0.8, "authors.paper_by")))
            if seen:
                return list(seen.values())
    return []
