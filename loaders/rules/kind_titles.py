"""What a title line says about its document's kind: a head word of a kind in a title, a
guidance title after the names of its authors. Read by kind_signals.py."""

from __future__ import annotations

import re


def guidance_title(line: str, pattern: re.Pattern) -> bool:
    """The title opens with a guidance word, after at most two words naming its author
    ("Guidelines on ...", "Commission Recommendation ..."), or four capitalised ones ("Pall
    Mall Process Code of Practice for States"), not after a label ("Note: ...")."""
    low = line.lower()
    for k, word in enumerate(re.finditer(r"\S+", line)):
        if k > 4:
            return False
        if pattern.match(low, word.start()):
            return True
        if not word.group().isalpha() or (k >= 2 and not word.group()[:1].isupper()):
            return False
    return False


def title_heads(line: str, pattern: re.Pattern) -> bool:
    """The phrase heads the line (after at most four capitalised words naming an author),
    closes it, or follows a separator; a line that is a sentence heads nothing."""
    if line.rstrip().endswith(".") and len(line.split()) > 6:
        return False
    low = line.lower()
    for m in pattern.finditer(low, 0, 160):
        before = line[: m.start()].split()
        if len(before) > 4:
            break
        if all(w[:1].isupper() or not w[:1].isalpha() for w in before):
            return True
    return titled(low, pattern)


_SEPARATOR = re.compile(r"\s[-–—|:]\s|:\s")


def titled(line: str, pattern: re.Pattern) -> bool:
    """The heading names itself so: the phrase opens or closes it, or opens the part after a
    separator ("Summit - final declaration"), as a title does; a headline that reports
    on a statement names it mid-sentence ("Eleven states sign joint statement on ...")."""
    if not line:
        return False
    if pattern.match(line):
        return True
    for m in pattern.finditer(line):
        if m.end() == len(line.rstrip(" .:")) or _SEPARATOR.search(line[max(0, m.start() - 3) : m.start()]):
            return True
    return False
