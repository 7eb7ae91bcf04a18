"""Position lists: a label, a colon and the states that hold the position ("In favour:
A, B, C. Against: D, E.", "Dafür: ...; dagegen: ...", "A favor: ... En contra: ...").

Vote tallies and round-ups list camps this way without naming the act in each line: the
act is the one the document's title and lead name (loaders/rules/stance_targets.py),
with that lower confidence said in the extractor. A label counts only at the start of a
line or sentence with its colon right after it, and the list only when every item is a
state (no other name, no count), so a line of any other kind gives nothing.
"""

from __future__ import annotations

import re

from core.model import Reference, Stance, Warning_
from loaders.rules.context import DocContext
from loaders.rules.lists import state_runs
from loaders.rules.stance_cues import lang_cues
from loaders.rules.stance_structures import structure_cues
from loaders.rules.stance_frames import state_actor, take
from loaders.rules.stance_targets import document_act

# Partitive heads ("the rest of", "el resto de", "most of", "la plupart des"): a collective
# noun after one and its linker still names the camp whose members the sentence lists
# ("the rest of the countries that back X are A, B and C"). Grammar words per language.
_PARTITIVES = {
    "en": {"rest", "remainder", "most", "majority", "half", "some", "many", "several", "group", "bloc"},
    "es": {"resto", "mayoría", "mitad", "parte", "grupo", "bloque", "algunos", "varios", "muchos"},
    "fr": {"reste", "plupart", "majorité", "moitié", "partie", "groupe", "bloc", "certains", "plusieurs"},
    "it": {"resto", "maggioranza", "maggior", "metà", "parte", "gruppo", "blocco", "alcuni", "molti"},
    "pt": {"resto", "maioria", "metade", "parte", "grupo", "bloco", "alguns", "vários", "muitos"},
    "de": {"rest", "mehrheit", "großteil", "hälfte", "gruppe", "block", "reihe"},
    "nl": {"rest", "meerderheid", "merendeel", "helft", "groep", "blok"},
    "pl": {"reszta", "większość", "połowa", "część", "grupa", "blok"},
    "sv": {"resten", "majoriteten", "flertalet", "hälften", "gruppen", "blocket"},
    "da": {"resten", "flertallet", "størstedelen", "halvdelen", "gruppen", "blokken"},
}


def partitive_collective(lang: str, how: str, words: list[str], of: frozenset[str]) -> bool:
    """Whether the casefolded ``words`` before a collective subject end in a partitive head
    and its linker ("the rest of [the countries ...]"), which leaves the noun the subject."""
    return how in ("camp", "apposed", "trailing") and len(words) >= 2 and words[-1] in of and words[-2] in _PARTITIVES.get(lang, ())


_LINE_START = re.compile(r"(?:^|(?<=[\n.;!?]))[\s•*·\-–—]*(?:\(?\w\)\s*)?$")
_COLON = re.compile(r"\s*[:：]\s*")


def _labels(text: str, camp: re.Pattern[str], start: int, end: int):
    """Labels right before a colon: the colons are found first (a cheap scan), the label
    is looked for in the 30 characters before each."""
    for c in re.finditer(r"[:：]", text[start:end]):
        at = start + c.start()
        found = None
        for m in camp.finditer(text, max(start, at - 30), at + 1):
            found = m
        if found is not None and not text[found.end() : at].strip():
            yield found


def camp_lists(ctx: DocContext, refs: list[Reference], warnings: list[Warning_]) -> list[Stance]:
    out: list[Stance] = []
    for b, block in enumerate(ctx.blocks):
        sc, cues = structure_cues(block.lang), lang_cues(block.lang)
        if sc is None or cues is None or sc.camp is None:
            continue
        for m in _labels(ctx.text, sc.camp, block.start, block.end):
            colon = _COLON.match(ctx.text, m.end())
            line = max(block.start, ctx.text.rfind("\n", block.start, m.start()) + 1)
            if colon is None or not _LINE_START.search(ctx.text, max(line, m.start() - 12), m.start()):
                continue
            stop = min((k for k in (ctx.text.find(c, colon.end(), block.end) for c in ".;\n") if k >= 0), default=block.end)
            matches = ctx.states_in(b, colon.end(), stop)
            runs = state_runs(ctx.text, block.lang, matches)
            if len(runs) != 1 or runs[0].unresolved or runs[0].start != colon.end():
                continue
            run = runs[0]
            if ctx.text[run.end : stop].strip(" ,)"):
                continue  # the list must fill the line: "For: A and B, as usual" is not a camp list
            resolved = document_act(ctx, refs, m.start())
            if resolved is None:
                continue
            kind = "oppose" if m.lastgroup == "o" else "support"
            actors = tuple(state_actor(s.iso2) for s in run.resolved)
            out += take(ctx, cues, line, stop, (m.start(), stop), kind, resolved, actors, 0.9, "camp_label_list", warnings)
    return out
