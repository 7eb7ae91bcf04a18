"""Where a sentence refers back to what the sentences before it name: the sentence just
before in the same paragraph, and act nouns made definite by their determiner ("the
proposal", "diese Verordnung", "la propuesta", "förslaget", Polish bare "wniosek").

News spreads a position over sentences: "The Commission tabled the proposal in May.
Germany opposes it." / "... la propuesta de ley ... . Polonia trató de frenarla." The
pronoun stands for what the definite act noun before it stands for (stance_targets.py
resolves that noun to an act, saying nothing when two acts are in play); an indefinite
noun ("a proposal") introduces something new and is not read so. Determiners per
language in loaders/data/stance_discourse.yaml, from each language's grammar.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import lang_cues

_WORD = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=None)
def determiners(lang: str) -> tuple[frozenset[str], bool]:
    """(definite determiners, whether a bare noun may be definite) of ``lang``."""
    spec = load_yaml("stance_discourse.yaml").get(lang) or {}
    return frozenset(str(w).casefold() for w in spec.get("determiners") or ()), bool(spec.get("bare"))


@lru_cache(maxsize=None)
def _rivals(lang: str) -> re.Pattern[str] | None:
    spec = load_yaml("stance_discourse.yaml").get(lang) or {}
    words = spec.get("rivals") or ()
    return re.compile(r"(?<![^\W\d_])(?:" + "|".join(words) + r")(?![^\W\d_])", re.IGNORECASE) if words else None


def rival_referent(text: str, lang: str, s: int, e: int) -> bool | None:
    """Whether ``text[s:e]`` names something else an object pronoun may stand for (a
    report, a letter, an amendment, a vote); None where the language has no such list."""
    rx = _rivals(lang)
    return None if rx is None else rx.search(text, s, e) is not None


def definite_act_nouns(text: str, lang: str, s: int, e: int) -> list[int]:
    """Where each act noun (stances.yaml act_nouns) made definite by a determiner right
    before it, or with one adjective or acronym between ("the new proposal", "the EU plan"), begins in
    ``text[s:e]``; in a language without articles every act noun counts."""
    cues = lang_cues(lang)
    if cues is None or cues.act_nouns is None:
        return []
    dets, bare = determiners(lang)
    words = list(_WORD.finditer(text, s, e))
    out = []
    for i, w in enumerate(words):
        if not cues.act_nouns.fullmatch(w.group()):
            continue
        before = [x.group() for x in words[max(0, i - 2) : i]]
        folded = [x.casefold() for x in before]
        modifier = len(before) == 2 and (before[1][:1].islower() or before[1].isupper())  # "new", "EU"
        if bare or (folded and folded[-1] in dets) or (modifier and folded[0] in dets):
            out.append(w.start())
    return out


def previous_sentence(ctx: DocContext, b: int, s: int) -> tuple[int, int] | None:
    """The sentence right before the one starting at ``s``, in the same paragraph."""
    before = None
    for ps, pe in ctx.sentences[b]:
        if pe > s:
            break
        before = (ps, pe)
    if before is None or "\n" in ctx.text[before[1] : s]:
        return None
    return before
