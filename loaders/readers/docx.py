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

    list_styles = _list_style_ids(document)
    for block in document.iter_inner_content():
        if isinstance(block, Paragraph):
            text = block.text.strip()
            if text:
                yield f"• {text}" if _is_list_item(block, list_styles) else text
        elif isinstance(block, Table):
            for row in block.rows:
                cells = [c.text.strip() for c in row.cells if c.text.strip()]
                if cells:
                    yield " | ".join(dict.fromkeys(cells))  # merged cells repeat their text


def _list_style_ids(document) -> frozenset[str]:
    """Paragraph styles that number their paragraphs ("List Bullet" carries numPr in the style).

    Read once per document from the styles part: resolving ``paragraph.style`` per
    paragraph through python-docx costs more than the rest of the extraction.
    """
    ids = set()
    for style in document.styles.element.style_lst:
        ppr = style.pPr
        name = style.name_val or ""
        if (ppr is not None and ppr.numPr is not None) or name.startswith("List") and name != "List Paragraph":
            ids.add(style.styleId)
    return frozenset(ids)


def _is_list_item(paragraph, list_styles: frozenset[str]) -> bool:
    ppr = paragraph._p.pPr
    if ppr is None:
        return False
    if ppr.numPr is not None:
        return True
    return ppr.pStyle is not None and ppr.pStyle.val in list_styles
