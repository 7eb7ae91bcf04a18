"""PDF: the text layer is read; a PDF without one is refused by name."""

from __future__ import annotations

import pytest

from core.model import ExtractionError
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


def _pdf(pages: list[list[tuple[float, str]]], *, encrypt: str | None = None) -> bytes:
    """A PDF whose pages hold lines drawn at the given heights (y from the bottom, in points)."""
    import io

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for lines in pages:
        pdf.setFont("Helvetica", 11)
        for y, line in lines:
            pdf.drawString(50, y, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def _paragraphs(data: bytes) -> list[str]:
    from loaders.normalise import normalise

    raw = read_bytes(data, "x.pdf")
    return normalise(raw.text, lines_are_paragraphs=False).text.split("\n\n")


def test_vertical_gaps_are_paragraph_breaks_and_wrapped_lines_are_rejoined():
    lines = [(800, "Joint statement on intrusion tools"), (772, "We, the governments of Austria, Belgium and"),
             (758, "Chile, recognise the threat"), (730, "A second paragraph starts after a gap"),
             (716, "and runs over two lines")]
    assert _paragraphs(_pdf([lines])) == [
        "Joint statement on intrusion tools",
        "We, the governments of Austria, Belgium and Chile, recognise the threat",
        "A second paragraph starts after a gap and runs over two lines",
    ]


def test_list_items_stay_one_per_line():
    lines = [(800, "We commit to:"), (772, "• preventing exports;"), (758, "• sharing information.")]
    assert _paragraphs(_pdf([lines])) == ["We commit to:", "• preventing exports;\n• sharing information."]


def test_a_sentence_running_over_a_page_break_stays_one_paragraph():
    first = [(800, "Opening paragraph."), (772, "We, the governments of Austria, Belgium, Finland,")]
    second = [(800, "Ireland and Chile, recognise the threat."), (772, "Next paragraph.")]
    assert _paragraphs(_pdf([first, second])) == [
        "Opening paragraph.",
        "We, the governments of Austria, Belgium, Finland, Ireland and Chile, recognise the threat.",
        "Next paragraph.",
    ]


def test_a_page_ending_a_sentence_ends_the_paragraph():
    data = _pdf([[(800, "First page ends a sentence.")], [(800, "Second page starts another.")]])
    assert _paragraphs(data) == ["First page ends a sentence.", "Second page starts another."]


def test_a_word_hyphenated_across_lines_keeps_its_hyphen():
    lines = [(800, "Measures against cyber-"), (786, "surveillance apply.")]
    assert _paragraphs(_pdf([lines])) == ["Measures against cyber-surveillance apply."]


def test_password_protected_pdf_is_an_extraction_error():
    with pytest.raises(ExtractionError) as err:
        read_bytes(_pdf([[(800, "Secret text.")]], encrypt="secret"), "locked.pdf")
    assert err.value.source == "locked.pdf" and "encrypted" in err.value.reason


def test_container_title_is_read_and_file_name_titles_are_ignored():
    from loaders.readers.pdf import _title

    assert _title("Joint  Statement\non Spyware") == "Joint Statement on Spyware"
    assert _title("Microsoft Word - draft3.docx") is None and _title("untitled") is None
