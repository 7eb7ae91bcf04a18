"""The signing rules' words per language (loaders/data/signing.yaml), compiled once.

Labels ("Signed by:", "Supporters") and "undersigned" are read in every language at
once: a label followed by a list of parties is specific enough that the block's guessed
language need not be right. Verbs and reported-speech cues are read in the block's
language only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from loaders.names.resources import load_yaml


@dataclass(frozen=True)
class LanguageWords:
    agree: re.Pattern[str] | None
    met: re.Pattern[str] | None
    joined: re.Pattern[str] | None
    self_ref: re.Pattern[str] | None
    negation: re.Pattern[str] | None
    reported: re.Pattern[str] | None
    said: re.Pattern[str] | None
    said_when: re.Pattern[str] | None
    calls: re.Pattern[str] | None
    promise: re.Pattern[str] | None
    for_prefix: re.Pattern[str] | None
    party_noun: re.Pattern[str] | None  # "governments" or those who sign for a state ("prime ministers")
    excerpt: re.Pattern[str] | None = None  # "Excerpts from the" / "Full text of" before a statement's title
    portfolio: re.Pattern[str] | None = None  # "responsible for digital affairs" after the leaders' noun
    intro_self: re.Pattern[str] | None = None  # self words in a line introducing a list ("self" or "self_lines")


@dataclass(frozen=True)
class Labels:
    """A line that opens a list: which layout it names, where the label ends."""

    pattern: re.Pattern[str]
    anywhere: re.Pattern[str]  # the same labels inside a line ("... is endorsed by the following states:")
    layout: dict[str, str]  # casefolded label -> "signature_block" | "endorsement_list"


def _compile(spec: str | None) -> re.Pattern[str] | None:
    return re.compile(spec, re.IGNORECASE) if spec else None


@lru_cache(maxsize=1)
def signing_data() -> dict:
    return load_yaml("signing.yaml")


@lru_cache(maxsize=None)
def words(lang: str) -> LanguageWords:
    spec = signing_data()["languages"].get(lang, {})
    return LanguageWords(
        agree=_compile(spec.get("agree")),
        met=_compile(spec.get("met")),
        joined=_compile(spec.get("joined")),
        self_ref=_compile(spec.get("self")),
        negation=_compile(spec.get("not")),
        reported=_compile(spec.get("reported")),
        said=_compile(spec.get("said")),
        said_when=_compile(spec.get("said_when")),
        calls=_compile(spec.get("calls")),
        promise=_compile(spec.get("promise")),
        for_prefix=_compile(spec.get("for")),
        party_noun=_party_noun(lang, spec.get("leaders")),
        excerpt=_compile(spec.get("excerpt")),
        portfolio=_compile((signing_data().get("portfolio") or {}).get(lang)),
        intro_self=_compile(spec.get("self") or spec.get("self_lines")),
    )


def _party_noun(lang: str, leaders: str | None) -> re.Pattern[str] | None:
    from loaders.rules.cues import cues

    gov = cues(lang).governments
    parts = [f"(?:{gov.pattern})"] if gov else []
    if leaders:
        parts.append(rf"(?:{leaders})[^\W\d_]*")
    return re.compile("|".join(parts), re.IGNORECASE) if parts else None


@lru_cache(maxsize=1)
def labels() -> Labels:
    layout: dict[str, str] = {}
    for spec in signing_data()["languages"].values():
        for label in spec.get("signed", ()):
            layout.setdefault(str(label).casefold(), "signature_block")
        for label in spec.get("endorsed", ()):
            layout.setdefault(str(label).casefold(), "endorsement_list")
    alt = "|".join(re.escape(k) for k in sorted(layout, key=len, reverse=True))
    # the label starts a line (after an optional bullet or heading mark) and is followed by
    # a colon, or stands alone on its line
    # (or by a table that hard wrapping ran onto its line: "Supporters | Country | Date | | ...")
    # an aside in brackets may follow the label ("Signatories (in alphabetical order):")
    pattern = re.compile(rf"^[ \t#*•\-]*({alt})[ \t]*(?:\([^()\n]{{1,60}}\)[ \t]*)?(?::[ \t]*|(?=\n|$|\|))",
                         re.IGNORECASE | re.MULTILINE)
    anywhere = re.compile(rf"(?<!\w)({alt})(?!\w)", re.IGNORECASE)
    return Labels(pattern=pattern, anywhere=anywhere, layout=layout)


@lru_cache(maxsize=1)
def undersigned() -> re.Pattern[str]:
    alts = [spec["undersigned"] for spec in signing_data()["languages"].values() if spec.get("undersigned")]
    return re.compile("|".join(f"(?:{a})" for a in alts), re.IGNORECASE)


@lru_cache(maxsize=1)
def _undersigned_heads() -> tuple[str, ...]:
    """The literal letters each "undersigned" alternative starts with, for a plain
    substring test before the regex (most documents hold none of them)."""
    heads = []
    for spec in signing_data()["languages"].values():
        for alt in re.split(r"\|(?![^(]*\))", spec.get("undersigned", "")):
            lead = re.match(r"(?:\\b)?([^\W\d_]+)", alt)
            if lead:
                heads.append(lead.group(1).casefold())
    return tuple(sorted(set(heads)))


def find_undersigned(lower: str, text: str, end: int = 4000) -> re.Match[str] | None:
    """The first "undersigned" word in ``text[:end]``; ``lower`` is the text casefolded."""
    head = lower[:end]
    if not any(h in head for h in _undersigned_heads()):
        return None
    return undersigned().search(text, 0, end)


@lru_cache(maxsize=1)
def categories() -> dict[str, str]:
    """Sub-heading of a supporters list (casefolded) -> the kind of party under it."""
    out: dict[str, str] = {}
    for kind, names in signing_data()["categories"].items():
        for n in names:
            out.setdefault(str(n).casefold(), kind)
    return out


@lru_cache(maxsize=1)
def org_markers() -> dict[str, str]:
    """Word -> organisation kind, for names no registry holds ("... Foundation", "... GmbH")."""
    out: dict[str, str] = {}
    for kind, names in signing_data()["org_markers"].items():
        for n in names:
            out.setdefault(str(n), kind)
    return out


@lru_cache(maxsize=1)
def for_prefixes() -> tuple[re.Pattern[str], ...]:
    return tuple(p for p in (words(lang).for_prefix for lang in signing_data()["languages"]) if p)


@lru_cache(maxsize=1)
def label_heads() -> frozenset[str]:
    """The first two letters (casefolded) of every label, to skip lines that open with no label."""
    return frozenset(k[:2] for k in labels().layout)


@lru_cache(maxsize=1)
def _heading_stems() -> tuple[re.Pattern[str], dict[str, str]]:
    layout: dict[str, str] = {}
    for spec in (signing_data().get("heading_stems") or {}).values():
        for stem in spec.get("signed", ()):
            layout.setdefault(str(stem).casefold(), "signature_block")
        for stem in spec.get("endorsed", ()):
            layout.setdefault(str(stem).casefold(), "endorsement_list")
    alt = "|".join(re.escape(k) for k in sorted(layout, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])({alt})", re.IGNORECASE), layout


_HEADING_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
HEADING_WORDS = 4
_NOT_HEADING = re.compile(r"[\d.,;:!?()|]")


def heading_at(text: str, start: int, end: int) -> str | None:
    """The layout a short heading line names by a word of signing or endorsing in any
    language ("Signatory countries", "Pays signataires:", "Aláíró országok"), or None.

    Only a line of at most four words, no digits, and nothing after an optional colon:
    a sentence that mentions signing is no heading."""
    if end - start > 72:
        return None
    line = text[start:end].strip(" \t#*•-")
    if line.endswith(":"):
        line = line[:-1].rstrip()
    if not line or len(line) > 60 or not line[0].isupper() or _NOT_HEADING.search(line):
        return None
    if len(_HEADING_WORD.findall(line)) > HEADING_WORDS:
        return None
    pattern, layout = _heading_stems()
    m = pattern.search(line)
    return layout[m.group(1).casefold()] if m else None


def stem_in(text: str, start: int, end: int) -> str | None:
    """The layout named by the first word of signing or endorsing in ``text[start:end]``."""
    pattern, layout = _heading_stems()
    m = pattern.search(text, start, end)
    return layout[m.group(1).casefold()] if m else None


def stem_match(text: str, start: int, end: int) -> re.Match[str] | None:
    """The first word of signing or endorsing in ``text[start:end]`` (its stem)."""
    return _heading_stems()[0].search(text, start, end)


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, computed once per document by the signing rules."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def label_at(text: str, start: int, end: int) -> re.Match[str] | None:
    """The label opening the line ``text[start:end]``, if any (cheap for lines without one)."""
    i = start
    while i < end and text[i] in " \t#*•-":
        i += 1
    if text[i : i + 2].casefold() not in label_heads():
        return None
    return labels().pattern.match(text, start, min(len(text), end + 1))
