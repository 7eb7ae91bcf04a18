"""A person's name as a byline prints it: two to four capitalised words (honorifics and
name particles aside) joined by the language's "and", never a state, an organisation, an
agency or a page's label; and the words of a writer's role that may follow it. Shared by
the byline, the closing credits and the speech page's speaker."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.rules.bylines_data import agencies, bylines_data, published_words
from loaders.rules.context import DocContext
from loaders.rules.signing.organisations import known, plausible

_NAME_TOKEN = r"[^\W\d_][^\W\d_'’.-]*(?:[-'’][^\W\d_]+)*\.?"
_PARTICLES = frozenset("von van der den de di da del della dos das du le la ter ten zu vom y".split())
_SEPARATORS = "|,–—-•·/"


@lru_cache(maxsize=None)
def _conjunctions(lang: str) -> re.Pattern[str]:
    from loaders.names.morphology import morphology

    conj = {c for c in morphology(lang).conjunctions if c.isalpha()} | {"and", "&"}
    return re.compile(r"\s*(?:,|;|&|\b(?:" + "|".join(map(re.escape, sorted(conj))) + r")\b)\s*")


def person(ctx: DocContext, start: int, end: int, caps_ok: bool = False) -> tuple[int, int] | None:
    """The span of a person's name in ``text[start:end]`` (honorifics dropped), or None when
    the piece is not two to four capitalised words, or names a state or an organisation."""
    piece = ctx.text[start:end]
    tokens = list(re.finditer(r"\S+", piece))
    honorifics = set(bylines_data()["honorifics"])
    while tokens and tokens[0].group() in honorifics:
        tokens.pop(0)
    if not tokens:
        return None
    words = [t.group() for t in tokens]
    caps = [w for w in words if w.casefold() not in _PARTICLES]
    if not 2 <= len(caps) <= 4 or len(words) > 6:
        return None
    if not all(re.fullmatch(_NAME_TOKEN, w) and w[:1].isupper() for w in caps):
        return None
    capitals = [w for w in caps if w.isupper() and len(w) > 1 and not w.endswith(".")]
    if (caps_ok and capitals == [caps[-1]] and not caps[0].isupper() and len(caps[-1]) > 2
            and not known(caps[-1]) and caps[-1] not in agencies()):
        capitals = []  # "Par Jean MARTIN": a labelled byline may print the surname (last) in capitals
    if words[0].casefold() in _PARTICLES or capitals:
        return None  # "von der Leyen" alone, or an acronym: no given name and surname
    s, e = start + tokens[0].start(), start + tokens[-1].end()
    name = ctx.text[s:e]
    if known(name) or name in agencies():
        return None
    b = ctx.block_at(s)
    if ctx.blocks and ctx.states_in(b, s, e):
        return None
    return s, e


def names(ctx: DocContext, lang: str, start: int, end: int, caps_ok: bool = False) -> list[tuple[int, int]] | None:
    """The people named from ``start`` to the end of the line, or None when anything but
    names, a separator and a short tail of publication words follows them."""
    text = ctx.text
    stop = end
    for i in range(start, end):
        if text[i] in "|•·–—(" or (text[i] in "-/" and i + 1 < end and text[i + 1] == " " and text[i - 1] == " "):
            stop = i
            break
        if text[i].isdigit():
            stop = i
            break
    # a lowercase publication word ("pubblicato il", "published on") ends the names too
    for w in re.finditer(r"\S+", text[start:stop]):
        if w.group().strip(",.:").casefold() in published_words(lang) and w.group()[:1].islower():
            stop = start + w.start()
            break
    tail = text[stop:end].strip()
    if tail and not (tail[:1] in _SEPARATORS or tail[:1].isdigit() or tail[:1] == "(" or tail.split()[0].strip(",.:").casefold() in published_words(lang)):
        return None
    people: list[tuple[int, int]] = []
    pos = start
    body_end = stop
    while body_end > start and text[body_end - 1] in " ,;:.":
        body_end -= 1
    last_sep = ""
    for sep in list(_conjunctions(lang).finditer(text, start, body_end)) + [None]:
        piece_end = sep.start() if sep else body_end
        if piece_end > pos:
            span = person(ctx, pos, piece_end, caps_ok)
            if span is None:
                tail_words = text[pos:piece_end].split()
                if sep is None and people and last_sep == "," and (
                        len(tail_words) <= 3 or tail_words[0][:1].islower() or role_word(lang, tail_words[0])):
                    break  # "Von A. Name, Lima", "Par A. Nom, envoyé spécial à Lima", "By A. Name, Member of ...": a place or a role after the name
                return None
            people.append(span)
        last_sep = sep.group().strip() if sep else ""
        pos = sep.end() if sep else pos
    return people if 1 <= len(people) <= 3 else None


# the starts of words for a writer's standing, beside the journalists' roles of byline_roles
_STANDING = ("member", "mitglied", "membre", "miembro", "membro", "lid", "członek", "fellow", "research", "forscher",
             "chercheu", "investigador", "ricercat", "professor", "professeur", "profesor", "docent", "director", "directeur",
             "direktor", "directora", "direttore", "head", "leiter", "advis", "officer", "député", "eurodéputé", "mep", "abgeordnete")


def role_word(lang: str, word: str) -> bool:
    """A word that opens a writer's role ("Member of ...", "Senior Fellow", "MEP", "députée")."""
    from loaders.rules.person_names import is_role

    w = word.strip(",.;:").casefold()
    roles = tuple(str(r) for r in bylines_data().get("byline_roles") or ())
    return w.startswith(roles) or w.startswith(_STANDING) or is_role(lang, word) or is_role("en", word)


@lru_cache(maxsize=1)
def _page_labels() -> re.Pattern[str]:
    """Words of a page's labels in every language (press release, position paper, news,
    furniture): a line of them is no name."""
    from loaders.rules.kind_words import kind_words

    words = kind_words()
    alt = sorted({w for c in ("press_release", "position_titles", "statement_titles", "furniture")
                  for ws in words[c].values() for w in ws}, key=len, reverse=True)
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(alt)})(?!\w)")


def name_like(ctx: DocContext, name: str) -> bool:
    """A person's name, as far as its shape says: no organisation's marker word, no page
    label, and no word longer than a name's ("Bundesverband Fischereiwirtschaft")."""
    if plausible(name) or _page_labels().search(name):
        return False
    return all(len(part) <= 14 for part in re.split(r"[\s-]+", name))


def display(name: str) -> str:
    """A surname printed in capitals as the name is written in running text ("Jean MARTIN"
    -> "Jean Martin")."""
    return " ".join("-".join(p.capitalize() for p in w.split("-")) if w.isupper() and len(w) > 2 else w for w in name.split())
