"""Plain text in any encoding, with the encoding reported."""

from __future__ import annotations

import pytest

from core.model import ExtractionError
from loaders.readers import read_bytes

POLISH = "Zażółć gęślą jaźń. Rządy Polski i Czech zobowiązują się do współpracy w sprawie eksportu. " * 3


def test_utf8_is_decoded_and_reported():
    raw = read_bytes(POLISH.encode("utf-8"), "a.txt")
    assert raw.text == POLISH and raw.encoding == "utf-8" and raw.format == "text"


def test_cp1250_polish_text_is_decoded_by_detection():
    raw = read_bytes(POLISH.encode("cp1250"), "a.txt")
    assert raw.text == POLISH
    assert raw.encoding in {"cp1250", "iso8859_2", "windows-1250"}


def test_latin1_text_is_decoded():
    text = "Les États membres s'engagent à coopérer; déclaration commune signée à Genève. " * 3
    raw = read_bytes(text.encode("latin-1"), "a.txt")
    assert raw.text == text


def test_utf16_with_bom_is_decoded():
    raw = read_bytes(POLISH.encode("utf-16"), "a.txt")
    assert raw.text == POLISH and raw.encoding == "utf-16"


def test_markdown_is_reported_as_markdown():
    raw = read_bytes(b"# Joint statement\n\nWe commit to:\n\n- one\n- two\n", "a.md")
    assert raw.format == "markdown"


@pytest.mark.parametrize("data, reason", [(b"", "empty file"), (b"   \n\n  ", "empty document")])
def test_empty_files_are_errors_naming_the_file(data, reason):
    with pytest.raises(ExtractionError) as err:
        read_bytes(data, "blank.txt")
    assert err.value.source == "blank.txt" and reason in err.value.reason


def test_binary_garbage_is_an_error():
    with pytest.raises(ExtractionError, match="binary"):
        read_bytes(bytes(range(256)) * 20, "blob.bin")


def test_markdown_syntax_is_stripped_but_lists_and_paragraphs_stay():
    data = b"# Joint statement\n\nSee [the annex](https://example.org/a) and **Regulation (EU) 2021/821**.\n\n- one\n- two\n\n---\n"
    raw = read_bytes(data, "a.md")
    assert raw.text.split("\n")[:3] == ["Joint statement", "", "See the annex and Regulation (EU) 2021/821."]
    assert "- one\n- two" in raw.text
