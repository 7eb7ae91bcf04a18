"""Marks of a text's shape that read the same in every language: document numbers (the
Council's, the Commission's, the European Parliament's, EUR-Lex's), quotations, sentence
stops, numbered paragraphs and reference marks, and where a paragraph begins. Kept apart
from :mod:`loaders.rules.kind_signals`, which asks them, so that each mark is one pattern."""

from __future__ import annotations

import re

BODY_CHARS = 3000  # the opening, where a text shows how it speaks (calls, "we", reported speech)

# Council documents: "WK 1234/2018 INIT", "ST 5678/19", "Interinstitutional File: 2016/0295 (COD)"
COUNCIL_NUMBER = re.compile(r"(?<![\w/])(?:WK|ST)\s?\d{3,5}/\d{2,4}\b|\b\d{4}/\d{4}\s?\((?:COD|NLE|CNS|APP|SYN|AVC)\)")
# a Commission document's number: "COM(2016) 616 final", "SWD(2031) 118 final", "KOM (2005) 87"
COM_NUMBER = re.compile(r"\b(?:COM|KOM|SWD|JOIN)\s?\(\d{4}\)\s?\d{1,4}")
# EUR-Lex's own page furniture: "Document 32031H0077", "ELI: http://data.europa.eu/eli/reco/2031/77/oj"
EURLEX_MARK = re.compile(r"\bDocument\s+[1-9CE]\d{4}[A-Z]{1,2}\d{4}\b|\bELI\s*:\s*https?://data\.europa\.eu/eli/")

# the European Parliament's numbers of a question ("E-001234/2023", "P-1234/07") and of its
# session documents ("A9-0123/2023" a report, "B9-0456/2023" a motion): the same in every language
EP_QUESTION = re.compile(r"(?<![\w/-])(?:[EPO]-\d{4,6}/\d{2,4}|[AB][5-9]-\d{4}/\d{4})(?![\w/])")
# the same numbers as the question's own heading writes them since 2009 ("E-001234/2023"):
# six digits and the full year, the narrower form the author rule anchors a question on
EP_QUESTION_CODE = re.compile(r"(?<![\w-])[EOP]-\d{6}/\d{4}\b")

SECTION_SIGN = re.compile(r"§\s?\d")
# a sentence's stop: a paragraph holds one, a heading none
SENTENCE_STOP = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")
# a colon handing over to a quotation, on the same line or closing it (the quote follows below)
# a sentence's end: its last word and a stop, then a letter; a capitalised last word is taken
# for an abbreviation of a title or a name ("Prof.", "Dr.") and ends nothing
SENTENCE_END = re.compile(r"([^\W\d_]{3,})[.!?]\s+(?=[^\W\d_])")
HANDOVER = re.compile(r':\s*(?:[„“"«‘‚]|$)')
LINE_START = re.compile(r"(?:^|(?<=\n))[ \t•·▪*|\-–]*(?=\S)")
REFERENCE_MARK = re.compile(r"(?<=[^\s\d])\[\d{1,3}\]")
QUOTE = re.compile(r"[\"“„«»‘’][^\"“”„«»\n]{20,300}[\"”“«»’]")
# numbered paragraphs: "1. ...", "• 2. ...", "«3. ..."
NUMBERED = re.compile(r"^[ \t•·▪*\-–«\"“„]*(\d{1,2})[.)]\s+\S", re.MULTILINE)


def label_at(text: str, at: int) -> bool:
    """Nothing but bullets, a number, or a field separator before ``at`` on its line."""
    before = text[text.rfind("\n", 0, at) + 1 : at]
    return not before.strip(" \t•·▪*|-–0123456789.") or before.rstrip().endswith((":", "|", ")", "]"))


def is_paragraph(line: str) -> bool:
    """A line that is a paragraph, not a heading: 25 words, or a sentence's stop in more than six."""
    return len(line.split()) >= 25 or (len(line.split()) > 6 and bool(SENTENCE_STOP.search(line)))


def first_paragraph(lines: list[str]) -> str:
    """The first of the first twelve lines that is a paragraph."""
    for line in lines[:12]:
        if is_paragraph(line):
            return line
    return ""


def lead_heading(lines: list[str]) -> str:
    """The heading right above the first paragraph: a page's title below its masthead and
    navigation ("Ministry of ... / Home / News / <title> / <first paragraph>")."""
    previous = ""
    for line in lines[:12]:
        if is_paragraph(line):
            return previous
        if len(line) <= 150 and not line.endswith((".", ",", ";", ":")):
            previous = line
    return ""
