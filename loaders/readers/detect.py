"""Format detection by content, never by extension.

Files arrive renamed, as uploads, or with no suffix at all; the bytes are the only
reliable witness. Order matters: PDF and ZIP have magic numbers, HTML needs sniffing,
everything else is text.
"""

from __future__ import annotations

import io
import re
import zipfile

from typing import Literal

Detected = Literal["text", "html", "pdf", "docx", "zip"]

_HTML_SNIFF = re.compile(
    rb"<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta\s|<title>|<article[\s>]|<div[\s>]|<p>",
    re.IGNORECASE,
)
_MARKDOWN_SNIFF = re.compile(r"^(#{1,6} \S|\s*[-*+] \S|```|\[[^\]]+\]\([^)]+\))", re.MULTILINE)


def detect_format(data: bytes) -> Detected:
    """Guess the container format from the leading bytes (and the zip directory for DOCX).

    ``zip`` is a ZIP archive that is not a word-processing document: unsupported, and
    the caller says so rather than decoding binary as text.
    """
    head = data[:1024]
    if head.lstrip(b"\x00\t\r\n ").startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK\x03\x04") or head.startswith(b"PK\x05\x06"):
        return "docx" if _is_docx(data) else "zip"
    if _looks_like_html(data[:4096]):
        return "html"
    return "text"


def looks_like_markdown(text: str) -> bool:
    """Markdown is text with a few tell-tale constructs near the top (headings, fences, links)."""
    return len(_MARKDOWN_SNIFF.findall(text[:4000])) >= 2


def _is_docx(data: bytes) -> bool:
    from loaders.readers.archive import ArchiveRefused, check_directory

    try:
        check_directory(data)  # a directory of a million entries is not parsed just to look for one name
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "word/document.xml" in zf.namelist()
    except (zipfile.BadZipFile, OSError, EOFError, ArchiveRefused):
        # A truncated zip whose local header still names word/ is a broken DOCX, not text.
        return b"word/" in data[:4096]


def _looks_like_html(head: bytes) -> bool:
    # UTF-16 HTML is rare enough to sniff after a cheap decode of the BOM case only.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            head = head.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            return False
    return len(_HTML_SNIFF.findall(head)) >= 2 or head.lstrip().lower().startswith((b"<!doctype html", b"<html"))
