"""What a stance verb's object is, where it is not the act: a state named right after
another predicate is that predicate's object ("Germany criticised France and Italy opposed
X": France is criticised, not an opponent of X), the one named after a verb of urging is
addressed ("urged the Commission to delay X"), and changes to an act are not the act
("France rejects changes to X" does not oppose X). Both say less, never the opposite."""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_lexicon import WORD

# where a clause breaks: a subject after it starts anew (stance_subjects reads the same)
CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014(\"“”«»„]")


@lru_cache(maxsize=None)
def _urging(lang: str) -> re.Pattern[str] | None:
    verbs = (load_yaml("stance_urging.yaml").get(lang) or {}).get("verbs") or []
    if not verbs:
        return None
    alt = "|".join(re.escape(str(v)).replace(r"\ ", r"\s+") for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{alt})$", re.IGNORECASE)


def _after_urging(text: str, lang: str, head: int, at: int) -> bool:
    """"urged [the] Commission to ...": the words before ``at`` end with a verb of urging,
    once articles are set aside."""
    rx = _urging(lang)
    if rx is None:
        return False
    words = WORD.findall(text[head:at])
    articles = morphology(lang).articles
    while words and words[-1].casefold() in articles:
        words.pop()
    return bool(words) and rx.search(" ".join(words[-3:])) is not None


def object_of_predicate(text: str, cues, s: int, at: int) -> bool:
    """Whether a predicate of the clause, or a verb of urging ("urged the Commission to"),
    ends right before ``at`` (articles between at most): what starts at ``at`` is then its
    object or addressee, not a new subject."""
    head = s
    for m in CLAUSE_BREAK.finditer(text, s, at):
        head = m.end()
    if _after_urging(text, cues.lang, head, at):
        return True
    last = None
    pos = head
    while pos < at:
        found = cues.predicate_at(text, pos, at)
        if found is None:
            break
        last, pos = found, found[2]
    if last is None:
        return False
    articles = morphology(cues.lang).articles
    return all(w.casefold() in articles for w in WORD.findall(text[last[2] : at]))


@lru_cache(maxsize=None)
def _changes(lang: str) -> re.Pattern[str] | None:
    words = load_yaml("stance_changes.yaml").get(lang) or []
    if not words:
        return None
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(re.escape(str(w)) for w in sorted(words, key=len, reverse=True)) + ")",
                      re.IGNORECASE)


def changes_between(text: str, lang: str, start: int, end: int) -> bool:
    """Whether a noun of changing a text stands between a predicate and its act."""
    rx = _changes(lang)
    return rx is not None and start < end and rx.search(text, start, end) is not None


def stance_noun_after_conjunction(text: str, lang: str, start: int, end: int) -> bool:
    """Whether a conjunction in ``text[start:end]`` is followed, within three words, by a noun
    of stance ("welcomed the deal and opposition to X grew"): a new clause with its own
    holder has begun, and the first verb does not reach X."""
    sc = structure_cues(lang)
    if sc is None or sc.noun is None or start >= end:
        return False
    conj = morphology(lang).conjunction_forms
    words = list(WORD.finditer(text, start, end))
    for i, w in enumerate(words):
        if w.group().casefold() in conj:
            stop = words[min(i + 3, len(words) - 1)].end()
            if sc.noun.search(text, w.end(), stop) is not None:
                return True
    return False
