"""A plural pronoun opening a sentence ("They oppose the regulation", "Ils s'opposent à
...", "Sie lehnen ... ab") stands for the states the sentence before names as its subject.

News spreads a position over two sentences: the first names the states, the next states
the position with "they". The pronoun is read only when its antecedent is unambiguous:
the sentence before, in the same paragraph, names exactly one subject standing for states
(a list, a state organ, a demonym phrase, a capital), near its start, and mentions no
other state; a question gives nothing. The stance's quote spans both sentences.
"""

from __future__ import annotations

from typing import Callable

from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues
from loaders.rules.stance_discourse import previous_sentence

# Subjects a plural pronoun may stand for: states, never organisations or people.
_ANTECEDENTS = frozenset({"state_list", "state_organ", "demonym_organ", "capital", "anaphora", "apposed"})
_LEAD_WORDS = 4  # at most this many words ("On Tuesday,") before the antecedent in its sentence


def pronoun_antecedent(ctx: DocContext, b: int, cues: LangCues, s: int, e: int,
                       subjects: Callable, subject_ok: Callable) -> tuple[int, int, object, int] | None:
    """(pronoun start, pronoun end, the antecedent subject, the earlier sentence's start)
    for a sentence ``text[s:e]`` opening with a plural subject pronoun, or None."""
    if cues.pronoun_subject is None:
        return None
    m = cues.pronoun_subject.match(ctx.text, s)
    if m is None or ctx.text[s:e].rstrip().rstrip("»”\"'’)").endswith("?"):
        return None
    prev = previous_sentence(ctx, b, s)
    if prev is None:
        return None
    ps, pe = prev
    found = [x for x in subjects(ctx, b, cues, ps, pe) if x.actors]
    found = [x for x in found if not any(o is not x and o.start <= x.start and x.end <= o.end and (o.start, o.end) != (x.start, x.end)
                                         for o in found)]  # "the government of [Sweden]": the longer phrase
    if len({(x.start, x.end) for x in found}) != 1:
        return None  # no subject, or two candidates: "they" could be either
    ante = max(found, key=lambda x: len(x.actors))
    if ante.how not in _ANTECEDENTS or not subject_ok(cues, ctx.text[ps : ante.start], ante):
        return None
    if len(ctx.text[ps : ante.start].split()) > _LEAD_WORDS:
        return None  # an object list late in the sentence ("The Commission criticised A and B")
    keys = {a.key for a in ante.actors}
    if any(st.iso2 and st.iso2 not in keys for st in ctx.states_in(b, ps, pe)):
        return None  # another state named there may be what "they" means
    return m.start("p"), m.end("p"), ante, ps
