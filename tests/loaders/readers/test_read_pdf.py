"""PDF: the text layer is read; a PDF without one is refused by name."""

from __future__ import annotations

import pytest

from loaders.model import ExtractionError
from loaders.readers import read_bytes


def test_text_layer_is_extracted(pdf_bytes, statement_en):
    raw = read_bytes(pdf_bytes([statement_en, "Second paragraph of the statement."]), "s.pdf")
    assert raw.format == "pdf"
    assert "governments of Austria" in " ".join(raw.text.split())
    assert "Second paragraph" in raw.text


def test_polish_letters_survive_the_text_layer(pdf_bytes, statement_pl):
    raw = read_bytes(pdf_bytes([statement_pl]), "pl.pdf")
    assert "rządy Austrii" in " ".join(raw.text.split())


def test_pdf_without_text_layer_is_an_extraction_error(pdf_bytes):
    with pytest.raises(ExtractionError) as err:
        read_bytes(pdf_bytes([], text_layer=False), "scan.pdf")
    assert err.value.source == "scan.pdf" and "no text layer" in err.value.reason


def test_truncated_pdf_is_an_extraction_error(pdf_bytes):
    data = pdf_bytes(["Some text that will be cut off."])
    with pytest.raises(ExtractionError) as err:
        read_bytes(data[: len(data) // 3], "cut.pdf")
    assert err.value.source == "cut.pdf"
