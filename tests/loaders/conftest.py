"""Fixtures for the reading layer: documents written by the tests themselves.

The corpus is read from ``AppSettings().corpus_dir`` at run time and never copied; every
other text here is our own, written to mimic a quirk (hard wraps, bullets, chrome).
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest

from core.settings import AppSettings

CORPUS = {
    "000": "000_389806200ab821f1.txt",
    "001": "001_9d2b219a2c9bd623.txt",
    "002": "002_c6025d259952e3b7.txt",
    "003": "003_62f76f5d4924b166.txt",
}

STATEMENT_EN = (
    "We, the governments of Austria, Belgium and Chile, acknowledge the danger that abuse of "
    "commercial spyware brings, and agree that its spread calls for tight oversight."
)
STATEMENT_PL = (
    "My, rządy Austrii, Belgii i Chile, dostrzegamy niebezpieczeństwo, jakie niesie nadużywanie "
    "komercyjnych programów szpiegujących, i zgadzamy się, że ich rozprzestrzenianie wymaga ścisłego nadzoru."
)


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    folder = AppSettings().corpus_dir
    assert folder.is_dir(), f"corpus not found at {folder} (set PLEDGEGRAPH_CORPUS_DIR)"
    return folder


@pytest.fixture(scope="session")
def metadata_dir() -> Path:
    return AppSettings().metadata_dir


@pytest.fixture
def docx_bytes() -> Callable[..., bytes]:
    """Build a DOCX in memory: plain paragraphs, then optional bulleted list items."""

    def build(paragraphs: list[str], bullets: list[str] = (), title: str | None = None) -> bytes:
        import docx

        document = docx.Document()
        if title:
            document.core_properties.title = title
        for text in paragraphs:
            document.add_paragraph(text)
        for text in bullets:
            document.add_paragraph(text, style="List Bullet")
        buffer = io.BytesIO()
        document.save(buffer)
        return buffer.getvalue()

    return build


@pytest.fixture
def pdf_bytes() -> Callable[..., bytes]:
    """Build a PDF with reportlab: each string is drawn as wrapped lines, or an image-only page."""

    def build(paragraphs: list[str], *, text_layer: bool = True) -> bytes:
        from reportlab.lib.pagesizes import A4
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        buffer = io.BytesIO()
        pdf = canvas.Canvas(buffer, pagesize=A4)
        font = _unicode_font(pdfmetrics, TTFont)
        if not text_layer:
            pdf.rect(50, 500, 300, 200, fill=1)  # a "scanned" page: graphics, no text
        else:
            y = 800
            pdf.setFont(font, 11)
            for paragraph in paragraphs:
                for line in _wrap(paragraph, 80):
                    pdf.drawString(50, y, line)
                    y -= 14
                y -= 14
        pdf.showPage()
        pdf.save()
        return buffer.getvalue()

    return build


def _unicode_font(pdfmetrics, TTFont) -> str:
    for candidate in ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans.ttf"):
        if Path(candidate).exists():
            pdfmetrics.registerFont(TTFont("DejaVu", candidate))
            return "DejaVu"
    return "Helvetica"  # Latin-1 only: tests using it stick to ASCII


def _wrap(text: str, width: int) -> list[str]:
    lines, current = [], ""
    for word in text.split():
        if current and len(current) + 1 + len(word) > width:
            lines.append(current)
            current = word
        else:
            current = f"{current} {word}".strip()
    return [*lines, current] if current else lines


CHROME_PAGE = """<!DOCTYPE html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Ministry of Foreign Affairs | Spyware statement</title>
<meta property="og:title" content="Joint statement on commercial spyware">
<meta property="article:published_time" content="2024-03-18T09:30:00+01:00">
<link rel="canonical" href="https://example.org/news/spyware-statement">
<script>window.tracker = "analytics cookie banner text";</script>
<style>.nav { color: red }</style>
</head><body>
<header><nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li>
<li><a href="/contact">Contact the ministry</a></li></ul></nav></header>
<aside class="sidebar"><h3>Most read</h3><p>Minister meets the ambassador of Brazil in Lisbon today.</p></aside>
<main><article>
<h1>Joint statement on commercial spyware</h1>
<p>{en}</p>
<p>The governments commit to:</p>
<ul><li>refusing licences for spyware sales to buyers who would turn it on journalists;</li>
<li>telling one another which vendors sell such tools, and to whom.</li></ul>
<p>Ministers will meet again next spring to see how far these steps have gone.</p>
</article></main>
<footer class="site-footer"><p>© 2024 Ministry. Privacy policy. Cookie settings.</p></footer>
</body></html>
""".replace("{en}", STATEMENT_EN)


@pytest.fixture
def chrome_page() -> str:
    """An article page wrapped in navigation, a sidebar, a footer, a script and a style."""
    return CHROME_PAGE


@pytest.fixture
def statement_en() -> str:
    return STATEMENT_EN


@pytest.fixture
def statement_pl() -> str:
    return STATEMENT_PL


@pytest.fixture(scope="session")
def corpus_file(corpus_dir: Path) -> Callable[[str], Path]:
    """``corpus_file("000")`` -> path of that corpus document (read-only, read in place)."""
    return lambda key: corpus_dir / CORPUS[key]
