"""The person who signs a letter: the name right under its closing salutation ("Yours
sincerely, / A. Name", "Mit freundlichen Grüßen / Dr. A. Name", "Z poważaniem / A. Name").

The salutation is a fixed formula of each language and closes the letter's own text, so
the name after it is its signer, not someone the letter mentions. The name must be two to
four capitalised words (particles between) that end their line; where a PDF ran the next
line on, only a two-word name whose next word ends in a colon or a digit ("Dr. A. Name
Frist: 12.02.") is sure. A state or an organisation in that place is not a person.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import ActorRef, Author
from loaders.rules.context import DocContext, evidence

# closing salutations, per language, from general knowledge of letter writing
_SALUTATIONS = {
    "en": ["Yours sincerely", "Yours faithfully", "Sincerely yours", "Sincerely", "Yours truly", "Kind regards",
           "Best regards", "With best regards", "With kind regards", "Respectfully", "Yours respectfully"],
    "de": ["Mit freundlichen Grüßen", "Mit freundlichen Grüssen", "Mit freundlichem Gruß", "Mit freundlichem Gruss",
           "Mit besten Grüßen", "Mit herzlichen Grüßen", "Hochachtungsvoll", "Freundliche Grüße"],
    "fr": ["Cordialement", "Bien cordialement", "Très cordialement", "Sincères salutations", "Respectueusement"],
    "nl": ["Met vriendelijke groet", "Met vriendelijke groeten", "Hoogachtend", "Met hoogachting"],
    "it": ["Cordiali saluti", "Distinti saluti", "Con i migliori saluti", "Cordialmente", "Con osservanza"],
    "es": ["Atentamente", "Un cordial saludo", "Saludos cordiales", "Cordialmente", "Reciba un cordial saludo"],
    "pt": ["Atenciosamente", "Com os melhores cumprimentos", "Cumprimentos", "Melhores cumprimentos", "Com os meus cumprimentos"],
    "pl": ["Z poważaniem", "Z wyrazami szacunku", "Łączę wyrazy szacunku", "Z pozdrowieniami"],
    "cs": ["S pozdravem", "S úctou", "S přátelským pozdravem"],
    "sk": ["S pozdravom", "S úctou", "S priateľským pozdravom"],
    "sl": ["S spoštovanjem", "Lep pozdrav", "Lepo pozdravljeni"],
    "hr": ["S poštovanjem", "Srdačan pozdrav", "Lijep pozdrav"],
    "da": ["Med venlig hilsen", "Venlig hilsen", "Med venlige hilsner"],
    "sv": ["Med vänliga hälsningar", "Vänliga hälsningar", "Med vänlig hälsning", "Högaktningsfullt"],
    "fi": ["Ystävällisin terveisin", "Kunnioittavasti", "Parhain terveisin"],
    "et": ["Lugupidamisega", "Parimate soovidega"],
    "lv": ["Ar cieņu", "Ar patiesu cieņu"],
    "lt": ["Pagarbiai", "Su pagarba"],
    "hu": ["Tisztelettel", "Üdvözlettel", "Őszinte tisztelettel"],
    "ro": ["Cu stimă", "Cu respect", "Cu deosebită considerație", "Cu deosebită consideraţie"],
    "bg": ["С уважение"],
    "el": ["Με εκτίμηση", "Μετά τιμής"],
    "ga": ["Is mise le meas"],
    "mt": ["Dejjem tiegħek", "Tislijiet"],
}

_HONORIFICS = r"(?:(?:Dr|Prof|Mr|Mrs|Ms|Mag|Ing|Dott|Dra|Mgr|Ph\.D|M|Mme|Herr|Frau)\.?\s+){0,3}"
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
_PARTICLES = frozenset("von van der den de di da del della dos das du le la ter ten zu vom y".split())


@lru_cache(maxsize=None)
def _salutation(lang: str) -> re.Pattern[str] | None:
    forms = _SALUTATIONS.get(lang)
    if not forms:
        return None
    alt = "|".join(re.escape(f) for f in sorted(forms, key=len, reverse=True))
    # the formula opens its line (or follows a sentence's end where lines were run
    # together), stands alone, and the name comes right after it
    return re.compile(rf"(?:^|(?<=\n)|(?<=[.!]\s))[ \t]*(?:{alt})[ \t]*[,.]?(?:[ \t]*\n){{0,3}}[ \t]*{_HONORIFICS}(?P<name>{_WORD}(?:[ \t]+{_WORD}){{1,4}})", re.MULTILINE)


def _name_end(text: str, words: list[re.Match[str]]) -> int | None:
    """Where the signer's name ends: the line's end after two to four words, or after two
    words when the third is a field label ("Frist:") or a number follows it."""
    caps = [w for w in words if w.group().casefold() not in _PARTICLES]
    if not all(w.group()[:1].isupper() for w in caps):
        return None
    if 2 <= len(caps) <= 4 and re.match(r"[ \t]*[,.]?[ \t]*(?:\n|$)", text[words[-1].end() :]):
        return words[-1].end()
    if len(caps) >= 3 and caps[0] is words[0] and caps[1] is words[1]:
        after = text[words[2].end() : words[2].end() + 3]
        if after[:1] == ":" or re.match(r"\s*\d", after):
            return words[1].end()
    return None


# a state's official name as its government's letterhead prints it: a word of state form
_STATE_FORM = re.compile(r"(?i)(?:r[eéè]p[uú]b+li|königreich|kingdom|royaume|reino|regno|koninkrijk|rzeczpospolita|großherzogtum|grand[- ]duch|bundesrep|confédération|federal)")
_HEAD_REACH = 2500  # the letterhead stands this far before the closing at most
_PLACE_DATE = re.compile(r"\s+[^\W\d_][^\W\d_ -]+(?:[ -][^\W\d_]+)?,?\s+(?:(?:den|le|il|el|de|dnia)\s+)?\d{1,2}\.?\s*[^\W\d_]{3,}\.?\s+(?:19|20)\d{2}\b")


def _state_letterhead(ctx: DocContext, before: int) -> Author | None:
    """The state whose official name heads the signed letter, followed by the place and
    date of writing ("Bundesrepublik Deutschland Berlin, den 15. Januar 2031", « République
    française Paris, le 3 mai 2031 »): a government's letter."""
    start = max(0, before - _HEAD_REACH)
    b = ctx.block_at(start)
    for st in ctx.states_in(b, start, before):
        surface = ctx.text[st.start : st.end]
        if not st.iso2 or not _STATE_FORM.search(surface) or len(surface.split()) < 2:
            continue
        if not _PLACE_DATE.match(ctx.text, st.end, before):
            continue
        actor = ActorRef(kind="state", key=st.iso2, name=st.name, iso2=st.iso2)
        return Author(actor=actor, evidence=evidence(ctx, st.start, st.end, 0.75, "authors.state_letterhead"))
    return None


def letter_signer(ctx: DocContext) -> list[Author]:
    """The person who signs the letter, from the last closing salutation of the text, and
    the state whose government's letterhead heads it."""
    from core.ids import slug
    from loaders.rules.signing.organisations import known

    for block in reversed(ctx.blocks):
        pattern = _salutation(block.lang)
        if pattern is None:
            continue
        hits = list(pattern.finditer(ctx.text, block.start, block.end))
        for m in reversed(hits):
            words = list(re.finditer(_WORD, m.group("name")))
            base = m.start("name")
            end = _name_end(ctx.text, [_shift(w, base, ctx.text) for w in words])
            if end is None:
                continue
            s = base
            name = " ".join(ctx.text[s:end].split())
            if known(name) or ctx.states_in(ctx.block_at(s), s, end):
                continue
            actor = ActorRef(kind="person", key=slug(name), name=name)
            signer = Author(actor=actor, evidence=evidence(ctx, s, end, 0.8, "authors.letter_closing"))
            state = _state_letterhead(ctx, m.start())
            return [state, signer] if state else [signer]
    return []


def _shift(word: re.Match[str], base: int, text: str) -> re.Match[str]:
    """The same word matched in the whole text, so that spans are the text's."""
    m = re.compile(_WORD).match(text, base + word.start())
    assert m is not None
    return m
