"""The document's own voice: "We oppose X", "Wir lehnen X ab", "Nous soutenons X" in a
statement, an open letter or a position paper stand for its authors.

The first-person plural pronoun (``we`` in stances.yaml) opening a clause is the subject
the verb rule reads, standing for the authors who speak in the document's own voice:
organisations or governments found as the authors of a release, a letter, a letterhead or
a parliamentary paper. Authors credited for reporting others (a news agency's credit, an
outlet or a journalist in a byline) never speak as "we" here. Not read: a "we" inside
quotation marks (someone quoted, who may be anyone), and a "we" that is also the
language's object pronoun unless the verb after it carries the first-person plural
ending (French "nous soutenons" is the subject; in "la France nous soutient" it is the
object). Where the language drops the subject pronoun, a predicate opening the clause
with the first-person plural ending is that "we" ("Rechazamos X", "Popieramy X").
"""

from __future__ import annotations

import re

from core.model import ActorRef, Author
from loaders.rules.context import DocContext
from loaders.rules.stance_cues import LangCues

# Authors whose text is a report of others: they are not the "we" of what they report.
_REPORTERS = ("authors.agency", "authors.byline")
# A "we" that is also the object clitic: the first-person plural endings its verb (or
# auxiliary) needs for the subject reading, per language.
_WE_ALSO_OBJECT = {"fr": ("ons", "nous", "sommes")}
# Languages that drop the subject pronoun: a predicate opening the clause with the
# first-person plural ending is the authors' "we" ("Rechazamos X", "Sosteniamo X").
_PRO_DROP_WE = {"es": ("amos", "emos", "imos"), "pt": ("amos", "emos", "imos"), "it": ("iamo",), "pl": ("my",)}
_WORD = re.compile(r"[^\W\d_]+")


def voiced_authors(authors: list[Author]) -> tuple[ActorRef, ...]:
    """The authors who speak in the document's own voice (no reporters, no persons)."""
    seen: dict[str, ActorRef] = {}
    for a in authors:
        if a.actor.kind == "person" or a.evidence.extractor.startswith(_REPORTERS):
            continue
        seen.setdefault(f"{a.actor.kind}:{a.actor.key}", a.actor)
    return tuple(seen.values())


def _quoted(text: str, para: int, at: int) -> bool:
    """Whether ``at`` stands inside quotation marks opened in its paragraph."""
    span = text[para:at]
    opened = sum(span.count(q) for q in "“„«")
    closed = sum(span.count(q) for q in "”»")
    return opened > closed or span.count('"') % 2 == 1


def we_subjects(ctx: DocContext, b: int, cues: LangCues, s: int, e: int, authors: tuple[ActorRef, ...]) -> list[tuple[int, int]]:
    """Spans of a first-person plural subject pronoun in ``text[s:e]`` outside quotes."""
    if not authors or cues.we is None:
        return []
    text = ctx.text
    para = max(ctx.blocks[b].start, text.rfind("\n", ctx.blocks[b].start, s) + 1)
    out = []
    for m in cues.we.finditer(text, s, e):
        if _quoted(text, para, m.start()):
            continue
        endings = _WE_ALSO_OBJECT.get(cues.lang)
        if endings is not None:
            nxt = _WORD.search(text, m.end(), e)
            if nxt is None or not nxt.group().casefold().endswith(endings):
                continue
        out.append((m.start(), m.end()))
    endings = _PRO_DROP_WE.get(cues.lang)
    if endings is not None and not out:
        found = cues.predicate_at(text, s, e)
        if found is not None:
            verb = _WORD.match(text, found[1])
            lead = text[s : found[1]].strip(" \t\n-–—•*")
            negated = cues.negation is not None and cues.negation.search(lead)
            if (verb is not None and verb.group().casefold().endswith(endings) and cues.only_fillers(lead) and not negated
                    and not any(c in text[para : found[1]] for c in "\"“”„«»")):
                out.append((found[1], found[1]))  # no pronoun: the verb's ending is the subject
    return out
