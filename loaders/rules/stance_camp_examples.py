"""States named as examples of a camp: "countries in favour, such as A and B", "Paesi
favorevoli, come A e B, e contrari, come C", "Gegner wie A und B", "les pays hostiles au
texte, comme A", "opponents of X such as A".

A camp's label (stances.yaml ``structures.<lang>.camps``: a noun or an adjective of at
least six letters, so "for", "no", "contre" never count) follows the group's noun
(``anaphora.nouns``: "countries", "Paesi", "Länder") or is itself a noun of holders
("opponents", "Gegner", "partidarios"); a second label may follow the first camp's list
after a conjunction ("... come A e B e contrari, come C"). Its examples follow a word of
data/stance_camp_examples.yaml ("such as", "come", "wie"), the list right after it. The
target is the act named between the label and that word, else the document's act; any
other words there ("opposed to fishing quotas, such as") give nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from core.model import Reference, Stance, Warning_
from loaders.names.morphology import morphology
from loaders.names.resources import load_yaml
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues, lang_cues
from loaders.rules.stance_frames import blocked, take
from loaders.rules.stance_lexicon import WORD
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_targets import document_act, resolve_target

_MIN_LABEL = 6  # letters: "favorevoli", "opposed", "Gegner"; never "for", "contre", "no"
_NOT_LABELS = frozenset({"against", "przeciwko", "împotriva", "împotrivă", "dagegen"})  # prepositions and adverbs of a vote
_HOLDER_NOUNS = frozenset({"opponents", "critics", "supporters", "backers", "gegner", "kritiker", "befürworter", "unterstützer",
                           "detractores", "partidarios", "voorstanders", "tegenstanders", "zwolennicy", "przeciwnicy",
                           "anhängare", "motståndare", "tilhængere", "modstandere", "příznivci", "odpůrci"})
_TARGET_CHARS = 90  # an act named between the label and the examples


@dataclass(frozen=True)
class _Spec:
    label: re.Pattern[str]  # named groups o / s
    group: re.Pattern[str] | None  # the group's noun ending the text before a label
    such_as: re.Pattern[str]


@lru_cache(maxsize=None)
def _spec(lang: str) -> _Spec | None:
    words = load_yaml("stance_camp_examples.yaml").get(lang)
    camps = ((load_yaml("stances.yaml").get("structures") or {}).get(lang) or {}).get("camps") or {}
    if not words or not camps:
        return None

    def labels(kind: str) -> str:
        keep = [str(p) for p in camps.get(kind) or () if " " not in str(p) and str(p).casefold() not in _NOT_LABELS
                and len(re.sub(r"[^\w]|\?", "", str(p))) >= _MIN_LABEL]
        return "|".join(keep) or "(?!)"

    nouns = ((load_yaml("stances.yaml")["languages"].get(lang) or {}).get("anaphora") or {}).get("nouns") or []
    alt = "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return _Spec(
        label=re.compile(rf"(?<![^\W\d_])(?:(?P<o>{labels('oppose')})|(?P<s>{labels('support')}))(?![^\W\d_])", re.IGNORECASE),
        group=re.compile(rf"(?<![^\W\d_])(?:{'|'.join(sorted(map(str, nouns), key=len, reverse=True))})\s*$", re.IGNORECASE) if nouns else None,
        such_as=re.compile(rf"\s*,?\s*(?:{alt})(?![^\W\d_])", re.IGNORECASE),
    )


def camp_example_stances(ctx: DocContext, refs: list[Reference], subjects: Callable, warnings: list[Warning_]) -> tuple[list[Stance], list[Reference]]:
    out: list[Stance] = []
    extra: list[Reference] = []
    for b, block in enumerate(ctx.blocks):
        spec, cues, sc = _spec(block.lang), lang_cues(block.lang), structure_cues(block.lang)
        if spec is None or cues is None:
            continue
        for s, e in ctx.sentences[b]:
            last_list_end = -1
            for m in spec.label.finditer(ctx.text, s, e):
                if not _labelled_group(ctx.text, cues, spec, s, m, last_list_end):
                    continue
                read = _examples(ctx, refs, b, cues, spec, subjects, m, e)
                if read is None:
                    continue
                resolved, subj, such_at = read
                last_list_end = subj.end
                if sc is not None and blocked(ctx, sc, s, e, subj.start):
                    continue
                if cues.negation is not None and cues.negation.search(ctx.text, max(s, m.start() - 25), m.start()):
                    continue  # "countries not in favour, such as": nothing sure
                kind = "oppose" if m.lastgroup == "o" else "support"
                if resolved.reference:
                    extra.append(resolved.reference)
                out += take(ctx, cues, s, e, (m.start(), such_at), kind, resolved, subj.actors, 0.85,
                            "collective_cue+camp_examples", warnings)
    return out, extra


def _labelled_group(text: str, cues: LangCues, spec: _Spec, s: int, m: re.Match[str], last_list_end: int) -> bool:
    """Whether the label names a camp: after the group's noun, a noun of holders itself, or
    a second label right after the first camp's examples and a conjunction."""
    if m.group().casefold() in _HOLDER_NOUNS:
        return True
    before = text[max(s, m.start() - 60) : m.start()]
    if spec.group is not None and spec.group.search(before):
        return True
    if last_list_end >= 0:
        words = WORD.findall(text[last_list_end : m.start()])
        gap = text[last_list_end : m.start()]
        return len(words) == 1 and words[0].casefold() in morphology(cues.lang).conjunction_forms and not any(c in gap for c in ".;:")
    return False


def _examples(ctx: DocContext, refs: list[Reference], b: int, cues: LangCues, spec: _Spec, subjects: Callable, m: re.Match[str], e: int):
    """(target, the listed states, where the examples' word starts) after a label."""
    text = ctx.text
    such = None
    for k in range(m.end(), min(e, m.end() + _TARGET_CHARS)):
        if text[k] in ".;:()[]":
            break
        hit = spec.such_as.match(text, k)
        if hit is not None and (k == m.end() or not text[k - 1].isalnum()):
            such = hit
            break
    if such is None:
        return None
    between = text[m.end() : such.start()]
    if between.strip(" ,"):
        resolved = resolve_target(ctx, refs, [(m.end(), such.start())])
        if resolved is None:
            return None
        rest = (text[m.end() : resolved.start] + " " + text[resolved.end : such.start()]).replace(",", " ")
        articles = morphology(cues.lang).articles
        if any(w.casefold() not in articles and w.casefold() not in cues.links for w in WORD.findall(rest)):
            return None  # only "to the", "à", "al" around the act
    else:
        resolved = document_act(ctx, refs, m.start())
        if resolved is None:
            return None
    articles = morphology(cues.lang).articles
    for subj in subjects(ctx, b, cues, such.end(), e):
        if subj.how != "state_list" or not subj.actors:
            continue
        if any(w.casefold() not in articles for w in WORD.findall(text, such.end(), subj.start)) or any(
                c in text[such.end() : subj.start] for c in ",;:()"):
            return None
        return resolved, subj, such.start()
    return None
