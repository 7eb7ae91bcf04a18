"""One list item -> one party: a state, an organisation, or an unknown name (a warning).

Every signing layout cuts its list into items and hands each here, so every layout
resolves names the same way: a state only when the item is the state's name (give or
take articles, "Government of", "For"), an organisation when the registry knows it or a
marker word says so, and anything else is reported, never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from core.model import Author, Signatory, Warning_
from loaders.names.morphology import morphology
from loaders.rules.context import DocContext, evidence
from loaders.rules.cues import cues
from loaders.rules.signing.organisations import known, plausible
from loaders.rules.signing.vocabulary import for_prefixes

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_BULLET = re.compile(r"^[ \t]*(?:[-–—•·▪*◦●]|\(?\d{1,3}[.)])[ \t]+")
_GOVERNMENT_WORDS = frozenset(
    "government governments ministry ministries foreign affairs federal republic kingdom state "
    "gouvernement ministère regierung bundesregierung ministerium gobierno ministerio governo "
    "ministero rząd ministerstwo regering ministerie governo ministério regeringen "
    # the forms of a state's long name ("Grand-Duché de Luxembourg", "Königreich Belgien")
    "grand duchy duché großherzogtum gran ducado granducato groothertogdom "
    "principality principauté fürstentum principado principato vorstendom "
    "kingdom royaume königreich reino regno koninkrijk królestwo kongeriget konungariket "
    "république republik república repubblica republiek rzeczpospolita republika tasavalta köztársaság "
    "confederation confédération eidgenossenschaft confederación confederazione "
    "bundesrepublik hellenic hellénique federal fédérale föderative".split()
)
MIN_SHARE = 0.6  # parties among the items of a list, below which no list is taken


@dataclass(frozen=True)
class Party:
    kind: str  # state | organization | ambiguous | unknown
    start: int
    end: int
    surface: str
    iso2: str | None = None
    name: str = ""
    key: str | None = None
    org_kind: str | None = None
    confidence: float = 0.0
    candidates: tuple[str, ...] = ()

    @property
    def is_party(self) -> bool:
        return self.kind in ("state", "organization")


@dataclass
class PartyList:
    layout: str
    items: list[Party] = field(default_factory=list)
    dropped: list[Party] = field(default_factory=list)  # name-like lines after the list's end
    reported: str | None = None  # why the list is another document's, when its layout says so

    @property
    def parties(self) -> list[Party]:
        return [p for p in self.items if p.is_party]

    @property
    def states(self) -> list[Party]:
        return [p for p in self.items if p.kind == "state"]

    @property
    def name_like_dropped(self) -> list[Party]:
        return [p for p in self.dropped
                if p.kind in ("unknown", "ambiguous") and len(p.surface.split()) <= 4 and p.surface[:1].isupper()]

    @property
    def share(self) -> float:
        """Parties among the items, counting the name-like lines that ended the list."""
        total = len(self.items) + len(self.name_like_dropped)
        return len(self.parties) / total if self.items else 0.0

    @property
    def start(self) -> int:
        return min(p.start for p in self.items or self.dropped)

    @property
    def end(self) -> int:
        return max(p.end for p in self.items or self.dropped)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """The item without bullets, outer punctuation, a parenthesised aside or a "For" prefix."""
    seg = text[start:end]
    m = _BULLET.match(seg)
    if m:
        start += m.end()
        seg = text[start:end]
    paren = seg.find("(")
    if paren > 0:
        end = start + paren
        seg = text[start:end]
    for p in for_prefixes():
        m = p.match(seg)
        if m and m.end() < len(seg):
            start += m.end()
            seg = text[start:end]
            break
    while start < end and text[start] in " \t\n.,;:!?\"“”„«»*":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:!?\"“”„«»*":
        end -= 1
    return start, end


@lru_cache(maxsize=None)
def _state_words(lang: str) -> frozenset[str]:
    morph = morphology(lang)
    return morph.articles | morph.conjunction_forms | {
        "of", "the", "and", "de", "von", "di", "van", "du", "des", "der", "del", "della", "do", "da", "dos"}


def _only_state_words(rest: str, lang: str) -> bool:
    extra = _state_words(lang)
    gov = cues(lang).governments
    if gov:
        rest = gov.sub(" ", rest)
    return all(w.group().casefold() in extra or w.group().casefold() in _GOVERNMENT_WORDS for w in _WORD.finditer(rest))


def resolve(ctx: DocContext, b: int, start: int, end: int, kind_hint: str | None = None) -> Party | None:
    """The party an item names, or None for an empty item."""
    start, end = trim(ctx.text, start, end)
    if end <= start:
        return None
    surface = ctx.text[start:end]
    org = known(surface)
    if org:
        return Party("organization", start, end, surface, name=org.name, key=org.key, org_kind=org.kind, confidence=0.9)
    lang = ctx.blocks[b].lang if ctx.blocks else "en"
    found = ctx.states_in(b, start, end) if ctx.blocks else []
    found = [m for m in found if m.end <= end]
    if len(found) == 1:
        m = found[0]
        rest = ctx.text[start : m.start] + " " + ctx.text[m.end : end]
        if _only_state_words(rest, lang):
            if m.iso2:
                return Party("state", m.start, m.end, m.surface, iso2=m.iso2, name=m.name, confidence=m.confidence)
            return Party("ambiguous", m.start, m.end, m.surface, candidates=tuple(m.candidates))
    if not found:
        other = _named_in_another_language(ctx, surface, lang)
        if other is not None:
            return Party("state", start, end, surface, iso2=other.iso2, name=other.name, confidence=min(other.confidence, 0.85))
    if kind_hint != "state":
        org = plausible(surface, kind_hint)
        if org:
            return Party("organization", start, end, surface, name=org.name, key=org.key, org_kind=org.kind, confidence=0.6)
    return Party("unknown", start, end, surface)


def _named_in_another_language(ctx: DocContext, surface: str, lang: str):
    """A list item that is, whole, one state's name in another EU language (a short page's
    language guessed wrong: "Germania" under a block taken for Spanish): the one state every
    language that knows the name agrees on, else None."""
    from core.membership import EU_LANGUAGES
    from loaders.names import find_states
    from loaders.names.matcher import may_start_name

    if len(surface) > 60 or not surface[:1].isupper():
        return None
    order = [x.lang for x in ctx.blocks if x.lang != lang] + [x for x in EU_LANGUAGES if x != lang]
    hits = {}
    for code in dict.fromkeys(order):
        if not may_start_name(surface, code):
            continue  # no name of this language starts the item, so none is all of it
        for m in find_states(surface, code):
            if m.iso2 and not m.weak and m.start == 0 and m.end == len(surface):
                hits.setdefault(m.iso2, m)
    return next(iter(hits.values())) if len(hits) == 1 else None


def accept(plist: PartyList, warnings: list[Warning_], min_share: float = MIN_SHARE) -> bool:
    """Warn about every item that is not a party; take the list only when enough of it is."""
    for p in plist.items:
        if p.kind == "unknown":
            warnings.append(Warning_(code="unresolved_name", start=p.start, end=p.end,
                                     message=f"list item {p.surface!r} is neither a known state nor an organisation"))
        elif p.kind == "ambiguous":
            warnings.append(Warning_(code="ambiguous_name", start=p.start, end=p.end,
                                     message=f"{p.surface!r} may be any of {', '.join(p.candidates)}"))
    for p in plist.name_like_dropped:
        warnings.append(Warning_(code="unresolved_name", start=p.start, end=p.end,
                                     message=f"line {p.surface!r} right after the list is neither a known state nor an organisation; the list ends before it"))
    if not plist.parties or plist.share < min_share:
        if plist.items or plist.name_like_dropped:
            warnings.append(Warning_(code="low_confidence", start=plist.start, end=plist.end,
                                     message=f"{plist.layout}: only {len(plist.parties)} of {len(plist.items) + len(plist.name_like_dropped)} items are "
                                             "states or organisations; no party taken from this list"))
        return False
    return True


def signatories_of(ctx: DocContext, plist: PartyList, extractor: str, scale: float = 0.95) -> list[Signatory]:
    """Each party once per block, with evidence on its own name."""
    out: list[Signatory] = []
    seen: set[tuple[int, str]] = set()
    for p in plist.parties:
        b = ctx.block_at(p.start)
        ident = (b, p.iso2 or p.key or "")
        if ident in seen:
            continue
        seen.add(ident)
        conf = min(scale * plist.share, p.confidence + 0.05) if p.kind == "state" else min(scale, p.confidence)
        ev = evidence(ctx, p.start, p.end, conf, extractor)
        if p.kind == "state":
            out.append(Signatory(iso2=p.iso2, name=p.name, surface=p.surface, block=b, evidence=ev))
        else:
            out.append(Signatory(kind="organization", key=p.key, org_kind=p.org_kind, name=p.name,  # type: ignore[arg-type]
                                 surface=p.surface, block=b, evidence=ev))
    return out


def authors_of(ctx: DocContext, plist: PartyList, extractor: str) -> list[Author]:
    """The parties as the document's issuers (a letter signed by organisations only)."""
    return party_authors(ctx, plist.parties, extractor)


def party_authors(ctx: DocContext, parties: list[Party], extractor: str, confidence: float | None = None) -> list[Author]:
    """Each party once, as an author (state or organisation) with its evidence; the
    confidence is the party's own, at most 0.9, unless one is given."""
    from core.model import ActorRef

    out: list[Author] = []
    seen: set[str] = set()
    for p in parties:
        ident = p.iso2 or p.key or ""
        if ident in seen:
            continue
        seen.add(ident)
        if p.kind == "state":
            actor = ActorRef(kind="state", key=p.iso2 or "", name=p.name, iso2=p.iso2)
        else:
            actor = ActorRef(kind="organization", key=p.key or "", name=p.name, org_kind=p.org_kind)  # type: ignore[arg-type]
        conf = min(0.9, p.confidence) if confidence is None else confidence
        out.append(Author(actor=actor, evidence=evidence(ctx, p.start, p.end, conf, extractor)))
    return out
