"""What may stand between a statement's heading and the sentence that names its parties,
and what that sentence may say, when it opens the text right under the heading.

A statement page often sets its date or place on a line of its own under the heading
("Tallinn, 3 May 2031"), opens its first sentence with the date ("On 3 May 2031, the
Prime Ministers of A and B met ...", "Am 3. Mai 2031 haben die Regierungen ..."), and tells
its parties' agreement in the past tense ("A and B reaffirmed ..."). Those three are read
only right under a heading that names a statement: in a news page they are how others
are reported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from loaders.rules.signing.vocabulary import signing_data, words

_DATE_LINE_WORDS = 8
_NUMBER = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")


def heading_above(text: str, start: int) -> str:
    """The line above ``start``, passing over blank lines and a date or place line (a line
    of at most eight words with a number in it, no sentence end). A sentence that starts
    inside a line has the text before it on that line instead, unless that is a date the
    sentence cutter took for a sentence ("Am 3." of "Am 3. Mai 2031 haben ...")."""
    before = text[max(0, start - 400) : start]
    lines = before.split("\n")
    partial = lines.pop().strip() if lines else ""  # the start of ``start``'s own line
    if partial and not (_NUMBER.search(partial) and len(_WORD.findall(partial)) <= 2):
        return partial  # a sentence inside a paragraph: the one before it is no heading
    while lines:
        line = lines.pop().strip()
        if not line:
            continue
        if _NUMBER.search(line) and len(_WORD.findall(line)) <= _DATE_LINE_WORDS and not line.endswith(".") and lines:
            continue  # "Tallinn, 3 May 2031", "03.05.2031"
        return line
    return ""


def date_line(text: str, start: int, end: int) -> bool:
    """``text[start:end]`` is a line holding a date or a place and date, nothing else."""
    line = text[start:end].strip()
    return bool(line) and "\n" not in line and _NUMBER.search(line) is not None and len(_WORD.findall(line)) <= _DATE_LINE_WORDS


# "On 3 May 2031, " / "Le 3 mai 2031, " / "Am 3. Mai 2031 haben " at a sentence's start:
# at most seven words with a number among them, closed by a comma, or (in the verb-second
# languages) by the auxiliary that puts the subject after it
_DATED = re.compile(r"\s*(?:[^\W\d_]+\.?\s+){0,3}\d[\w.]*(?:\s+[^\W\d_]+\.?|\s+\d[\w.]*){0,4}?\s*,\s*")
_V2_AUX = {
    "de": r"haben|hatten|sind|waren|hat|ist",
    "nl": r"hebben|zijn|heeft|is",
    "sv": r"har|hade",
    "da": r"har|havde",
}


@lru_cache(maxsize=None)
def _dated_v2(lang: str) -> re.Pattern[str] | None:
    aux = _V2_AUX.get(lang)
    if aux is None:
        return None
    return re.compile(rf"\s*(?:[^\W\d_]+\.?\s+){{0,3}}\d[\w.]*(?:\s+[^\W\d_]+\.?|\s+\d[\w.]*){{0,4}}?\s+(?:{aux})\s+", re.IGNORECASE)


def dated_opening(text: str, start: int, end: int, lang: str) -> int:
    """Where the sentence's subject starts once a date opening it is passed over, or ``start``."""
    for pattern in (_DATED, _dated_v2(lang)):
        m = pattern.match(text, start, end) if pattern is not None else None
        if m is not None and _NUMBER.search(m.group()):
            return m.end()
    return start


@lru_cache(maxsize=None)
def past_agreement(lang: str) -> re.Pattern[str] | None:
    """The language's verbs of agreeing in the past tense (``signing.yaml`` ``agreed``),
    after at most one other word ("have", "jointly"), never a negation."""
    spec = (signing_data().get("agreed") or {}).get(lang)
    if not spec:
        return None
    return re.compile(rf"[\s,]*(?:(?P<adverb>[^\W\d_]{{1,9}})\s+)?(?:{spec})(?![^\W\d_])", re.IGNORECASE)


def agreed_at(text: str, at: int, end: int, lang: str) -> re.Match[str] | None:
    pattern = past_agreement(lang)
    m = pattern.match(text, at, end) if pattern is not None else None
    if m is None:
        return None
    negation = words(lang).negation
    if m.group("adverb") and negation is not None and negation.fullmatch(m.group("adverb")):
        return None
    return m


_NEXT_WORD = re.compile(r"\s*([^\W\d_]+)")


def titles_a_statement(heading: str, lang: str) -> bool:
    """The heading is a statement's own title, not a headline: it opens with a statement word
    (after one word at most), and the word after that is a joiner ("of", "de", "der"), a
    subject word, the leaders' noun, a capitalised word, or nothing: "Joint declaration
    signed in Tallinn" is a headline."""
    from loaders.rules.signing.title import nothing_but_subject

    for code in (lang, "en"):
        w = words(code)
        m = w.promise.search(heading) if w.promise is not None else None
        if m is None or len(heading[: m.start()].split()) > 1:
            continue
        nxt = _NEXT_WORD.match(heading, m.end())
        if nxt is None or nothing_but_subject(heading, m.end(), len(heading), code):
            return True
        word = nxt.group(1)
        if word[:1].isupper() or len(word) <= 4 or (w.party_noun is not None and w.party_noun.match(word)):
            return True
        return False
    return False
