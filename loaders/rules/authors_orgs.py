"""The organisation an author rule names, shared by the statement, paper and release readers
(authors_statement.py, authors_voice.py): an organisation named by a whole span, its author
record, and the word joining a paper's or release's label to the body that issues it."""

from __future__ import annotations

import re

from core.model import ActorRef, Author
from loaders.rules.context import DocContext, evidence
from loaders.rules.signing.organisations import Organisation, known, plausible

_ACRONYM = re.compile(r"\s*\(([^\W\d_][\w&.-]{1,14})\)\s*$")

# "Non-paper by A, B and C", "Press release from the X": the word joining a label to its
# issuer, per language (a genitive needs none in cs sk pl sl hr lt lv)
PAPER_BY = {
    "en": r"(?:by|from|of)\s+(?:the\s+)?", "de": r"(?:von|der|des|aus)\s+", "fr": r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|par\s+(?:la\s+|le\s+|l['’])?)",
    "es": r"(?:de\s+|del\s+|por\s+)", "it": r"(?:di\s+|dei\s+|degli\s+|delle\s+|del\s+|della\s+|dell['’]|da\s+)", "pt": r"(?:de\s+|do\s+|da\s+|dos\s+|por\s+)",
    "nl": r"(?:van\s+|door\s+)", "sv": r"(?:från\s+|av\s+)", "da": r"(?:fra\s+|af\s+)",
    "cs": r"", "sk": r"", "pl": r"", "sl": r"", "hr": r"", "lt": r"", "lv": r"", "ro": r"",
    "bg": r"(?:на\s+)?", "el": r"(?:της\s+|του\s+|των\s+)?",
}


def org_author(ctx: DocContext, org: Organisation, start: int, end: int, how: str) -> Author:
    """An organisation as author: surer when the registry knows it than when only the shape
    of its name does."""
    actor = ActorRef(kind="organization", key=org.key, name=org.name, org_kind=org.kind)  # type: ignore[arg-type]
    return Author(actor=actor, evidence=evidence(ctx, start, end, 0.8 if org.known else 0.6, how))


def organisation(ctx: DocContext, start: int, end: int) -> tuple[Organisation, int, int] | None:
    """The organisation named by the whole of ``text[start:end]`` (less an acronym in
    brackets), not a state."""
    name = ctx.text[start:end].strip()
    acr = _ACRONYM.search(name)
    if acr:
        name = name[: acr.start()].rstrip()
    if not name or not name[:1].isupper() or len(name.split()) > 10:
        return None
    b = ctx.block_at(start)
    if ctx.states_in(b, start, start + len(name)):
        return None
    org = known(name) or plausible(name)
    if org is None:
        return None
    return org, start, start + len(name)
