"""Participation read from a sentence: who joined, signed, endorsed or withdrew, and whether
the text is that party's own word or a report.

The rule is structural, not lexical luck: the act belongs to the party only when the
document is the party's own publication (``speakers``, e.g. the government issuing a press
release); in any other document the same sentence is a report that the party takes part,
whatever verb it uses, so a news item saying a state "joined" or "signed" never makes a
signature. Verbs are general grammar knowledge of each language (participles and finite
forms of join / sign / endorse / withdraw); a negated sentence says nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.matcher import find_states
from loaders.rules.sentences import split_sentences

# Forms of each act per language; matched as whole words, case-insensitive.
_ACT_FORMS: dict[str, dict[str, tuple[str, ...]]] = {
    "en": {
        "joined": ("joined", "has joined", "have joined", "joins", "acceded to", "has acceded to", "signed up to"),
        "signed": ("signed", "has signed", "have signed", "signs"),
        "endorsed": ("endorsed", "has endorsed", "have endorsed", "endorses", "supports", "backed"),
        "withdrew": ("withdrew", "has withdrawn", "have withdrawn", "withdraws", "pulled out of"),
    },
    "fr": {
        "joined": ("a rejoint", "ont rejoint", "rejoint", "a adhéré", "ont adhéré", "adhère", "adhèrent"),
        "signed": ("a signé", "ont signé", "signe", "signent"),
        "endorsed": ("a approuvé", "ont approuvé", "soutient", "soutiennent", "a soutenu", "ont soutenu", "appuie"),
        "withdrew": ("s'est retiré", "s'est retirée", "se sont retirés", "se retire", "se retirent", "s’est retiré", "s’est retirée"),
    },
    "de": {
        "joined": ("beigetreten", "ist beigetreten", "sind beigetreten", "angeschlossen"),
        "signed": ("unterzeichnet", "unterschrieben"),
        "endorsed": ("unterstützt", "befürwortet", "gebilligt"),
        "withdrew": ("zurückgezogen", "ausgetreten", "zieht sich zurück"),
    },
    "pl": {
        "joined": ("przystąpiła", "przystąpił", "przystąpiły", "przystąpiło", "dołączyła", "dołączył", "dołączyły", "dołączyło"),
        "signed": ("podpisała", "podpisał", "podpisały", "podpisało"),
        "endorsed": ("poparła", "poparł", "poparły", "poparło", "popiera", "popierają"),
        "withdrew": ("wycofała się", "wycofał się", "wycofały się", "wycofało się"),
    },
    "es": {
        "joined": ("se ha unido", "se unió", "se han unido", "se adhirió", "se ha adherido", "se han adherido"),
        "signed": ("ha firmado", "han firmado", "firmó", "firmaron"),
        "endorsed": ("respaldó", "ha respaldado", "apoya", "apoyan", "ha apoyado"),
        "withdrew": ("se retiró", "se ha retirado", "se han retirado", "se retiraron"),
    },
    "it": {
        "joined": ("ha aderito", "hanno aderito", "aderisce", "si è unita", "si è unito"),
        "signed": ("ha firmato", "hanno firmato", "ha sottoscritto", "hanno sottoscritto"),
        "endorsed": ("ha sostenuto", "sostiene", "ha approvato"),
        "withdrew": ("si è ritirata", "si è ritirato", "si sono ritirati"),
    },
}
_NEGATION: dict[str, tuple[str, ...]] = {
    "en": ("not", "n't", "never", "no longer", "declined to"),
    "fr": ("ne", "n'", "n’", "jamais", "pas"),
    "de": ("nicht", "kein", "keine", "nie"),
    "pl": ("nie",),
    "es": ("no", "nunca"),
    "it": ("non", "mai"),
}


# What may stand between two names of one subject list ("A, B and C", "la Belgique et la France").
_LIST_GAP = re.compile(r"^[\s,;]*(?:(?:and|as well as|et|und|sowie|i|oraz|a|y|e|ed)\b)?[\s,]*(?:(?:the|la|le|les|l'|l’|el|los|die|der|das)\s*)?$",
                       re.IGNORECASE)


@dataclass(frozen=True)
class ParticipationRead:
    iso2: str
    act: str          # joined | signed | endorsed | withdrew: what the sentence says
    own: bool         # the party's own publication says so; else a report by a third party
    start: int        # the state's name in the text
    end: int
    sentence: tuple[int, int]
    verb: tuple[int, int] = (0, 0)  # the act's verb in the text: the instrument is named after it

    @property
    def fact_type(self) -> str:
        """The graph fact it makes: the party's own act, or a reported participation."""
        if not self.own:
            return "REPORTED_AS_PARTY"
        return {"joined": "JOINED", "endorsed": "ENDORSED", "withdrew": "WITHDREW", "signed": "JOINED"}[self.act]


def _words(forms: tuple[str, ...]) -> re.Pattern[str]:
    alternation = "|".join(re.escape(f).replace(r"\ ", r"\s+") for f in sorted(forms, key=len, reverse=True))
    return re.compile(rf"(?<![\w'’])(?:{alternation})(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[tuple[str, re.Pattern[str]], ...], re.Pattern[str] | None]:
    acts = tuple((act, _words(forms)) for act, forms in _ACT_FORMS.get(lang, {}).items())
    negation = _NEGATION.get(lang)
    return acts, (_words(negation) if negation else None)


def read_participation(text: str, lang: str, speakers: frozenset[str] | set[str] = frozenset(),
                       start: int = 0, end: int | None = None,
                       sentences: list[tuple[int, int]] | None = None) -> list[ParticipationRead]:
    """Every (state, act) a sentence states, one act per sentence (none when two kinds of act
    or a negation share it: precision first). The act's subject is the list of state names
    right before the verb ("Portugal welcomes that Ghana joined": Ghana only); a name after
    it ("joined by Romania") is left out. ``speakers``: ISO codes of the states whose own
    publication the document is; ``start``/``end``: the part of ``text`` to read (a language
    block), offsets still index ``text``; ``sentences``: that part's sentence spans when the
    caller has cut them already (the rules' DocContext), so they are not cut twice."""
    acts, negation = _patterns(lang)
    if not acts:
        return []
    out: list[ParticipationRead] = []
    if sentences is None:
        sentences = split_sentences(text, start, len(text) if end is None else end, lang)
    for s, e in sentences:
        sentence = text[s:e]
        found = {act for act, rx in acts if rx.search(sentence)}
        if len(found) != 1 or (negation is not None and negation.search(sentence)):
            continue
        act = found.pop()
        verb = next(rx for a, rx in acts if a == act).search(sentence)
        for m in _subject(text, sorted(find_states(text, lang, s, e), key=lambda x: x.start), s + verb.start()):
            out.append(ParticipationRead(m.iso2, act, m.iso2 in speakers, m.start, m.end, (s, e),
                                         (s + verb.start(), s + verb.end())))
    return out


def _subject(text: str, matches: list, verb_at: int) -> list:
    """The run of state names ending closest before the verb, joined only by list words."""
    before = [m for m in matches if m.end <= verb_at]
    if not before:
        return []
    run = [before[-1]]
    for m in reversed(before[:-1]):
        if not _LIST_GAP.match(text[m.end:run[0].start]):
            break
        run.insert(0, m)
    return [m for m in run if m.iso2 is not None]
