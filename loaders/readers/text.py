"""Plain text and Markdown in any encoding.

UTF-8 is tried first because it is by far the commonest and a strict decode is
cheap and unambiguous; only when it fails is charset-normalizer asked to guess, and
the guess is reported so a wrong one can be spotted downstream.
"""

from __future__ import annotations

import codecs
import re

from core.model import ExtractionError
from loaders.readers.base import RawDocument
from loaders.readers.detect import looks_like_markdown

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode_bytes(data: bytes, source: str) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ExtractionError when no encoding fits."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise ExtractionError(source, f"byte-order mark says {encoding} but decoding failed: {exc}") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    damaged = _damaged_utf8(data)
    if damaged is not None:
        return damaged
    from charset_normalizer import from_bytes  # slow import, only for non-UTF-8 files

    matches = list(from_bytes(data))
    if not matches:
        raise ExtractionError(source, "cannot determine the text encoding (binary file?)")
    least_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= least_chaos + 0.01]
    best = max(tied, key=lambda m: _alphabet_fit(str(m))) if len(tied) > 1 else tied[0]
    return str(best), best.encoding


_UTF8_SEQUENCE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _damaged_utf8(data: bytes) -> tuple[str, str] | None:
    """UTF-8 with a few invalid bytes (a damaged file, or a Latin-1 passage pasted in).

    Guessing a single-byte code page for the whole file turns every correct UTF-8
    character into mojibake ("•" became "ÔÇó", "Österreich" "Ã–sterreich") and loses the
    facts around them. When valid multi-byte UTF-8 sequences make up most of the non-ASCII
    bytes, the file is read as UTF-8 and only the invalid bytes become U+FFFD; the
    encoding says how many.
    """
    non_ascii = sum(1 for b in data if b >= 0x80)
    in_sequences = sum(len(m) for m in _UTF8_SEQUENCE.findall(data))
    if not non_ascii or in_sequences < 0.5 * non_ascii:
        return None
    text = data.decode("utf-8", errors="replace")
    return text, f"utf-8 ({text.count(chr(0xFFFD))} invalid byte sequences replaced)"


# Non-ASCII letters of each EU language. Single-byte code pages (cp1250, cp1252,
# cp1257...) often all decode a file "without chaos"; the right one is the one whose
# accented letters belong to the language the text is in ("à" in French, not "ŕ").
_ALPHABETS = {
    "bg": "абвгдежзийклмнопрстуфхцчшщъьюя", "hr": "čćđšž", "cs": "áčďéěíňóřšťúůýž", "da": "æøåé",
    "nl": "éëïöüèáó", "en": "é", "et": "äöõüšž", "fi": "äöåšž", "fr": "àâæçéèêëîïôœùûüÿ", "de": "äöüß",
    "el": "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋΐΰς", "hu": "áéíóöőúüű", "ga": "áéíóú", "it": "àèéìíîòóùú",
    "lv": "āčēģīķļņšūž", "lt": "ąčęėįšųūž", "mt": "ċġħżàèìòù", "pl": "ąćęłńóśźż", "pt": "áâãàçéêíóôõú",
    "ro": "ăâîșțşţ", "sk": "áäčďéíĺľňóôŕšťúýž", "sl": "čšžćđ", "es": "áéíñóúü", "sv": "åäöé",
}


def _alphabet_fit(text: str) -> float:
    """Share of the text's non-ASCII letters that belong to the alphabet of its language."""
    from loaders.lang import detect_language

    sample = text[:4000]
    lang, _ = detect_language(sample)
    letters = [ch for ch in sample.lower() if ch.isalpha() and not ch.isascii()]
    if not letters or lang is None:
        return 0.0
    alphabet = _ALPHABETS.get(lang, "")
    return sum(ch in alphabet for ch in letters) / len(letters)


def read_text(data: bytes, source: str) -> RawDocument:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        # NULs without a BOM: either BOM-less UTF-16 or a binary file.
        text, encoding = _decode_nul_bearing(data, source)
    else:
        text, encoding = decode_bytes(data, source)
    if not text.strip():
        raise ExtractionError(source, "empty document (no text)")
    if looks_like_markdown(text):
        return RawDocument(text=strip_markdown(text), format="markdown", encoding=encoding)
    return RawDocument(text=text, format="text", encoding=encoding)


_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.MULTILINE)
_MD_LINK = re.compile(r"!?\[([^\]\n]*)\]\([^)\n]*\)")
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_FENCE = re.compile(r"^ {0,3}(```|~~~).*$", re.MULTILINE)
_MD_RULE = re.compile(r"^ {0,3}([-*_])( ?\1){2,} *$", re.MULTILINE)


def strip_markdown(text: str) -> str:
    """Markdown syntax out, words in: headings lose their hashes, links keep their text,
    bold loses its stars. Lists stay (the normaliser turns them into "• " items) and so
    do paragraph breaks; quotes then point at the words a reader sees."""
    text = _MD_FENCE.sub("", text)
    text = _MD_RULE.sub("", text)
    text = _MD_HEADING.sub(lambda m: m.group(1), text)
    text = _MD_LINK.sub(lambda m: m.group(1), text)
    return _MD_EMPHASIS.sub(lambda m: m.group(2), text)


def _decode_nul_bearing(data: bytes, source: str) -> tuple[str, str]:
    text, encoding = decode_bytes(data, source)
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:2000])
    if "\x00" in text or printable < 0.9 * min(len(text), 2000):
        raise ExtractionError(source, "binary file: not text, HTML, PDF or DOCX")
    return text, encoding
