"""DOCX: paragraphs, list items and tables in document order, read from the XML itself.

``word/document.xml`` is parsed once with lxml and walked directly: python-docx built
an object per paragraph, run and style lookup and cost ~20 ms for a 5 KB document; the
walk costs about one. List items (Word numbering on the paragraph, or a paragraph style
that numbers or is a "List" style) are written with a leading "• " so the normaliser
and the rules see the same list structure as in any other format. A table row becomes
one line, its cells joined with " | ". Content controls (``w:sdt``: cover pages, form
fields) are read like the body; a table of contents is not, it only repeats headings.
Text deleted in tracked changes, comments and text boxes are not part of the body text.
"""

from __future__ import annotations

import re
import zipfile

from lxml import etree

from core.model import ExtractionError
from loaders.readers.archive import ArchiveRefused, open_archive, read_part
from loaders.readers.base import RawDocument

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_DC = "http://purl.org/dc/elements/1.1/"
_NS = {"w": _W}


def _w(name: str) -> str:
    return f"{{{_W}}}{name}"


_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _R = (_w(n) for n in ("p", "tbl", "tr", "tc", "sdt", "sdtContent", "r"))
# Containers whose runs belong to the paragraph's text (a hyperlink's words are words).
_RUN_CONTAINERS = frozenset(_w(n) for n in ("hyperlink", "ins", "smartTag", "customXml", "fldSimple", "sdt", "sdtContent", "moveTo"))
_RUN_TEXT = {_w("t"): None, _w("tab"): "\t", _w("ptab"): "\t", _w("noBreakHyphen"): "-", _w("cr"): "\n"}
_BR = _w("br")


def read_docx(data: bytes, source: str) -> RawDocument:
    try:
        with open_archive(data) as archive:
            body = _part(archive, "word/document.xml", required=True)
            core = _part(archive, "docProps/core.xml")
            list_styles = _list_styles(archive, _styled_paragraphs(body))
    except ArchiveRefused as exc:
        raise ExtractionError(source, f"DOCX refused: {exc}") from exc
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError, OSError, zipfile.LargeZipFile) as exc:
        raise ExtractionError(source, f"corrupt or truncated DOCX: {exc or type(exc).__name__}") from exc
    except etree.XMLSyntaxError as exc:
        raise ExtractionError(source, f"corrupt DOCX: XMLSyntaxError: {exc}") from exc
    root = body.find(_w("body"))
    lines = list(body_lines(root if root is not None else body, list_styles))
    if not any(line.strip() for line in lines):
        raise ExtractionError(source, "DOCX has no text")
    return RawDocument(text="\n".join(lines), format="docx", encoding=None, title=_core_title(core))


def _part(archive: zipfile.ZipFile, name: str, *, required: bool = False):
    """One XML part, parsed without entities or network (a DOCX is untrusted input)."""
    try:
        info = archive.getinfo(name)
    except KeyError:
        if required:
            raise KeyError(f"no {name} in the archive") from None
        return None
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True, remove_pis=True)
    return etree.fromstring(read_part(archive, info), parser)


def body_lines(container, list_styles: frozenset[str]):
    """Lines of a body (or content control) in document order: paragraphs, then table rows."""
    for child in container:
        tag = child.tag
        if tag == _P:
            text = paragraph_text(child).strip()
            if text:
                yield f"• {text}" if _is_list_item(child, list_styles) else text
        elif tag == _TBL:
            yield from _table_lines(child, list_styles)
        elif tag == _SDT and not _is_table_of_contents(child):
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from body_lines(content, list_styles)


def paragraph_text(paragraph) -> str:
    """The paragraph's visible text: its runs, including those inside hyperlinks and insertions."""
    parts: list[str] = []
    _collect_runs(paragraph, parts)
    return "".join(parts)


def _collect_runs(element, parts: list[str]) -> None:
    for child in element:
        if child.tag == _R:
            for piece in child:
                tag = piece.tag
                if tag in _RUN_TEXT:
                    fixed = _RUN_TEXT[tag]
                    parts.append((piece.text or "") if fixed is None else fixed)
                elif tag == _BR:
                    # A line break is a new line; a page or column break is not text.
                    if piece.get(_w("type"), "textWrapping") == "textWrapping":
                        parts.append("\n")
        elif child.tag in _RUN_CONTAINERS:
            _collect_runs(child, parts)


def _table_lines(table, list_styles: frozenset[str]):
    """One line per row, cells joined with " | "; a cell merged across columns counts once."""
    for row in table.iter(_TR):
        if _enclosing_table(row) is not table:
            continue  # a row of a table nested in a cell: its words are not this row's
        cells = []
        for cell in row.iterchildren(_TC):
            text = "\n".join(paragraph_text(p).strip() for p in cell.iterchildren(_P)).strip()
            if text:
                cells.append(text)
        if cells:
            yield " | ".join(dict.fromkeys(cells))


def _enclosing_table(row):
    parent = row.getparent()
    while parent is not None and parent.tag != _TBL:
        parent = parent.getparent()
    return parent


def _is_table_of_contents(sdt) -> bool:
    gallery = sdt.find("w:sdtPr/w:docPartObj/w:docPartGallery", _NS)
    return gallery is not None and "contents" in (gallery.get(_w("val")) or "").lower()


def _styled_paragraphs(body) -> frozenset[str]:
    """Style ids of paragraphs that have a style but no numbering of their own."""
    ids = set()
    for ppr in body.iter(_w("pPr")):
        style = ppr.find(_w("pStyle"))
        if style is not None and ppr.find(_w("numPr")) is None:
            ids.add(style.get(_w("val")))
    return frozenset(ids)


def _list_styles(archive: zipfile.ZipFile, wanted: frozenset[str]) -> frozenset[str]:
    """Which of the ``wanted`` paragraph styles make list items.

    A style is a list style when it numbers its paragraphs (``numPr``, as "List Bullet"
    does), is named "List…" (but not the neutral "List Paragraph"), or is based on one.
    The styles part of Word's own template is 350 KB and parsing it cost more than the
    whole rest of the document, so only the wanted styles' own XML is looked at
    (:func:`style_is_list`), and the answer is cached per styles part and question.
    """
    if not wanted:
        return frozenset()
    try:
        info = archive.getinfo("word/styles.xml")
    except KeyError:
        return frozenset()
    key = (info.CRC, info.file_size, wanted)
    if key not in _STYLE_CACHE:
        if len(_STYLE_CACHE) > 256:
            _STYLE_CACHE.clear()
        xml = read_part(archive, info)
        _STYLE_CACHE[key] = frozenset(s for s in wanted if style_is_list(xml, s))
    return _STYLE_CACHE[key]


_STYLE_CACHE: dict[tuple, frozenset[str]] = {}
_W_PREFIX = f'xmlns:w="{_W}"'.encode()


def style_is_list(styles_xml: bytes, style_id: str, depth: int = 0) -> bool:
    """Whether ``style_id`` in a styles part makes list items (see :func:`_list_styles`).

    Word writes the main namespace as ``w:``; then the style's own element is found by
    a byte search. Any other prefix falls back to parsing the whole part.
    """
    if _W_PREFIX not in styles_xml[:4096]:
        return _style_is_list_parsed(styles_xml, style_id)
    found = re.search(rb"""w:styleId=["']""" + re.escape(style_id.encode()) + rb"""["']""", styles_xml)
    if found is None:
        return False
    start = styles_xml.rfind(b"<w:style ", 0, found.start())
    end = styles_xml.find(b"</w:style>", found.end())
    block = styles_xml[start : end if end >= 0 else len(styles_xml)]
    name = _STYLE_NAME.search(block)
    if b"<w:numPr" in block or (name and _is_list_name(name.group(1).decode("utf-8", "replace"))):
        return True
    based_on = _BASED_ON.search(block)
    return bool(based_on) and depth < 5 and style_is_list(styles_xml, based_on.group(1).decode("utf-8", "replace"), depth + 1)


_STYLE_NAME = re.compile(rb"""<w:name w:val=["']([^"']*)["']""")
_BASED_ON = re.compile(rb"""<w:basedOn w:val=["']([^"']*)["']""")


def _is_list_name(name: str) -> bool:
    return name.startswith("List") and name != "List Paragraph"


def _style_is_list_parsed(styles_xml: bytes, style_id: str, depth: int = 0) -> bool:
    parser = etree.XMLParser(resolve_entities=False, no_network=True)
    root = etree.fromstring(styles_xml, parser)
    styles = {s.get(_w("styleId")): s for s in root.iterchildren(_w("style"))}
    for _ in range(6):
        style = styles.get(style_id)
        if style is None:
            return False
        name = style.find(_w("name"))
        if style.find("w:pPr/w:numPr", _NS) is not None or (name is not None and _is_list_name(name.get(_w("val"), ""))):
            return True
        based_on = style.find(_w("basedOn"))
        if based_on is None:
            return False
        style_id = based_on.get(_w("val"))
    return False


def _is_list_item(paragraph, list_styles: frozenset[str]) -> bool:
    ppr = paragraph.find(_w("pPr"))
    if ppr is None:
        return False
    num = ppr.find(_w("numPr"))
    if num is not None:
        num_id = num.find(_w("numId"))
        # numId 0 is Word's way of switching a style's numbering off for one paragraph.
        return num_id is None or num_id.get(_w("val")) != "0"
    style = ppr.find(_w("pStyle"))
    return style is not None and style.get(_w("val")) in list_styles


def _core_title(core) -> str | None:
    if core is None:
        return None
    title = core.find(f"{{{_DC}}}title")
    text = " ".join((title.text or "").split()) if title is not None else ""
    return text or None
