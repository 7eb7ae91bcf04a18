"""An organisation's own statement page: one of its officers introduced in the lead and
quoted for the rest of the page ("Responding to the vote, XYZ Secretary General A. Name
said: “...”", "Zur Einigung erklärt XYZ-Präsident A. Name: „...“", « A. Name, président
de la XYZ, a déclaré : "..." »).

The officer's organisation is named with the officer's role in one of four fixed shapes
(ORG ROLE Name; ORG-ROLE Name, a German compound; ROLE of ORG; ORG's ROLE), the verb of
saying ends in a colon, and the quotation after the colon makes most of the page. News
quotes people too, but between its own sentences: a page that is almost all one quoted
voice, introduced once in its lead, is that voice's organisation speaking. The
organisation must be one the registry knows, one a marker word names, or an acronym in
capitals, and never a state.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.rules.authors_orgs import org_author, organisation
from loaders.rules.context import DocContext
from core.model import Author

_LEAD = 900  # the introduction stands in the lead
_QUOTED_SHARE = 0.6  # of the page after the colon
_REACH = 300  # the speaker phrase stands this close before its colon

# verbs of saying that introduce a quotation with a colon, per language
_SAID = {
    "en": r"(?:said|says|stated|states|commented|comments|added|explained|warned|responded|declared|noted)",
    "de": r"(?:erklärt(?:e)?|sagt(?:e)?|kommentiert(?:e)?|betont(?:e)?|warnt(?:e)?|mahnt(?:e)?)",
    "fr": r"(?:a\s+déclaré|déclare|a\s+commenté|commente|a\s+réagi|réagit|a\s+affirmé|affirme|a\s+souligné|souligne|estime|a\s+estimé)",
    "es": r"(?:ha\s+declarado|declaró|declara|ha\s+afirmado|afirmó|afirma|ha\s+señalado|señaló|señala|ha\s+comentado|comentó)",
    "it": r"(?:ha\s+dichiarato|dichiara|ha\s+affermato|afferma|ha\s+commentato|commenta|ha\s+sottolineato|sottolinea)",
    "pt": r"(?:afirmou|afirma|declarou|declara|disse|comentou|sublinhou)",
    "nl": r"(?:zegt|zei|verklaart|verklaarde|reageert|reageerde)",
    "pl": r"(?:powiedział(?:a)?|stwierdził(?:a)?|podkreślił(?:a)?|podkreśla|mówi|oświadczył(?:a)?)",
    "sv": r"(?:säger|sa|sade|kommenterar)",
    "da": r"(?:siger|sagde|udtaler)",
}

# the verb before the speaker ("erklärt XYZ-Präsident A. Name:"), where the language inverts
_INVERTED = frozenset({"de", "nl", "sv", "da"})

# an organisation's officers, per language (from general knowledge of each language)
_ROLES = {
    "en": r"(?:(?:deputy|acting|interim)\s+)?(?:president|vice[- ]president|(?:confederal\s+|general\s+|executive\s+)?secretary(?:[- ]general)?|"
          r"(?:executive\s+|managing\s+|policy\s+|campaigns?\s+)?director(?:[- ]general)?|head(?:\s+of\s+[\w ]{3,30}?)?|chair(?:man|woman|person)?|"
          r"ceo|chief\s+executive(?:\s+officer)?|spokes(?:person|man|woman)|(?:senior\s+)?policy\s+(?:officer|advisor|adviser|manager)|"
          r"campaigner|coordinator|founder|co-founder)",
    "de": r"(?:[\wäöüß]*präsident(?:in)?|[\wäöüß]*vorsitzende[r]?|(?:haupt)?geschäftsführer(?:in)?|vorstand(?:smitglied|svorsitzende[r]?)?|"
          r"sprecher(?:in)?|generalsekretär(?:in)?|direktor(?:in)?|leiter(?:in)?|chef(?:in)?|referent(?:in)?)",
    "fr": r"(?:président(?:e)?|vice-président(?:e)?|secrétaire\s+(?:général|confédéral|national)(?:e)?|directeur(?:\s+général)?|directrice(?:\s+générale)?|"
          r"porte-parole|délégué(?:e)?\s+général(?:e)?|responsable(?:\s+[\w ]{3,30}?)?)",
    "es": r"(?:president[ea]|vicepresident[ea]|secretari[oa]\s+general|director(?:a)?(?:\s+general|\s+ejecutiv[oa])?|portavoz|coordinador(?:a)?|responsable)",
    "it": r"(?:president(?:e|essa)|vicepresidente|segretari[oa]\s+general[ei]|direttore(?:\s+generale)?|direttrice(?:\s+generale)?|portavoce|responsabile)",
    "pt": r"(?:presidente|secretári[oa][- ]geral|diretor(?:a)?(?:[- ]geral|\s+executiv[oa])?|porta-voz|coordenador(?:a)?)",
    "nl": r"(?:voorzitter|directeur|woordvoerder|secretaris-generaal|bestuurder|bestuursvoorzitter)",
    "pl": r"(?:prezes(?:ka)?|przewodnicząc[ya]|dyrektor(?:ka)?|rzeczni(?:k|czka)|sekretarz\s+generaln[ya])",
    "sv": r"(?:ordförande|generalsekreterare|vd|chef|talesperson|pressekreterare)",
    "da": r"(?:formand|direktør|generalsekretær|talsperson|administrerende\s+direktør)",
}

# "of" joining a role to its organisation, per language
_OF = {
    "en": r"(?:of|at)\s+(?:the\s+)?", "de": r"(?:der|des|von|vom)\s+", "fr": r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+)",
    "es": r"(?:de\s+la\s+|del\s+|de\s+)", "it": r"(?:della\s+|del\s+|dell['’]|di\s+)", "pt": r"(?:da\s+|do\s+|de\s+)",
    "nl": r"(?:van\s+(?:de\s+|het\s+)?)", "pl": r"", "sv": r"(?:för|på|i)\s+", "da": r"(?:for|i|hos)\s+",
}

_NAME = r"(?:(?:Prof|Dr|Mag|Ing)\.?[ \t]+){0,2}[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*(?:[ \t]+(?:(?:von|van|der|den|de|di|da|del|du|le|la|zu)[ \t]+){0,2}[^\W\d_][^\W\d_'’-]+(?:[-'’][^\W\d_]+)*){1,3}"
_ACRONYM = r"[A-ZÀ-Ý][A-ZÀ-Ý0-9&]{1,7}"
# an organisation's name, shortest first, so that a role in capitals is not read into it
# ("XYZ Confederal Secretary": the organisation is "XYZ")
_ORG_RUN = r"[A-ZÀ-Ý][\w&.'’-]*(?:\s+(?:[A-ZÀ-Ý][\w&.'’-]*|of|for|the|and|de|du|des|la|le|et|für|und|der|di|del|della|e|y|van|voor|het)){0,8}?"


@lru_cache(maxsize=None)
def _speaker(lang: str) -> re.Pattern[str] | None:
    """The speaker phrase in its four shapes; the organisation in the group ``org``."""
    role, of = _ROLES.get(lang), _OF.get(lang)
    if role is None or of is None:
        return None
    role = rf"(?i:{role})"
    shapes = [
        rf"(?P<org1>{_ORG_RUN})\s+{role}\s+(?P<n1>{_NAME})",           # ORG ROLE Name
        rf"(?P<org2>{_ACRONYM})-{role}\s+(?P<n2>{_NAME})",              # ORG-ROLE Name
        rf"(?P<org3>{_ORG_RUN})['’]s?\s+{role}\s*,?\s+(?P<n3>{_NAME})",  # ORG's ROLE Name
        rf"(?P<n4>{_NAME}),\s+{role}\s+{of}(?P<org4>{_ORG_RUN}),?",       # Name, ROLE of ORG,
        rf"{role}\s+{of}(?P<org5>{_ORG_RUN}),?\s+(?P<n5>{_NAME})",       # ROLE of ORG Name
    ]
    return re.compile("|".join(f"(?:{s})" for s in shapes))


@lru_cache(maxsize=None)
def _said(lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    verb = _SAID.get(lang)
    if verb is None:
        return None
    after = re.compile(rf"\s*,?\s*(?:{verb})(?:\s+[^\W\d_]{{2,12}})?\s*:\s*")  # "said today:"
    before = re.compile(rf"(?<![^\W\d_])(?:{verb})\s+")
    return after, before


# each opening mark and the marks that close it ("„...“" in German, "“...”" in English)
_CLOSERS = {"“": "”", "„": "“”", "«": "»", "\"": "\""}


def _quoted_share(text: str) -> float:
    """The share of ``text`` inside quotation marks, read as nested pairs across lines: a
    quotation over several paragraphs may reopen each one (the reopening mark is passed
    over) or open only the first and close only the last; a paragraph that opens a
    quotation it never closes is quoted to the end. Single marks are left out: ’ is also
    an apostrophe."""
    chars = quoted = 0
    open_marks: list[str] = []
    for line in text.splitlines():
        body = line.lstrip()
        skip = 1 if open_marks and body[:1] == open_marks[-1] and body[:1] != "\"" else 0
        for c in body[skip:]:
            if c.isspace():
                continue
            chars += 1
            if open_marks and c in _CLOSERS[open_marks[-1]]:
                open_marks.pop()
                quoted += 1
            elif c in _CLOSERS:
                open_marks.append(c)
                quoted += 1
            elif open_marks:
                quoted += 1
    return quoted / chars if chars else 0.0


_PARTICLES = frozenset("von van der den de di da del du le la zu".split())


def _capitalised(name: str) -> bool:
    return all(w[:1].isupper() for w in name.split() if w not in _PARTICLES)


def _org_of(ctx: DocContext, m: re.Match[str]) -> Author | None:
    for g in ("org1", "org2", "org3", "org4", "org5"):
        if m.group(g) is None:
            continue
        if not _capitalised(m.group("n" + g[-1])):
            return None  # "présidente de la Fédération des ports": no name after the role
        s, e = m.start(g), m.end(g)
        if re.search(r"[’']s$", ctx.text[s:e]):
            e -= 2  # "ORG’s President A. Name": the name runs into its possessive
        found = organisation(ctx, s, e)
        if found is None and re.fullmatch(_ACRONYM, ctx.text[s:e]) and not ctx.states_in(ctx.block_at(s), s, e):
            from loaders.rules.signing.organisations import Organisation
            from core.ids import slug

            found = (Organisation(slug(ctx.text[s:e]), ctx.text[s:e], "other", False), s, e)
        if found is None:
            return None
        org, os_, oe = found
        if org.kind in ("intergovernmental", "government"):
            return None  # a state's or an international body's officer: not this rule's
        return org_author(ctx, org, os_, oe, "authors.officer_statement")
    return None


def _speaker_at(ctx: DocContext, lang: str, start: int, end: int) -> Author | None:
    """The organisation of the speaker phrase that ends exactly at ``end``."""
    pattern = _speaker(lang)
    if pattern is None:
        return None
    for pos in range(start, end):
        if pos > start and not ctx.text[pos - 1].isspace():
            continue
        m = pattern.fullmatch(ctx.text, pos, end)
        found = _org_of(ctx, m) if m is not None else None
        if found is not None:
            return found
    return None


def officer_statement(ctx: DocContext) -> list[Author]:
    """The organisation whose officer the lead introduces with a colon, when the quotation
    after it makes most of the page."""
    if not ctx.blocks:
        return []
    block = ctx.blocks[0]
    lang = block.lang
    said = _said(lang)
    if said is None:
        return []
    after, before = said
    lead_end = min(block.end, block.start + _LEAD)
    for colon in re.finditer(":", ctx.text[block.start : lead_end]):
        at = block.start + colon.start()
        if _quoted_share(ctx.text[at + 1 : block.end]) < _QUOTED_SHARE:
            continue
        window = max(block.start, at - _REACH)
        verb = None
        for m in after.finditer(ctx.text, window, min(block.end, at + 2)):
            if m.start() < at < m.end():
                verb = m
        if verb is not None:
            found = _speaker_at(ctx, lang, window, verb.start())
            if found:
                return [found]
        if lang in _INVERTED:
            last = None
            for m in before.finditer(ctx.text, window, at):
                last = m
            if last is not None:
                found = _speaker_at_start(ctx, lang, last.end(), at)
                if found:
                    return [found]
    return []


def _speaker_at_start(ctx: DocContext, lang: str, start: int, end: int) -> Author | None:
    pattern = _speaker(lang)
    if pattern is None:
        return None
    m = pattern.fullmatch(ctx.text, start, end)
    return _org_of(ctx, m) if m else None
