"""The issuer of a press release named in its contact block: "Press contact: A. Name, XYZ
Association", "Pressekontakt / A. Name / XYZ-Verband", « Contact presse : A. Nom,
Fédération XYZ ».

A release closes with whom to ask for more, under a fixed label of its language; the
organisation named there (the registry's, or one named like an organisation) is the one
that speaks in the release, and so it must also be named in the release's lead. News names
no contact of its own, so the block is the release's furniture, never a mention.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Author
from loaders.rules.authors_orgs import org_author, organisation
from loaders.rules.authors_voice import QUOTES, we_pattern
from loaders.rules.context import DocContext
from loaders.rules.sentences import trimmed_lines

_LEAD = 1200
_BLOCK_LINES = 5
_TAIL_SHARE = 0.4  # the contact block stands in the last part of the release

# the labels of a release's contact block, per language (general knowledge)
_LABELS = {
    "en": ["Press contact", "Press contacts", "Media contact", "Media contacts", "Contact", "Contacts", "For more information",
           "For further information", "Media enquiries", "Press enquiries", "Notes to editors"],
    "de": ["Pressekontakt", "Kontakt", "Ansprechpartner", "Ansprechpartnerin", "Weitere Informationen", "Für Rückfragen"],
    "fr": ["Contact presse", "Contacts presse", "Contact", "Contacts", "Pour plus d'informations", "Pour plus d’informations"],
    "es": ["Contacto de prensa", "Contacto", "Contactos", "Más información", "Para más información"],
    "it": ["Contatto stampa", "Contatti stampa", "Ufficio stampa", "Contatti", "Per informazioni", "Per ulteriori informazioni"],
    "pt": ["Contacto de imprensa", "Contacto", "Contactos", "Contato", "Mais informações"],
    "nl": ["Perscontact", "Contact", "Meer informatie", "Voor meer informatie", "Noot voor de redactie"],
    "pl": ["Kontakt dla mediów", "Kontakt", "Więcej informacji", "Dodatkowe informacje"],
    "sv": ["Presskontakt", "Kontakt", "För mer information", "Mer information"],
    "da": ["Pressekontakt", "Kontakt", "Yderligere oplysninger", "For yderligere information"],
    "fi": ["Lisätietoja", "Yhteystiedot"],
    "et": ["Lisateave", "Lisainfo", "Kontakt"],
    "lv": ["Kontakti", "Papildu informācija"],
    "lt": ["Kontaktai", "Daugiau informacijos"],
    "cs": ["Kontakt", "Kontakt pro média", "Více informací"],
    "sk": ["Kontakt", "Kontakt pre médiá", "Viac informácií"],
    "hu": ["Kapcsolat", "Sajtókapcsolat", "További információ"],
    "ro": ["Contact", "Contact presă", "Mai multe informații"],
    "el": ["Επικοινωνία", "Πληροφορίες"],
    "bg": ["Контакт", "Контакти", "За повече информация"],
    "hr": ["Kontakt", "Više informacija"],
    "sl": ["Kontakt", "Več informacij"],
}

_RUN = re.compile(r"(?<![^\s(,;:/|–—-])[^\W\d_][\w&.'’-]*(?:[ \t]+(?:[^\W\d_][\w&.'’-]*|of|for|the|and|de|du|des|la|le|et|für|und|der|di|del|della|e|y|van|voor|het|i|w|na|dla)){0,9}")


# a label that names the press ("Pressekontakt", « Contact presse », "Ufficio stampa"): a
# release's furniture, never a news site's general "Contact" link
_PRESS_LABEL = re.compile(r"(?i)press|media|editor|presse|prensa|stampa|imprensa|pers|medi[óá]|sajtó|presă")


def _speaks_as_we(ctx: DocContext, end: int) -> bool:
    """Whether a sentence before ``end``, outside quotation marks, speaks as "we" ("Wir
    brauchen jetzt ...", "Nous demandons ..."): the release's own voice, which news lends
    only inside quotation marks."""
    for b, block in enumerate(ctx.blocks):
        we = we_pattern(block.lang)
        if we is None:
            continue
        for s, e in ctx.sentences[b]:
            if s >= end:
                break
            if we.search(ctx.lower, s, min(e, end)) and not any(q in ctx.text[s:e] for q in QUOTES):
                return True
    return False


@lru_cache(maxsize=None)
def _label(lang: str) -> re.Pattern[str] | None:
    labels = {*_LABELS.get(lang, []), *_LABELS["en"]}
    alt = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    return re.compile(rf"(?i:{alt})\s*(?::|$)")


def _orgs_in(ctx: DocContext, start: int, end: int) -> dict[str, tuple]:
    """The organisations a line names: the longest run of words from each capitalised word
    that the registry or a marker word accepts."""
    found: dict[str, tuple] = {}
    pos = start
    while pos < end:
        m = _RUN.search(ctx.text, pos, end)
        if m is None:
            break
        hit = None
        words = list(re.finditer(r"\S+", ctx.text[m.start() : m.end()]))
        for k in range(len(words), 0, -1):
            e = m.start() + words[k - 1].end()
            hit = organisation(ctx, m.start(), e)
            if hit is not None:
                break
        if hit is not None:
            found.setdefault(hit[0].key, hit)
            pos = hit[2]
        else:
            nxt = re.search(r"\s", ctx.text[m.start() : m.end()])
            pos = m.start() + (nxt.end() if nxt else len(m.group()))
    return found


def contact_block(ctx: DocContext) -> list[Author]:
    """The one organisation the release's contact block names, when its lead names it too."""
    if not ctx.blocks:
        return []
    lang = ctx.blocks[-1].lang
    label = _label(lang)
    if label is None:
        return []
    text = ctx.text
    lines = trimmed_lines(text, int(len(text) * (1 - _TAIL_SHARE)), len(text))
    for i, (s, e) in enumerate(lines):
        m = label.match(text, s, e)
        if m is None:
            continue
        block = [(m.end(), e)] + lines[i + 1 : i + 1 + _BLOCK_LINES]
        orgs: dict[str, tuple] = {}
        for bs, be in block:
            if be > bs:
                orgs.update(_orgs_in(ctx, bs, be))
        orgs = {k: v for k, v in orgs.items() if v[0].kind not in ("intergovernmental",)}
        if len(orgs) != 1:
            return []
        org, os_, oe = next(iter(orgs.values()))
        lead = text[: min(s, _LEAD)]  # the release before its contact block
        names = {text[os_:oe], org.name}
        if not any(re.search(rf"(?<![^\W\d_]){re.escape(n)}(?![^\W\d_])", lead) for n in names if n) and not (
                _PRESS_LABEL.search(m.group()) and _speaks_as_we(ctx, s)):
            return []
        return [org_author(ctx, org, os_, oe, "authors.contact_block")]
    return []
