"""Stance cue words per language (loaders/data/stances.yaml), compiled once per process.

Kept apart from the rules so that adding a language is adding YAML: the rules ask a
:class:`LangCues` ("is there a cue here, is it negated, hedged, is this word a filler")
and never name a language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.literal_scan import LiteralScan, PrefixScan
from loaders.rules.stance_classes import with_classes
from loaders.rules.stance_cue_patterns import anaphora, member_patterns, pronoun_subject, time_words
from loaders.rules.stance_forms import StanceForms, stance_forms
from loaders.rules.stance_patterns import any_of, anchor_pattern, whole_words

_WORD = re.compile(r"[^\W\d_]+")
_GOVERNS = 30  # a verb of weakening this close after a predicate is its object
# One parenthetical between commas may stand between a subject and its predicate
# ("Germany, by contrast, backed"; "France, which exports most, opposes").
_PARENTHETICAL = re.compile(r"^\s*,[^,;:()\[\]\n]{1,60},")


@dataclass(frozen=True)
class Cue:
    """Where a predicate stands; a predicate that governs a verb of weakening spans both."""

    begin: int
    finish: int
    weakens: bool = False  # the predicate is, or governs, a verb or noun of weakening

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.finish


def _anchor_scan(patterns: list[str]) -> LiteralScan | None:
    rx = anchor_pattern(patterns)
    return None if rx is None else LiteralScan(rx)


@dataclass(frozen=True)
class LangCues:
    lang: str
    oppose: re.Pattern[str]
    support: re.Pattern[str]
    weaken: re.Pattern[str] | None
    predicate: re.Pattern[str]  # weaken | oppose | support in one alternation, named groups w, o, s
    anchors: "LiteralScan | None"  # literals one of which every predicate holds (lowercase text)
    act_nouns: re.Pattern[str] | None  # "the proposal", "förslaget": the act the document is about
    calls: re.Pattern[str]  # call_reject | call_support | advocated, for a cheap "any here?" check
    document: re.Pattern[str] | None  # every reported-document noun, for the same check
    negation: re.Pattern[str] | None
    hedge: re.Pattern[str] | None
    fillers: frozenset[str]
    links: frozenset[str]
    not_subject_before: re.Pattern[str] | None
    of: frozenset[str]
    sidebar: re.Pattern[str] | None
    documents: tuple[tuple[str, re.Pattern[str]], ...]
    reveal_that: re.Pattern[str]
    call_reject: re.Pattern[str]
    call_support: re.Pattern[str]
    advocated: re.Pattern[str]
    we: re.Pattern[str]
    anaphor: re.Pattern[str] | None
    numerals: dict[str, int]
    # a collective noun with its members listed (collectives.py): the anaphora nouns, what
    # may stand between the noun and an apposed list, relative pronouns and copulas
    collective: re.Pattern[str] | None = None
    forbidding: re.Pattern[str] | None = None  # "ban on", "protect ... from": what a contrary measure's mention is under
    answers: frozenset[str] = frozenset()  # the "no" of "say no to": an answer, not a negation
    attribution: re.Pattern[str] | None = None  # "according to", "según": a source named before the clause
    complementisers: frozenset[str] = frozenset()  # "that", "que", "dass": a clause starts after them
    pronoun_objects: frozenset[str] = frozenset()  # "supported it": the object is not in the sentence
    members_lead: re.Pattern[str] | None = None
    members_relative: re.Pattern[str] | None = None
    members_copula: re.Pattern[str] | None = None
    among: re.Pattern[str] | None = None  # "is among the countries that", "fait partie des pays qui": a camp's member
    proposes_weakening: re.Pattern[str] | None = None  # "introduced an exception": a weakening only a state's
    enclitic_object: re.Pattern[str] | None = None  # "frenarla": a verb carrying its object pronoun
    anonymous_sources: re.Pattern[str] | None = None  # "diplomats", "sources": hearsay after "according to"
    pronoun_subject: re.Pattern[str] | None = None  # "They oppose ...": group p, at a sentence's start
    forms: StanceForms | None = None  # every inflected form of the lemmas of stance_lemmas.yaml
    adverb_endings: tuple[str, ...] = ()  # "-ly", "-mente": lowercase words with them are adverbs
    time_words: frozenset[str] = frozenset()  # day and month names (CLDR) and the words of time phrases
    predicate_scan: PrefixScan | None = None  # ``predicate``'s matches, found from where a cue's letters start
    weaken_scan: PrefixScan | None = None  # the same for ``weaken``

    def predicate_at(self, text: str, start: int, end: int, kinds: str = "osw") -> tuple[str, int, int] | None:
        """The first predicate in ``text[start:end]``: (kind "o"/"s"/"w", start, end).

        A pattern of stances.yaml or an inflected form of a lemma, whichever starts first
        (the pattern on a tie: it may span more words). Either followed by a complementiser
        reports speech ("sostiene che", "soutient que"): not a predicate."""
        rx = self.predicate_scan if kinds == "osw" else self.weaken_scan
        found = None
        if rx is not None:
            for m in rx.finditer(text, start, end):
                if not self._speech(text, m.end(), end):
                    found = (m.lastgroup if kinds == "osw" else "w", m.start(), m.end())
                    break
        if self.forms is not None:
            stop = found[1] if found is not None else end
            for h in self.forms.hits(text, start, stop):
                if h.kind in kinds and not self._speech(text, h.end, end):
                    return h.kind, h.start, h.end
        return found

    def _speech(self, text: str, at: int, end: int) -> bool:
        """Whether a complementiser follows ``at`` directly: "sostiene che", "soutient que"
        report what someone says, they take no stance on an object."""
        nxt = _WORD.search(text, at, min(end, at + 30))
        return nxt is not None and nxt.group().casefold() in self.complementisers and not text[at : nxt.start()].strip(" ,")

    def has_predicate(self, text: str, start: int, end: int) -> bool:
        return self.predicate_at(text, start, end) is not None

    def polarity_at(self, text: str, start: int, end: int) -> tuple[str, Cue] | None:
        """The first predicate in ``text[start:end]`` with its polarity; opposition wins a tie.

        A verb of weakening ("water down", "abschwächen") is opposition to its object, and
        it turns the predicate that governs it: "in favour of weakening X" and "push for
        watering down X" oppose X, "resist any weakening of X" supports it.
        """
        found = self.predicate_at(text, start, end)
        if found is None:
            return None
        kind, m_start, m_end = found
        if kind == "w":
            return "oppose", Cue(m_start, m_end, True)
        w = self.predicate_at(text, m_end, min(end, m_end + _GOVERNS + 40), "w")
        if w is not None and w[1] <= m_end + _GOVERNS and self._links_only(text[m_end : w[1]]):
            return ("oppose" if kind == "s" else "support"), Cue(m_start, w[2], True)
        return ("oppose" if kind == "o" else "support"), Cue(m_start, m_end)

    def chained(self, text: str, kind: str, cue: Cue, end: int) -> tuple[str, Cue]:
        """A predicate governing another right after it ("push for legalising X", "abogan
        por legalizar X", "resist blocking X"): one predicate whose polarity is the product
        of both (backing an opposition opposes; opposing an opposition supports)."""
        nxt = self.polarity_at(text, cue.end(), min(end, cue.end() + _GOVERNS + 20))
        if nxt is None or nxt[1].start() - cue.end() > _GOVERNS or not self._links_only(text[cue.end() : nxt[1].start()]):
            return kind, cue
        polarity = kind if nxt[0] == "support" else ("oppose" if kind == "support" else "support")
        return polarity, Cue(cue.start(), nxt[1].end(), nxt[1].weakens)

    def negation_in(self, text: str, start: int, end: int, cue: Cue) -> re.Match[str] | None:
        """The first negation in ``text[start:end]``, the answer of "say no to" inside
        ``cue`` ("säger nej till", "dit non à") not counted."""
        if self.negation is None:
            return None
        conj = morphology(self.lang).conjunction_words
        for m in self.negation.finditer(text, start, end):
            inside = cue.start() <= m.start() and m.end() <= cue.end()
            if inside and m.group().strip().casefold() in self.answers and len(_WORD.findall(text, m.end(), cue.end())) <= 1:
                continue
            if m.start() >= cue.end():
                between = text[cue.end() : m.start()]
                if "," in between or any(w.casefold() in conj for w in _WORD.findall(between)):
                    return None  # "... stemmen en zich niet onthouden": a coordinated clause's negation
            return m
        return None

    def act_noun_after(self, text: str, start: int, end: int) -> bool:
        """Whether the predicate's object, after links and articles, is a noun for the act
        the document is about ("opposes the proposal", "säger nej till förslaget")."""
        if self.act_nouns is None:
            return False
        articles = morphology(self.lang).articles
        adjectives = 0  # one modifier may stand before the noun ("the current proposal")
        for n, w in enumerate(_WORD.finditer(text, start, min(end, start + 80))):
            if self.act_nouns.fullmatch(w.group()):
                # "la ley de Chipre", "the law of Cyprus": another's act, not the document's
                nxt = _WORD.findall(text, w.end(), min(end, w.end() + 40))[:3]
                rest = [x for x in nxt[1:] if x.casefold() not in articles]
                return not (nxt and nxt[0].casefold() in self.of and rest and rest[0][0].isupper() and not self.lang == "de")
            word = w.group().casefold()
            if n >= 3 or not (word in self.links or word in articles or word in self.fillers):
                adjectives += 1
                if n >= 3 or adjectives > 1 or not w.group()[0].islower():
                    return False
        return False

    def carries_object(self, text: str, cue: Cue) -> bool:
        """Whether the predicate's last word carries its object as an enclitic pronoun
        ("trató de frenarla", "bloccarlo"): its antecedent is in another sentence."""
        if self.enclitic_object is None:
            return False
        hyphen = re.match(r"-[^\W\d_]{2,3}(?![^\W\d_])", text[cue.end() : cue.end() + 5])  # Portuguese "bloqueá-la"
        words = (text[cue.start() : cue.end()] + (hyphen.group() if hyphen else "")).split()
        return bool(words) and self.enclitic_object.search(words[-1]) is not None

    def pronoun_object(self, text: str, start: int, end: int) -> bool:
        """Whether the predicate's object (the first word after ``start``, adverbs among
        the fillers skipped) is a pronoun: what it stands for is not in this sentence, so
        an act named further on ("supported it during the debate on X") is not its target."""
        for w in _WORD.finditer(text, start, min(end, start + 60)):
            word = w.group().casefold()
            if word in self.pronoun_objects:
                return True
            if word not in self.fillers:
                return False
        return False

    def _links_only(self, gap: str) -> bool:
        """Whether ``gap`` (between a predicate and a verb of weakening) only links them:
        articles, "to", "of", "any", fillers."""
        articles = morphology(self.lang).articles
        return all(w.casefold() in self.fillers or w.casefold() in articles or w.casefold() in self.links
                   for w in _WORD.findall(gap))

    def only_fillers(self, gap: str) -> bool:
        """Whether ``gap`` (between a subject and its verb) holds nothing but auxiliaries,
        adverbs, articles, negations and hedges."""
        p = _PARENTHETICAL.match(gap)
        if p is not None and len(_WORD.findall(p.group())) <= 6:
            gap = gap[p.end() :]
        if any(c in gap for c in ";:()[]\n"):
            return False
        for rx in (self.negation, self.hedge, self.among):
            if rx is not None:
                gap = rx.sub(" ", gap)
        articles = morphology(self.lang).articles
        return all(w.casefold() in self.fillers or w.casefold() in articles or self._adverbial(w) for w in _WORD.findall(gap))

    def _adverbial(self, word: str) -> bool:
        """An adverb by its ending (lowercase: "Italy" is no adverb) or a word of a time
        phrase ("on Tuesday", "am Montag", "lo scorso martedì", "in March"): such words say
        when or how, never who, so they may stand between a subject and its verb."""
        if word[:1].islower() and len(word) >= 5 and self.adverb_endings and word.endswith(self.adverb_endings):
            return True
        return word.casefold() in self.time_words

    def number(self, word: str) -> int | None:
        return int(word) if word.isdigit() else self.numerals.get(word.casefold())


@lru_cache(maxsize=None)
def lang_cues(lang: str) -> LangCues | None:
    """None for a language without stance cues: its stance rules find nothing."""
    spec = with_classes(lang, load_yaml("stances.yaml")["languages"].get(lang) or {})
    if not spec:
        return None
    reveal = "|".join(f"(?:{p})" for p in spec["reveal"])
    that = "|".join(spec["that"])
    anaphor, numerals = anaphora(spec.get("anaphora"))
    sidebar = spec.get("sidebar")
    oppose, support = (any_of(spec.get(k), word_start=True) for k in ("oppose", "support"))
    weaken = any_of((spec.get("proposes_weakening") or []) + (spec.get("weaken") or []), word_start=True)
    # One search per sentence finds the first predicate of any polarity: at one position the
    # first alternative wins, so weakening before opposition before support (the ties of
    # the separate searches this replaces).
    parts = [(g, rx) for g, rx in (("w", weaken), ("o", oppose), ("s", support)) if rx is not None]
    predicate = re.compile("|".join(f"(?P<{g}>{rx.pattern})" for g, rx in parts), re.IGNORECASE)
    call_specs = [spec["call_reject"], spec["call_support"], spec["advocated"]]
    calls = re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[a-z]+>', '(?:', c)})" for c in call_specs), re.IGNORECASE)
    doc_nouns = [p for v in spec["reported_documents"].values() for p in ([v] if isinstance(v, str) else v)]
    return LangCues(
        lang=lang,
        oppose=oppose,
        support=support,
        weaken=weaken,
        predicate=predicate,
        act_nouns=any_of(spec.get("act_nouns")),
        anchors=_anchor_scan([str(p) for k in ("oppose", "support", "weaken", "proposes_weakening") for p in (spec.get(k) or [])]),
        calls=calls,
        document=any_of(doc_nouns),
        negation=any_of(spec.get("negation")),
        hedge=any_of(spec.get("hedge")),
        fillers=frozenset(str(w).casefold() for w in spec.get("fillers", ())),
        links=frozenset(str(w).casefold() for w in spec.get("links", ())),
        not_subject_before=whole_words(spec.get("not_subject_before"), at_end=True),
        of=frozenset(str(w).casefold() for w in spec.get("of") or ()),
        sidebar=re.compile(rf"^(?:•\s*)?(?:{'|'.join(sidebar)})\s*[:»›|\-–—]", re.IGNORECASE) if sidebar else None,
        documents=tuple((k, any_of(v)) for k, v in spec["reported_documents"].items()),
        reveal_that=re.compile(rf"(?:{reveal}),?\s+(?:{that})(?![^\W\d_])", re.IGNORECASE),
        call_reject=any_of(spec["call_reject"]),
        call_support=any_of(spec["call_support"]),
        advocated=any_of(spec["advocated"]),
        we=any_of(spec["we"]),
        anaphor=anaphor,
        numerals=numerals,
        forbidding=any_of(spec.get("forbidding")),
        pronoun_objects=frozenset(str(w).casefold() for w in spec.get("pronoun_objects") or ()),
        answers=frozenset(str(w).casefold() for w in spec.get("answers") or ()),
        attribution=whole_words(spec.get("attribution")),
        complementisers=frozenset(str(w).casefold() for w in spec.get("that") or ()),
        among=any_of(spec.get("among")),
        proposes_weakening=any_of(spec.get("proposes_weakening"), word_start=True),
        enclitic_object=re.compile(rf"(?:{'|'.join(spec['enclitic_object'])})$", re.IGNORECASE) if spec.get("enclitic_object") else None,
        pronoun_subject=pronoun_subject(spec.get("pronoun_subject")),
        anonymous_sources=any_of(spec.get("anonymous_sources"), word_start=True),
        forms=stance_forms(lang) if stance_forms(lang).forms else None,
        adverb_endings=tuple(str(x) for x in spec.get("adverb_endings") or ()),
        time_words=time_words(lang, spec.get("time") or ()),
        predicate_scan=PrefixScan(predicate),
        weaken_scan=None if weaken is None else PrefixScan(weaken),
        **member_patterns(lang, spec),
    )
