"""DOCX via python-docx: paragraphs and list items in document order.

List items (Word numbering or a "List" style) are written with a leading "• " so the
normaliser and the rules see the same list structure as in any other format. Tables
are read row by row after the body paragraphs that precede them.
"""

from __future__ import annotations

import io
import zipfile

from loaders.model import ExtractionError
from loaders.readers.base import RawDocument


def read_docx(data: bytes, source: str) -> RawDocument:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
        lines = list(_body_lines(document))
        title = (document.core_properties.title or "").strip() or None
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError, OSError) as exc:
        raise ExtractionError(source, f"corrupt or truncated DOCX: {exc or type(exc).__name__}") from exc
    except Exception as exc:  # lxml raises XMLSyntaxError subclasses from deep inside python-docx
        raise ExtractionError(source, f"corrupt DOCX: {type(exc).__name__}: {exc}") from exc
    if not any(line.strip() for line in lines):
        raise ExtractionError(source, "DOCX has no text")
    return RawDocument(text="\n".join(lines), format="docx", encoding=None, title=title)


def _body_lines(document):
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if text:
                yield f"• {text}" if _is_list_item(block) else text
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    yield " | ".join(dict.fromkeys(cells))  # merged cells repeat their text


def _is_list_item(paragraph) -> bool:
    ppr = paragraph._p.pPr
    if ppr is not None and ppr.numPr is not None:
        return True
    style = paragraph.style.name if paragraph.style is not None else ""
    return style.startswith("List")
