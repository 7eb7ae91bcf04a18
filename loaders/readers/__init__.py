"""Readers: bytes in, :class:`RawDocument` out, one module per container format.

:func:`read_bytes` is the single entry point; the format is detected from content
(:mod:`loaders.readers.detect`), never from the file name.
"""

from __future__ import annotations

from core.model import ExtractionError
from loaders.readers.base import RawDocument
from loaders.readers.detect import detect_format

__all__ = ["RawDocument", "read_bytes"]


def read_bytes(data: bytes, source: str) -> RawDocument:
    """Decode one file's bytes; raise ExtractionError naming ``source`` on any failure."""
    if not data:
        raise ExtractionError(source, "empty file")
    fmt = detect_format(data)
    try:
        return _read(fmt, data, source)
    except ExtractionError:
        raise
    except Exception as exc:  # third-party parsers raise anything on hostile input
        raise ExtractionError(source, f"{fmt} reader failed: {type(exc).__name__}: {exc}") from exc


def _read(fmt: str, data: bytes, source: str) -> RawDocument:
    if fmt == "pdf":
        from loaders.readers.pdf import read_pdf

        return read_pdf(data, source)
    if fmt == "docx":
        from loaders.readers.docx import read_docx

        return read_docx(data, source)
    if fmt == "zip":
        raise ExtractionError(source, "ZIP archive that is not a DOCX (no word/document.xml)")
    if fmt == "html":
        from loaders.readers.html import read_html

        return read_html(data, source)
    from loaders.readers.text import read_text

    return read_text(data, source)
