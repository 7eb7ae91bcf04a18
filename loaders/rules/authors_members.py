"""Members of a parliament as the authors of their own question or motion.

A parliamentary question or motion names the members who table it in fixed places: its
header line ("Question écrite de M. Jean Dupont", "Kleine Anfrage der Abgeordneten Anna
Beispiel, Max Muster und der Fraktion X", "Interrogazione presentata da On. Mario Rossi"),
a "presented by" line over the names with their honorifics ("présentée par / Mme Anne
Martin, M. Paul Durand, / députés"), the European Parliament's "Rule 138" line before
"Name (Group)", and the French formula that opens a written question ("M. Jean Dupont
attire l'attention de M. le ministre"). The names are read only there, never from the
body, and an answer to a question is its government's (authors_parliament.py), so a head
naming an answer takes nothing here.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.rules.context import DocContext, evidence
from loaders.rules.kind_marks import EP_QUESTION_CODE
from loaders.rules.sentences import trimmed_lines

_HEAD = 1500
_HEAD_LINES = 10

# the nouns that open a question's or a motion's header, per language, and the word that
# links them to the members ("de", "der Abgeordneten", "presentata da")
_HEADERS = {
    "fr": r"(?:question(?:\s+(?:écrite|orale|d['’]actualité|au\s+gouvernement))?|proposition\s+de\s+(?:loi|résolution)(?:\s+européenne)?)"
          r"(?:\s+n°\s*[\w-]+)?\s+(?:de|présentée\s+par)\s+",
    "de": r"(?:kleine\s+anfrage|große\s+anfrage|schriftliche\s+frage|mündliche\s+frage|antrag|gesetzentwurf|entschließungsantrag)"
          r"\s+(?:der|des)\s+(?:abgeordneten|abgeordnete)\s+",
    "en": r"(?:(?:priority\s+)?questions?\s+for\s+(?:written|oral)\s+answer|written\s+question|oral\s+question|motion\s+for\s+a\s+resolution)"
          r"[^\n]{0,60}?\s+(?:by|tabled\s+by)\s+",
    "it": r"(?:interrogazione(?:\s+a\s+risposta\s+(?:scritta|orale|in\s+commissione))?|interpellanza|mozione|proposta\s+di\s+legge)"
          r"(?:\s+(?:n\.?\s*)?[\w/-]*\d[\w/-]*)?\s+(?:presentata|presentato)\s+da(?:l|lla|i|gli)?\s+",
    "es": r"(?:pregunta(?:\s+con\s+respuesta\s+(?:escrita|oral))?|proposición\s+no\s+de\s+ley|moción)"
          r"[^\n]{0,40}?\s+(?:formulada|presentada)\s+por\s+",
    "pt": r"(?:pergunta|requerimento|projeto\s+de\s+resolução)[^\n]{0,40}?\s+(?:apresentad[oa]|formulada)\s+por\s+",
    "nl": r"(?:vragen|motie|amendement)\s+van\s+(?:het\s+lid|de\s+leden)\s+",
}

# "présentée par" / "presented by" standing at the end of its line, the names below it
_PRESENTED = {
    "fr": r"présentée?s?\s+par",
    "en": r"(?:presented|tabled|submitted)\s+by",
    "de": r"(?:eingebracht|vorgelegt)\s+von",
    "it": r"presentat[ao]\s+da(?:l|lla|i|gli)?",
    "es": r"presentad[ao]\s+por",
    "pt": r"apresentad[oa]\s+por",
    "nl": r"ingediend\s+door",
}

# the chamber's word for its members, closing a "presented by" list
_MEMBER_NOUNS = {
    "fr": r"députée?s?|sénat(?:eur|rice)s?",
    "en": r"members?(?:\s+of\s+(?:the\s+)?[\w ]{3,40})?|MEPs?|MPs?|senators?",
    "de": r"Abgeordneten?|Mitglieder\s+des\s+Bundestages",
    "it": r"deputat[ie]|senator[ie]",
    "es": r"diputad[oa]s?|senador(?:a|es|as)?",
    "pt": r"deputad[oa]s?",
    "nl": r"Kamerleden|leden",
}

# honorifics printed before a member's name, per language (the name follows them)
_HONORIFICS = {
    "fr": ["MM.", "Mmes", "Mme", "Mlle", "M."],
    "en": ["Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr"],
    "de": ["Dr.", "Herr", "Frau", "Abg."],
    "it": ["On.", "Sen.", "Sig.ra", "Sig.", "Dott.ssa", "Dott."],
    "es": ["D.ª", "Dña.", "D.", "Sr.", "Sra.", "don", "doña"],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra."],
    "nl": ["mevrouw", "de heer", "dr."],
}

# the French written question's opening formula
_DRAWS = re.compile(r"(?P<hon>M\.|Mme)\s+(?P<name>[^\W\d_][^\n]{2,60}?)\s+(?:attire|appelle)\s+l['’]attention\s+d")

# the European Parliament's question: "Rule 138" (or "Article 138 of the Rules of Procedure")
# and then "Name (GROUP)", one or several, in any language of its questions
_EP_RULE = re.compile(r"(?i:rule|article|artikel|articolo|artículo|artigo|artikkel|artykuł|článek|cikk|regel|säännön|artiklan|pravilo|člen|članak|straipsnis|pants|artikli|articolul|член)\s+\d{2,3}\b[^\n(]{0,60}?\s+(?=[^\W\d_a-z])")
_EP_MEMBER = re.compile(r"(?P<name>[^\W\d_][^\W\d_'’.-]*(?:\s+[^\W\d_][^\W\d_'’.-]*){1,4})\s*\((?P<group>[^()\n]{2,30})\)")

# a head that opens with an answer ("Réponse du ministère", "Answer given by"): the answer's
# page, whatever question it repeats
_ANSWER = re.compile(r"(?i)(?:réponse|antwort|answer|antwoord|risposta|respuesta|resposta|odpowiedź)\b")
_NAME_TOKEN = re.compile(r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?")
_PARTICLES = frozenset("von van der den de di da del della dos das du le la ter ten zu vom y".split())
_STOP = re.compile(r"\s*(?:\(|,|;|\bet\b|\bund\b|\band\b|\be\b|\by\b|\ben\b|\n|$)")


def _lang(ctx: DocContext) -> str:
    return ctx.blocks[0].lang if ctx.blocks else "en"


@lru_cache(maxsize=None)
def _header(lang: str) -> re.Pattern[str] | None:
    head = _HEADERS.get(lang)
    return re.compile(rf"(?i:{head})") if head else None


@lru_cache(maxsize=None)
def _honorific(lang: str) -> str:
    return "|".join(re.escape(h) for h in sorted(_HONORIFICS.get(lang, []), key=len, reverse=True))


def _display(words: list[str]) -> str:
    """A name as it reads in running text: a surname printed in capitals is lowered, and a
    surname printed first in capitals ("LONGEOT Jean-François") goes after the given name."""
    def soft(w: str) -> str:
        return "-".join(p[:1] + p[1:].lower() for p in w.split("-")) if w.isupper() and len(w) > 1 else w

    if len(words) >= 2 and words[0].isupper() and len(words[0]) > 1 and not any(w.isupper() for w in words[1:]):
        words = [*words[1:], words[0]]
    return " ".join(soft(w) for w in words)


def _member(ctx: DocContext, start: int, end: int, titled: bool = False) -> Author | None:
    """A person's name in ``text[start:end]``: two to four capitalised words (particles
    between), no organisation, and no state unless an honorific says it is a person
    ("Mme Dominique Martin": "Dominique" is also Dominica in French)."""
    from loaders.rules.signing.organisations import known

    tokens = list(_NAME_TOKEN.finditer(ctx.text, start, end))
    words = [t.group() for t in tokens]
    caps = [w for w in words if w.casefold() not in _PARTICLES]
    if not 2 <= len(caps) <= 4 or len(words) > 6 or not all(w[:1].isupper() for w in caps):
        return None
    if words[0].casefold() in _PARTICLES:
        return None
    s, e = tokens[0].start(), tokens[-1].end()
    if known(ctx.text[s:e]) or (not titled and ctx.blocks and ctx.states_in(ctx.block_at(s), s, e)):
        return None
    name = _display(words)
    from core.ids import slug

    return Author(actor=ActorRef(kind="person", key=slug(name), name=name),
                  evidence=evidence(ctx, s, e, 0.8, "authors.parliament_member"))


def _listed(ctx: DocContext, lang: str, start: int, end: int, need_honorific: bool) -> list[Author]:
    """The members named from ``start``: honorific and name, joined by commas or "and",
    up to the first piece that is not one (a group in brackets after a name is skipped)."""
    hon = _honorific(lang)
    item = re.compile(rf"\s*(?:(?:{hon})\s+)?" if hon else r"\s*")
    out: list[Author] = []
    pos = start
    while pos < end:
        m = item.match(ctx.text, pos, end)
        has_hon = m is not None and m.group().strip() != ""
        at = m.end() if m else pos
        stop = _STOP.search(ctx.text, at, end)
        piece_end = stop.start() if stop else end
        if need_honorific and not has_hon:
            break
        person = _member(ctx, at, piece_end, titled=has_hon)
        if person is None:
            break
        out.append(person)
        pos = piece_end
        group = re.match(r"\s*\([^()\n]{1,40}\)", ctx.text[pos:end])
        pos += group.end() if group else 0
        sep = re.match(r"\s*(?:,|;|et|und|and|e|y|en)\s+", ctx.text[pos:end])
        if sep is None:
            break
        pos += sep.end()
    return out


def _from_header(ctx: DocContext, lang: str, lines: list[tuple[int, int]]) -> list[Author]:
    header = _header(lang)
    if header is None:
        return []
    for s, e in lines:
        m = header.match(ctx.text, s, e)
        if m is None:
            continue
        found = _listed(ctx, lang, m.end(), e, need_honorific=lang in ("fr",))
        if found:
            return found
    return []


def _presented_by(ctx: DocContext, lang: str) -> list[Author]:
    """"présentée par Mme A. Name, M. B. Name, députés.": the names with their honorifics,
    closed by the chamber's word for its members and the sentence's end (a page whose lines
    were run together keeps them on one line)."""
    said = _PRESENTED.get(lang)
    nouns = _MEMBER_NOUNS.get(lang)
    if said is None or nouns is None:
        return []
    head = min(len(ctx.text), _HEAD)
    for m in re.finditer(rf"(?i:{said})\s*:?\s+", ctx.text[:head]):
        found = _listed(ctx, lang, m.end(), min(len(ctx.text), m.end() + 400), need_honorific=True)
        if not found:
            continue
        tail = re.match(rf"[\s,]*(?i:{nouns})\s*(?:[.\n]|$)", ctx.text[found[-1].evidence.end :])
        if tail:
            return found
    return []


def _draws_attention(ctx: DocContext, lang: str) -> list[Author]:
    if lang != "fr":
        return []
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), _HEAD))[:_HEAD_LINES]:
        m = _DRAWS.match(ctx.text, s, e)
        if m:
            person = _member(ctx, m.start("name"), m.end("name"), titled=True)
            return [person] if person else []
    return []


def _european_parliament(ctx: DocContext) -> list[Author]:
    head = ctx.text[: min(len(ctx.text), _HEAD)]
    code = EP_QUESTION_CODE.search(head)
    if code is None:
        return []
    rule = _EP_RULE.search(ctx.text, code.end(), min(len(ctx.text), code.end() + 300))
    if rule is None:
        return []
    out: list[Author] = []
    pos = rule.end()
    while True:
        m = _EP_MEMBER.match(ctx.text, pos, min(len(ctx.text), pos + 120))
        if m is None:
            break
        person = _member(ctx, m.start("name"), m.end("name"))
        if person is None:
            break
        out.append(person)
        sep = re.match(r"\s*[,;]?\s*", ctx.text[m.end() :])
        pos = m.end() + (sep.end() if sep else 0)
    return out


def members(ctx: DocContext) -> list[Author]:
    """The members who table the question or motion this document is; nothing for a page
    whose head announces an answer."""
    lines = trimmed_lines(ctx.text, 0, min(len(ctx.text), _HEAD))[:_HEAD_LINES]
    first = ctx.text[lines[0][0] : lines[0][1]] if lines else ""
    if _ANSWER.match(first):
        return []
    lang = _lang(ctx)
    return (_from_header(ctx, lang, lines) or _presented_by(ctx, lang) or _european_parliament(ctx)
            or _draws_attention(ctx, lang))
