"""Format detection looks at bytes, never at the file name."""

from __future__ import annotations

import io
import zipfile

from loaders.readers.detect import detect_format, looks_like_markdown


def test_pdf_is_detected_by_magic_bytes(pdf_bytes):
    assert detect_format(pdf_bytes(["Some text."])) == "pdf"


def test_docx_is_a_zip_holding_word_document_xml(docx_bytes):
    assert detect_format(docx_bytes(["Some text."])) == "docx"


def test_other_zip_archives_are_not_docx():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("data.csv", "a,b\n1,2\n")
    assert detect_format(buffer.getvalue()) == "zip"


def test_html_is_sniffed_from_markup(chrome_page):
    assert detect_format(chrome_page.encode()) == "html"


def test_text_mentioning_a_tag_is_still_text():
    assert detect_format(b"Use the <p> element for paragraphs, says the style guide.") == "text"


def test_markdown_is_recognised_by_headings_and_lists():
    assert looks_like_markdown("# Statement\n\nIntro.\n\n- first\n- second\n")
    assert not looks_like_markdown("A plain paragraph.\n\nAnother one.")
