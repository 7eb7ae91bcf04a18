"""DOCX: paragraphs and list items in order; a broken file is a clear error."""

from __future__ import annotations

import pytest

from loaders.model import ExtractionError
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
