"""DOCX: paragraphs and list items in order; a broken file is a clear error."""

from __future__ import annotations

import pytest

from core.model import ExtractionError
from loaders.readers import read_bytes


def test_paragraphs_and_list_items_come_in_document_order(docx_bytes, statement_en):
    data = docx_bytes([statement_en, "We commit to:"], bullets=["preventing exports;", "sharing information."])
    raw = read_bytes(data, "s.docx")
    assert raw.format == "docx"
    assert raw.text.split("\n") == [statement_en, "We commit to:", "• preventing exports;", "• sharing information."]


def test_core_properties_title_is_captured(docx_bytes):
    raw = read_bytes(docx_bytes(["Body text of the statement."], title="Joint statement"), "s.docx")
    assert raw.title == "Joint statement"


def test_truncated_docx_is_an_extraction_error_naming_the_file(docx_bytes):
    data = docx_bytes(["Some text."])
    with pytest.raises(ExtractionError) as err:
        read_bytes(data[: len(data) // 2], "broken.docx")
    assert err.value.source == "broken.docx"
    assert "DOCX" in err.value.reason


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: str, styles: str | None = None, *, prefix: str = "w") -> bytes:
    """A minimal DOCX written by hand: ``body`` is the XML inside <w:body> (with ``w:`` prefixes)."""
    import io
    import zipfile

    def ns(xml: str) -> str:
        return xml.replace("<w:", f"<{prefix}:").replace("</w:", f"</{prefix}:").replace(" w:", f" {prefix}:")

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", f'<{prefix}:document xmlns:{prefix}="{W_NS}">{ns(f"<w:body>{body}</w:body>")}'
                                              f"</{prefix}:document>")
        if styles is not None:
            archive.writestr("word/styles.xml", f'<{prefix}:styles xmlns:{prefix}="{W_NS}">{ns(styles)}</{prefix}:styles>')
    return buffer.getvalue()


def _p(text: str, ppr: str = "") -> str:
    return f"<w:p>{f'<w:pPr>{ppr}</w:pPr>' if ppr else ''}<w:r><w:t xml:space='preserve'>{text}</w:t></w:r></w:p>"


NUMBERED = "<w:numPr><w:ilvl w:val='0'/><w:numId w:val='3'/></w:numPr>"
STYLES = (
    "<w:style w:type='paragraph' w:styleId='Bullets'><w:name w:val='My bullets'/>"
    "<w:pPr><w:numPr><w:numId w:val='5'/></w:numPr></w:pPr></w:style>"
    "<w:style w:type='paragraph' w:styleId='Pledge'><w:name w:val='Pledge'/><w:basedOn w:val='ListNumber'/></w:style>"
    "<w:style w:type='paragraph' w:styleId='ListNumber'><w:name w:val='List Number'/></w:style>"
    "<w:style w:type='paragraph' w:styleId='ListParagraph'><w:name w:val='List Paragraph'/></w:style>"
)


def test_list_items_from_paragraph_numbering_and_from_list_styles():
    body = (_p("We commit to:") + _p("numbered on the paragraph;", NUMBERED) + _p("by a numbering style;", "<w:pStyle w:val='Bullets'/>")
            + _p("by a style based on List Number;", "<w:pStyle w:val='Pledge'/>")
            + _p("List Paragraph alone is not a list.", "<w:pStyle w:val='ListParagraph'/>")
            + _p("Numbering switched off.", "<w:numPr><w:numId w:val='0'/></w:numPr>"))
    for prefix in ("w", "wx"):  # Word writes w:, other tools any prefix
        raw = read_bytes(_docx(body, STYLES, prefix=prefix), "l.docx")
        assert raw.text.split("\n") == ["We commit to:", "• numbered on the paragraph;", "• by a numbering style;",
                                        "• by a style based on List Number;", "List Paragraph alone is not a list.",
                                        "Numbering switched off."]


def test_runs_in_hyperlinks_and_insertions_count_and_deleted_text_does_not():
    body = ("<w:p><w:r><w:t>Read the </w:t></w:r><w:hyperlink><w:r><w:t>joint statement</w:t></w:r></w:hyperlink>"
            "<w:del><w:r><w:delText>draft </w:delText></w:r></w:del><w:ins><w:r><w:t> of 2024</w:t></w:r></w:ins>"
            "<w:r><w:tab/><w:t>now</w:t><w:br/><w:t>second line</w:t><w:br w:type='page'/></w:r></w:p>")
    assert read_bytes(_docx(body), "h.docx").text == "Read the joint statement of 2024\tnow\nsecond line"


def test_tables_give_one_line_per_row_and_content_controls_are_read():
    cell = "<w:tc><w:p><w:r><w:t>{}</w:t></w:r></w:p></w:tc>"
    table = ("<w:tbl>" + "".join("<w:tr>" + "".join(cell.format(c) for c in row) + "</w:tr>"
                                 for row in (("State", "Signed"), ("Finland", "2024"), ("", "")))
             + "</w:tbl>")
    cover = f"<w:sdt><w:sdtPr/><w:sdtContent>{_p('Joint Statement on Spyware')}</w:sdtContent></w:sdt>"
    toc = ("<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val='Table of Contents'/></w:docPartObj></w:sdtPr>"
           f"<w:sdtContent>{_p('Introduction 3')}</w:sdtContent></w:sdt>")
    raw = read_bytes(_docx(cover + toc + _p("Body.") + table), "t.docx")
    assert raw.text.split("\n") == ["Joint Statement on Spyware", "Body.", "State | Signed", "Finland | 2024"]


def test_docx_without_text_and_zip_bombs_are_refused(monkeypatch):
    from loaders.readers import archive as archive_limits

    with pytest.raises(ExtractionError, match="no text"):
        read_bytes(_docx(_p("   ")), "empty.docx")
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<a>" + b" " * 4096 + b"</a>")
    monkeypatch.setattr(archive_limits, "MAX_PART_BYTES", 1024)  # the real limit is 64 MB
    with pytest.raises(ExtractionError, match="inflates"):
        read_bytes(buffer.getvalue(), "bomb.docx")


def test_broken_xml_is_an_extraction_error():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", "<w:document><w:body><w:p>")
    with pytest.raises(ExtractionError, match="corrupt DOCX"):
        read_bytes(buffer.getvalue(), "bad.docx")


# --- archive bombs: refused from what they declare, in well under a second and 100 MB -------

_BOMB_PARAGRAPH = f'<w:p><w:r><w:t>{"We commit to reading archives with care. " * 4}</w:t></w:r></w:p>'.encode()


def _bomb(inflated: int) -> bytes:
    """A DOCX whose word/document.xml inflates to ``inflated`` bytes of repeated paragraphs (written in chunks)."""
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("word/document.xml", "w", force_zip64=False) as part:
            part.write(f'<w:document xmlns:w="{W_NS}"><w:body>'.encode())
            block = _BOMB_PARAGRAPH * (1024 * 1024 // len(_BOMB_PARAGRAPH))
            written = 0
            while written < inflated:
                part.write(block)
                written += len(block)
            part.write(b"</w:body></w:document>")
    return buffer.getvalue()


def _refusal(data: bytes, name: str) -> tuple[str, float, float]:
    """The reason, seconds and peak MB of Python allocations of reading ``data``, which must be refused."""
    import time
    import tracemalloc

    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ExtractionError) as err:
            read_bytes(data, name)
        seconds = time.perf_counter() - started
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    assert err.value.source == name
    return err.value.reason, seconds, peak


@pytest.fixture(scope="module")
def bomb_190mb() -> bytes:
    return _bomb(190 * 1024 * 1024)


def test_a_docx_bomb_is_refused_from_its_declared_size_in_under_a_second(bomb_190mb):
    assert len(bomb_190mb) < 2 * 1024 * 1024  # hundreds of KB on disk
    reason, seconds, peak = _refusal(bomb_190mb, "bomb.docx")
    assert "word/document.xml inflates to" in reason and "limit" in reason
    assert seconds < 1.0 and peak < 100, (seconds, peak)


def test_a_docx_bomb_under_the_size_limit_is_refused_by_its_compression_ratio():
    reason, seconds, peak = _refusal(_bomb(40 * 1024 * 1024), "ratio.docx")
    assert "times" in reason and "ZIP bomb" in reason
    assert seconds < 1.0 and peak < 100, (seconds, peak)


def _lying(data: bytes, name: bytes, declared: int) -> bytes:
    """``data`` with ``name``'s inflated size rewritten to ``declared`` in its local header and directory entry."""
    import struct

    out = bytearray(data)
    local = out.find(b"PK\x03\x04")
    while local != -1:
        name_len = struct.unpack_from("<H", out, local + 26)[0]
        if bytes(out[local + 30: local + 30 + name_len]) == name:
            struct.pack_into("<I", out, local + 22, declared)
        local = out.find(b"PK\x03\x04", local + 4)
    central = out.find(b"PK\x01\x02")
    while central != -1:
        name_len = struct.unpack_from("<H", out, central + 28)[0]
        if bytes(out[central + 46: central + 46 + name_len]) == name:
            struct.pack_into("<I", out, central + 24, declared)
        central = out.find(b"PK\x01\x02", central + 4)
    return bytes(out)


def test_a_docx_bomb_that_lies_about_its_size_is_refused_while_inflating(bomb_190mb):
    liar = _lying(bomb_190mb, b"word/document.xml", 50_000)
    reason, seconds, peak = _refusal(liar, "liar.docx")
    assert "DOCX" in reason
    assert seconds < 1.0 and peak < 100, (seconds, peak)


def test_an_archive_of_many_entries_is_refused_from_its_end_record():
    import io
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("word/document.xml", f'<w:document xmlns:w="{W_NS}"><w:body>{_p("Text.")}</w:body></w:document>')
        for i in range(3_000):
            archive.writestr(f"x/{i}", b"")
    reason, seconds, _ = _refusal(buffer.getvalue(), "entries.docx")
    assert "3,001 entries" in reason and seconds < 1.0


def test_a_real_sized_docx_still_reads(docx_bytes, statement_en):
    raw = read_bytes(docx_bytes([statement_en] * 2000), "long.docx")
    assert raw.text.count(statement_en) == 2000


def test_a_part_is_read_in_chunks_and_refused_past_its_cap():
    import io
    import zipfile

    from loaders.readers.archive import ArchiveRefused, read_part

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b" " * (3 * 1024 * 1024))
    with zipfile.ZipFile(buffer) as archive:
        info = archive.getinfo("word/document.xml")
        assert len(read_part(archive, info)) == 3 * 1024 * 1024
        with pytest.raises(ArchiveRefused, match="inflates past 2,097,152 bytes"):
            read_part(archive, info, limit=2 * 1024 * 1024)
