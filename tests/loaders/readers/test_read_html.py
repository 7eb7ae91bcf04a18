"""HTML pages: the article survives, the chrome does not, and the page metadata is read."""

from __future__ import annotations

import datetime as dt

from loaders.readers import read_bytes


def test_article_text_is_kept_with_paragraph_boundaries(chrome_page, statement_en):
    raw = read_bytes(chrome_page.encode(), "page.html")
    lines = raw.text.split("\n")
    assert statement_en in lines
    assert any("refusing licences for spyware sales" in line for line in lines)
    assert raw.format == "html"


def test_navigation_sidebar_footer_and_scripts_are_dropped(chrome_page):
    text = read_bytes(chrome_page.encode(), "page.html").text
    for chrome in ("Contact the ministry", "ambassador of Brazil", "Privacy policy", "analytics", "color: red"):
        assert chrome not in text


def test_og_title_published_time_and_canonical_url_are_captured(chrome_page):
    raw = read_bytes(chrome_page.encode(), "page.html")
    assert raw.title == "Joint statement on commercial spyware"
    assert (raw.date, raw.date_precision) == (dt.date(2024, 3, 18), "day")
    assert raw.source_url == "https://example.org/news/spyware-statement"


def test_time_element_gives_the_date_when_there_is_no_meta():
    page = (
        "<html><head><title>Press release</title></head><body><article><h1>Press release</h1>"
        '<time datetime="2018-05-14">14 May 2018</time>'
        "<p>Nine member states resist tighter rules for selling surveillance technology abroad, "
        "four organisations said in a joint statement published in Brussels.</p></article></body></html>"
    )
    raw = read_bytes(page.encode(), "p.html")
    assert raw.title == "Press release"
    assert raw.date == dt.date(2018, 5, 14)


def test_short_page_falls_back_to_block_text():
    page = "<html><body><nav>Menu Home</nav><p>Short but real.</p></body></html>"
    raw = read_bytes(page.encode(), "short.html")
    assert "Short but real." in raw.text
    assert "Menu" not in raw.text


def test_declared_charset_is_honoured_when_the_page_is_not_utf8():
    page = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250">'
        "<title>Oświadczenie</title></head><body><article><h1>Oświadczenie</h1>"
        "<p>My, rządy Austrii, Belgii i Chile, dostrzegamy niebezpieczeństwo, jakie niesie nadużywanie "
        "komercyjnych programów szpiegujących, i chcemy je wspólnie ograniczyć.</p></article></body></html>"
    )
    raw = read_bytes(page.encode("cp1250"), "pl.html")
    assert raw.encoding == "windows-1250"
    assert "rządy Austrii" in raw.text and raw.title == "Oświadczenie"
