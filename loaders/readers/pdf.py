"""PDF with a text layer, via pypdf.

Scanned PDFs (images only) are refused with "no text layer" rather than passed on as
an empty document: OCR is out of scope and an empty extraction would look like a
document that says nothing. Pages are joined with a blank line so the normaliser sees
page breaks the way it sees wrapped lines (it rejoins sentences across them).
Layout mode puts side-by-side columns on one line; multi-column PDFs are a known
weakness (a warning-worthy case, not yet detected).
"""

from __future__ import annotations

import io
import logging

from loaders.model import ExtractionError
from loaders.readers.base import RawDocument

logging.getLogger("pypdf").setLevel(logging.ERROR)  # pypdf warns on every odd xref; we report failures ourselves


def read_pdf(data: bytes, source: str) -> RawDocument:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and reader.decrypt("") == 0:
            raise ExtractionError(source, "encrypted PDF (password required)")
        pages = [_page_text(page) for page in reader.pages]
        title = _title(reader)
    except ExtractionError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, OSError, IndexError) as exc:
        raise ExtractionError(source, f"corrupt or unreadable PDF: {exc}") from exc
    if not any(p.strip() for p in pages):
        raise ExtractionError(source, f"no text layer (scanned PDF? {len(pages)} page(s), no extractable text)")
    return RawDocument(text="\n\n".join(pages), format="pdf", encoding=None, title=title)


def _page_text(page) -> str:
    """Layout mode keeps vertical gaps as blank lines, which is how paragraph breaks
    survive (plain mode runs a heading straight into the next paragraph)."""
    try:
        text = page.extract_text(extraction_mode="layout", layout_mode_space_vertically=True)
    except Exception:  # noqa: BLE001 - layout mode trips on odd fonts; plain mode still reads them
        text = page.extract_text()
    return text or ""


def _title(reader) -> str | None:
    try:
        meta = reader.metadata
    except Exception:  # noqa: BLE001 - broken info dictionaries are common and harmless
        return None
    title = (meta.title if meta else None) or None
    # Word processors stamp file names ("Microsoft Word - draft3.docx") as titles.
    if title and not title.lower().startswith(("microsoft word", "untitled")) and not title.endswith((".doc", ".docx", ".pdf")):
        return " ".join(title.split())
    return None
