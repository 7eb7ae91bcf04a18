"""An organisation speaking for itself, read from a page's shape: its name on the masthead
made the subject of its lead, its release in the third person under its own acronym, its
reaction statement handed over to a quotation. Pure functions of the text and the language
patterns that :class:`loaders.rules.kind_signals.Signals` asks on first use."""

from __future__ import annotations

import re

from loaders.rules.gazetteers import find_named
from loaders.rules.kind_marks import HANDOVER, SENTENCE_END

# after an organisation's name in its lead: its acronym in brackets, then a word in lower case
# (a verb: "(EFJ) strongly rejects", "(GFF) fordert", "(FEJ) dénonce"), not a conjunction
# a paragraph opened by an organisation's name, its acronym in brackets and the next word
_NAMED_ISSUER = re.compile(r"^(?:L['’]|(?:The|Der|Die|Das|La|Le|Les|El|Il|Lo|De|Het|Os|As|O|A)\s+)?"
                           r"(?P<name>[^\W\d_][^()\n]{2,80}?)\s*\((?P<acr>[^\W\d_]{2,8})\)\s+(?P<verb>[^\W\d_]+)")
_PUBLIC_BODIES = {"eu_institution", "intergovernmental", "government"}
_ISSUER_VERB = re.compile(r"\s*\(([^\W\d_]{2,8})\)\s+([^\W\d_]+)")
_CONJUNCTIONS = {"and", "or", "und", "oder", "et", "ou", "y", "o", "e", "en", "of", "i", "a", "og", "eller", "och", "ja",
                 "tai", "ir", "ar", "un", "és", "vagy", "și", "sau", "и", "или", "και", "ή", "u", "ta", "jew", "agus", "nó"}


def masthead_subject(text: str, head_lines: list[str]) -> bool:
    """The page's first line names an organisation that its lead then makes the subject of
    a verb ("European Federation of X" ... "The European Federation of X (EFX) rejects")."""
    first = head_lines[0] if head_lines else ""
    words = first.split()
    if not 2 <= len(words) <= 8 or not words[0][:1].isupper() or first.endswith((".", ":", "?", "!")):
        return False
    if any(c.isdigit() for c in first):
        return False
    at = text.find(first, len(first), 2500)
    if at < 0:
        return False
    after = text[at + len(first): at + len(first) + 40]
    return _issuer_verb(after)


def reaction_statement(head_lines: list[str], p: dict) -> bool:
    """In the first paragraphs, a sentence opened by a reaction word ("Responding to the
    vote, ...", "Zur Abstimmung erklärt ...") hands over with a colon to a quotation, and
    its speaker holds no public office."""
    for line in head_lines[:5]:
        for colon in HANDOVER.finditer(line):
            ends = [m.end() for m in SENTENCE_END.finditer(line, 0, colon.start()) if not m.group(1)[:1].isupper()]
            frame = line[ends[-1] if ends else 0 : colon.start()].lower()
            if len(frame.split()) > 60:
                continue
            opener = p["reaction_openers"].search(frame)
            if opener is None or opener.start() > 40:
                continue
            # the speaker follows what is reacted to: after the comma that closes the reaction
            # phrase ("Responding to X, the minister, Y, said"), or in the frame's last words
            # where no comma sets it off ("Zu X erklärt Y")
            speaker = frame.split(",", 1)[1] if "," in frame else " ".join(frame.split()[-5:])
            if not p["public_office_speakers"].search(speaker):
                return True
    return False


def issuer_release(lead: str, top: str, text: str, p: dict, body_chars: int) -> bool:
    """The first paragraph ``lead`` opens with an organisation's name, the acronym it gives
    itself and its verb, no time or saying tells it as news, the issuer is no public body,
    and the title or the text after the lead calls it by that acronym (or the title by its
    name's first word) again."""
    m = _NAMED_ISSUER.match(lead)
    if m is None:
        return False
    name, acronym, verb = m.group("name"), m.group("acr"), m.group("verb")
    if not acronym[:1].isupper() or sum(c.isupper() for c in acronym) < 2:
        return False
    if not verb[:1].islower() or verb in _CONJUNCTIONS:
        return False
    low = lead.lower()
    if p["reporting_verbs"].match(low, m.start("verb")) or p["weekday"].search(low) or p["time_deixis"].search(low):
        return False
    if p["public_office_speakers"].search(name.lower()) or any(
            named.kind in _PUBLIC_BODIES for named, _, _ in find_named(name)):
        return False
    after = text.find(lead) + m.end()
    if re.search(rf"(?<!\w){re.escape(acronym)}(?!\w)", f"{top}\n{text[after : after + body_chars]}"):
        return True
    head = name.split()[0]  # or the title names the issuer by its name's first word ("La Ligue salue ...")
    return len(head) >= 4 and head[:1].isupper() and bool(re.search(rf"(?<!\w){re.escape(head)}(?!\w)", top))


def _issuer_verb(after: str) -> bool:
    m = _ISSUER_VERB.match(after)
    return bool(m and m.group(1).isupper() and m.group(2)[:1].islower() and m.group(2) not in _CONJUNCTIONS)
