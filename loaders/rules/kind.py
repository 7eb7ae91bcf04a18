"""Document kind and a title guess, from structure already found by the other rules."""

from __future__ import annotations

import re

from loaders.model import Author, DocumentKind, Signatory

LEGAL_TITLE = re.compile(
    r"^\s*(?:(?:COMMISSION|COUNCIL)\s+(?:IMPLEMENTING\s+|DELEGATED\s+)?)?(?:REGULATION|DIRECTIVE|DECISION)\s*\((?:EU|EC|EEC|UE|CE)\)"
    r"[^\n]{0,40}\n?[^\n]{0,40}OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL",
    re.IGNORECASE | re.MULTILINE,
)
NEWS_CHROME = re.compile(r"(?:^|\n)\s*Home\s*[»>›/]|(?:^|\n)\s*News\s*(?:\n|$)|^[A-Z]{3,}(?:,\s*[A-Za-z]+)?\s+[-–—]\s", re.MULTILINE)
POSITION_PAPER = re.compile(r"\b(?:position paper|non-paper|working paper)\b", re.IGNORECASE)
GUIDELINE_TITLE = re.compile(r"\b(?:guidelines|guidance|lignes directrices|Leitlinien|wytyczne)\b", re.IGNORECASE)
_CHROME_LINE = re.compile(r"^(?:[•·▪\-–*]\s|.*[»›]|(?:E-?mail|Print|Share|Menu|News|Home|Search)$)", re.IGNORECASE)
_DATE_LINE = re.compile(r"^[\w,\s.]*\b(?:1[89]|20)\d{2}\s*$")


def title(text: str) -> str | None:
    """First heading-like line: not chrome, not a date, not a sentence; a short page tag
    ("NSO Group human rights") yields to a longer heading right after it."""
    candidates = []
    for line in text.split("\n")[:15]:
        line = line.strip()
        if not line or len(line) > 250 or _CHROME_LINE.match(line) or _DATE_LINE.match(line):
            continue
        if line.endswith((".", ";", ",")) and len(line.split()) > 12:
            break
        candidates.append(line)
    for c in candidates:
        if len(c.split()) >= 5:
            return c
    return candidates[0] if candidates else None


def kind(text: str, signatories: list[Signatory], authors: list[Author]) -> tuple[DocumentKind, float]:
    head = text[:1500]
    if any(s.evidence.extractor == "signatories.we_the_governments" for s in signatories):
        return "joint_statement", 0.9
    if LEGAL_TITLE.search(head):
        return "legal_act", 0.9
    if any(s.evidence.extractor == "signatories.from_header" for s in signatories):
        return "position_paper", 0.8
    t = title(text) or ""
    if POSITION_PAPER.search(t):
        return "position_paper", 0.7
    if any(a.evidence.extractor == "authors.said_today" for a in authors):
        return "ngo_statement", 0.85
    if NEWS_CHROME.search(head):
        return "news", 0.7
    if GUIDELINE_TITLE.search(t):
        return "guideline", 0.6
    return "other", 0.3
