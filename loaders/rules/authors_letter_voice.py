"""The organisation that writes a letter in its own voice: under the letter's opening
salutation ("Dear Permanent Representative,", "Sehr geehrte Damen und Herren,", « Madame la
Ministre, »), a sentence of the body names one registered organisation as its subject and
then speaks as "we" / "our" outside quotation marks ("Although the X has reservations
about ..., our assessment is ...", "Obwohl der X Bedenken hat, fordern wir ...").

The salutation makes the text the letter itself, not news about it (news quotes a letter's
words inside quotation marks, which do not count); the subject before its "we" is the
writer naming itself. The organisation must be the registry's (a name in a sentence with
no other mark of being one is too loose), not a state, an EU institution, a government or
an intergovernmental body, and the only one that does so.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Author
from loaders.rules.authors_orgs import org_author
from loaders.rules.authors_voice import QUOTES, we_pattern
from loaders.rules.context import DocContext
from loaders.rules.gazetteers import find_named
from loaders.rules.sentences import trimmed_lines
from loaders.rules.signing.organisations import known

_HEAD_LINES = 10  # the salutation opens the letter
_BODY_SENTENCES = 6  # the writer names itself early
_PUBLIC = ("eu_institution", "government", "intergovernmental")

# opening salutations and the subordinators a subject may follow, per language (general
# knowledge of letter writing and grammar). Concessive and conditional ones ("while",
# "although", "if") are left out: "While X supports Y, we believe ..." sets the writer
# against X as often as it names the writer, so it names nobody.
_OPENINGS = {
    "en": r"Dear", "de": r"Sehr\s+geehrte[rs]?|Liebe[rs]?", "fr": r"Madame|Monsieur|Mesdames|Messieurs|Chers?|Chères?",
    "es": r"Estimad[oa]s?|Querid[oa]s?|Señor(?:a|es)?", "it": r"Gentil(?:e|issim[oaie])|Egregi[oa]|Car[oaie]", "pt": r"Exm[oa]s?\.?|Car[oa]s?|Prezad[oa]s?",
    "nl": r"Geachte|Beste", "pl": r"Szanown[aiy]\w*", "cs": r"Vážen[áýí]\w*", "sk": r"Vážen[áýí]\w*", "hu": r"Tisztelt",
    "ro": r"Stimat[ăe]\w*", "da": r"Kære", "sv": r"Bästa|Kära", "fi": r"Arvoisa|Hyvä", "et": r"Lugupeetud|Austatud",
    "lv": r"Godājam\w*|Cienījam\w*", "lt": r"Gerbiam\w*", "el": r"Αξιότιμ\w*|Αγαπητ\w*", "bg": r"Уважаем\w*",
    "hr": r"Poštovan\w*", "sl": r"Spoštovan\w*",
}
_BEFORE_SUBJECT = {
    "en": r"as|since|because|the", "de": r"da|weil|der|die|das",
    "fr": r"comme|puisque|le|la|l['’]|les", "es": r"como|el|la|los|las",
    "it": r"poiché|il|lo|la|l['’]|i|gli|le", "pt": r"como|o|a|os|as",
    "nl": r"omdat|als|de|het", "pl": r"ponieważ", "cs": r"protože|jelikož",
    "sk": r"pretože|keďže", "sv": r"eftersom|då", "da": r"fordi|da",
}


@lru_cache(maxsize=None)
def _salutation(lang: str) -> re.Pattern[str] | None:
    alts = {_OPENINGS["en"], _OPENINGS.get(lang, _OPENINGS["en"])}
    return re.compile(rf"(?:{'|'.join(alts)})\s[^\n.?]{{0,70}}[,:!]\s*$")


@lru_cache(maxsize=None)
def _subject_lead(lang: str) -> re.Pattern[str]:
    words = _BEFORE_SUBJECT.get(lang, "")
    return re.compile(rf"(?i)\s*(?:(?:{words})(?:\s+|(?<=['’])))*\s*$" if words else r"\s*$")


def letter_voice(ctx: DocContext) -> list[Author]:
    """The one registered organisation a letter's body makes the subject of a sentence that
    then speaks as "we"."""
    for s, e in trimmed_lines(ctx.text, 0, min(len(ctx.text), 2500))[:_HEAD_LINES]:
        b = ctx.block_at(s)
        lang = ctx.blocks[b].lang
        pattern = _salutation(lang)
        if pattern is None or not pattern.match(ctx.text, s, e):
            continue
        we = we_pattern(lang)
        if we is None:
            return []
        body = [(a, z) for a, z in ctx.sentences[b] if a >= e][:_BODY_SENTENCES]
        found: dict[str, Author] = {}
        for a, z in body:
            if any(q in ctx.text[a:z] for q in QUOTES):
                continue  # another's words: news quoting a letter
            for named, ns, ne in find_named(ctx.text, a, z):
                org = known(named.name) or known(ctx.text[ns:ne])
                if org is None or org.kind in _PUBLIC or ctx.states_in(b, ns, ne):
                    continue
                if not _subject_lead(lang).fullmatch(ctx.text, a, ns):
                    continue  # not the sentence's subject: "Like X, we ..." or "We support X"
                after = re.match(r"\s+([^\W\d_]+)", ctx.text[ne:z])
                verb_case = lang == "de" or (after is not None and after.group(1)[:1].islower())  # German nouns are capitalised
                if after is None or not verb_case or not we.search(ctx.lower, ne, z):
                    continue
                found.setdefault(org.key, org_author(ctx, org, ns, ne, "authors.letter_voice"))
        return list(found.values()) if len(found) == 1 else []
    return []
