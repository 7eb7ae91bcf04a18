"""An organisation's position paper speaking of itself in the third person: a head labelled
as a position paper ("STELLUNGNAHME", "POSITION PAPER", a line "Positionspapier") and, in
its body, one organisation taking a stand in the present tense ("Der XYZ unterstützt
...", "XYZ calls on ...", « La XYZ demande »), or one government body ("Regeringen
støtter ...": a government's memo to its parliament on an EU proposal, its state read from
the body's name or the parliament the head addresses).

The label must be printed as a label (in capitals, or alone on its line) among the head's
first characters: the same word in running text ("the Council's position paper") is a
mention. The organisation must be the registry's, or open a sentence and be named like one,
and it must be the only organisation the paper has take a stand, never an EU institution,
an international body or a government.
"""

from __future__ import annotations

import re
from functools import lru_cache

from core.model import Author
from loaders.names.resources import load_yaml
from loaders.rules.authors_orgs import org_author, organisation
from loaders.rules.context import DocContext
from loaders.rules.sentences import trimmed_lines

_HEAD = 1200
_BODY = 8000
_NAME_REACH = 80
_ARTICLE = r"(?:(?:The|the|Der|der|Die|die|Das|das|La|la|Le|le|Les|les|El|el|Il|il|Lo|lo|De|de|Het|het|O|A)\s+|[LlDd]['’])?"
_NOT_AUTHOR_KINDS = ("eu_institution", "intergovernmental", "government")


@lru_cache(maxsize=None)
def _labels(lang: str) -> tuple[str, ...]:
    from loaders.rules.kind_words import kind_words

    words = kind_words()["position_titles"]
    return tuple(sorted({str(w) for lg in {lang, "en"} for w in words.get(lg, ())}, key=len, reverse=True))


def _labelled(ctx: DocContext, lang: str) -> bool:
    """A position label in capitals anywhere in the head, or alone on one of its lines."""
    head_end = min(len(ctx.text), _HEAD)
    for label in _labels(lang):
        caps = label.upper()
        if caps != label and re.search(rf"(?<![^\W\d_]){re.escape(caps)}(?![^\W\d_])", ctx.text[:head_end]):
            return True
    lines = trimmed_lines(ctx.text, 0, head_end)[:8]
    return any(ctx.text[s:e].strip(" :.–—-").casefold() in {x.casefold() for x in _labels(lang)} for s, e in lines)


# present-tense verbs of taking a stand in the languages signing.yaml's own_voice does not
# cover (general knowledge of each language)
_MORE_HOLDS = {
    "da": r"støtter|hilser\s+[\w\s-]{1,40}?velkommen|afviser|opfordrer|kritiserer|modsætter\s+sig",
    "sv": r"stöder|välkomnar|avvisar|uppmanar|kritiserar|motsätter\s+sig",
    "fi": r"tukee|kannattaa|vastustaa|torjuu|suhtautuu\s+myönteisesti",
    "cs": r"podporuje|vítá|odmítá|vyzývá|kritizuje", "sk": r"podporuje|víta|odmieta|vyzýva|kritizuje",
    "hu": r"támogatja|üdvözli|elutasítja|ellenzi|sürgeti", "ro": r"sprijină|susține|salută|respinge|solicită",
    "el": r"υποστηρίζει|χαιρετίζει|απορρίπτει|καλεί", "bg": r"подкрепя|приветства|отхвърля|призовава",
    "hr": r"podupire|pozdravlja|odbacuje|poziva", "sl": r"podpira|pozdravlja|zavrača|poziva",
    "lt": r"remia|palaiko|sveikina|atmeta|ragina", "lv": r"atbalsta|noraida|aicina", "et": r"toetab|tervitab|kutsub\s+üles",
}


@lru_cache(maxsize=None)
def _holds(lang: str) -> re.Pattern[str] | None:
    spec = (load_yaml("signing.yaml").get("own_voice") or {}).get(lang) or {}
    holds = spec.get("holds") or _MORE_HOLDS.get(lang)
    return re.compile(rf"(?<![^\W\d_])(?:{holds})") if holds else None


def _body(ctx: DocContext, verb: int) -> tuple[int, int] | None:
    """A government body named right before the verb ("Regeringen støtter", "Die
    Bundesregierung unterstützt"): a national government's memo on an EU proposal."""
    from loaders.rules.authors_government import government_bodies

    text = ctx.text
    for m in re.finditer(r"(?<!\S)(?=[^\W\d_])", text[max(0, verb - _NAME_REACH) : verb]):
        s = max(0, verb - _NAME_REACH) + m.start()
        e = verb
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s and government_bodies().fullmatch(text, s, e):
            art = re.match(_ARTICLE, text[s:e])
            if art and art.end() and government_bodies().fullmatch(text, s + art.end(), e):
                s += art.end()  # "Die Bundesregierung": the body's name without its article
            return s, e
    return None


def _head_state(ctx: DocContext) -> str | None:
    """The one state whose parliament the head names (the memo's addressee: "Folketingets
    Europaudvalg", "Tweede Kamer"), from the chambers of signing.yaml."""
    from loaders.rules.authors_parliament import government_answers

    _, states = government_answers()
    head = ctx.text[: min(len(ctx.text), _HEAD)]
    found = {st for form, st in states.items() if re.search(rf"(?<![^\W\d_]){re.escape(form)}", head)}
    return found.pop() if len(found) == 1 else None


def _body_author(ctx: DocContext, s: int, e: int) -> Author | None:
    """The body as a government author, its state from its name or else from the parliament
    the head addresses; a body whose state is unknown is not kept (one name, many states)."""
    from core.ids import slug
    from loaders.rules.authors_government import body_author

    author = body_author(ctx, s, e, 0.7, "position_voice")
    iso2 = author.actor.iso2 or _head_state(ctx)
    if iso2 is None:
        return None
    actor = author.actor.model_copy(update={"iso2": iso2, "key": slug(f"{author.actor.name} {iso2}")})
    return author.model_copy(update={"actor": actor})


def _stand_taker(ctx: DocContext, verb: int) -> tuple | None:
    """The organisation named right before the verb at ``verb``: the registry's anywhere in
    the sentence, one named like an organisation only where it opens a sentence."""
    start = max(0, verb - _NAME_REACH)
    text = ctx.text
    for m in re.finditer(r"(?<!\S)(?=[^\W\d_])", text[start:verb]):
        s = start + m.start()
        art = re.match(_ARTICLE, text[s:verb])
        ne = verb
        while ne > s and text[ne - 1].isspace():
            ne -= 1
        found = None
        # the name with its article first ("La Quadrature du Net"), then without ("Der BDI")
        for ns in dict.fromkeys([s, s + (art.end() if art else 0)]):
            if ne > ns and text[ns].isupper():
                found = organisation(ctx, ns, ne)
                if found is not None:
                    break
        if found is None:
            continue
        org = found[0]
        opens = s == 0 or re.search(r"[.!?:\n]\s*$", text[max(0, s - 3) : s]) is not None
        if org.known or opens:
            return found
    return None


def position_voice(ctx: DocContext) -> list[Author]:
    """The one organisation a labelled position paper has take a stand in its body."""
    if not ctx.blocks:
        return []
    lang = ctx.blocks[0].lang
    holds = _holds(lang)
    if holds is None or not _labelled(ctx, lang):
        return []
    found: dict[str, tuple] = {}
    bodies: dict[str, tuple[int, int]] = {}
    for m in holds.finditer(ctx.text, 0, min(len(ctx.text), _BODY)):
        taker = _stand_taker(ctx, m.start())
        if taker is None:
            body = _body(ctx, m.start())
            if body is not None:
                bodies.setdefault(" ".join(ctx.text[body[0] : body[1]].split()).casefold(), body)
            continue
        org = taker[0]
        if org.kind in _NOT_AUTHOR_KINDS:
            return []  # an institution takes a stand in the paper too: whose paper is unsure
        found.setdefault(org.key, taker)
    if len(found) + len(bodies) != 1:
        return []
    if bodies:
        author = _body_author(ctx, *next(iter(bodies.values())))
        return [author] if author else []
    org, s, e = next(iter(found.values()))
    return [org_author(ctx, org, s, e, "authors.position_voice")]
