"""Issue 17, in the browser: people see names, never internal keys; editions by date and count;
the reader's (else English) passage of a document first; quotes cut at words; names in order."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import sized_page, wait_matrix  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
PAPER = "position-paper:dual-use-recast:cy-cz-ee-fi-gb-ie-it-pl-se"
INTERNAL = re.compile(r"position-paper:|spyware-joint|joint_statement|position_paper|ngo_statement|\.ya?ml\b|CATALOG\.md|"
                      r"\bdoc-[0-9a-f]{6,}|\bf-[0-9a-f]{8,}|\bcelex:|#c\d|\brun-[0-9a-f]{6,}|\b(?:SIGNED|OPPOSES|AUTHORED|MENTIONS)\b")


def visible_text(page) -> str:
    """What a reader sees, less the cite line (an address, which carries ids by design)."""
    return page.evaluate("""() => { const c = document.getElementById('cite'); const saved = c.textContent; c.textContent = '';
        const text = document.body.innerText; c.textContent = saved; return text; }""")


VIEWS = ["/", "/#view=headline", "/#view=timeline", f"/#view=timeline&instrument={PAPER}", "/#view=graph&node=SE",
         "/#view=state&iso2=SE", f"/#view=instrument&id={SPYWARE}", "/#view=act&id=celex:52016PC0616",
         # an instrument with nothing to list, and one no state has a fact on by the date: the empty states name no key
         f"/#view=headline&instrument={PAPER}", f"/#view=instrument&id={PAPER}", "/#view=matrix&column=pall-mall-code-of-practice&as_of=2025-04-24"]


@pytest.mark.parametrize("address", VIEWS)
def test_no_internal_key_is_shown(sized_page, address):
    page = sized_page
    page.goto(address)
    expect(page.locator("#busy")).to_be_hidden()
    expect(page.locator("main h2").first).to_be_visible()
    found = INTERNAL.findall(visible_text(page))
    assert not found, f"{address}: {found}"


def test_no_internal_key_in_evidence_dialogs(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    for state, column in (("EE", SPYWARE), ("SE", SPYWARE), ("SE", PAPER)):
        page.locator(f'td[data-state="{state}"][data-column="{column}"] button').click()
        expect(page.locator("dialog#evidence .passage").first).to_be_visible()
        text = page.locator("dialog#evidence").inner_text().replace(page.locator("dialog#evidence .cite").inner_text(), "")
        assert not INTERNAL.findall(text), (state, column, INTERNAL.findall(text))
        page.keyboard.press("Escape")


def test_editions_are_captioned_by_date_and_count(sized_page):
    page = sized_page
    page.goto("/#view=graph&node=SE")
    steps = page.locator(".edition-step")
    expect(steps).to_have_count(3)
    for text in steps.evaluate_all("bs => bs.map((b) => b.getAttribute('aria-label'))"):
        assert re.fullmatch(r"Edition \d: \d{4}-\d{2}-\d{2}, \d+ signatories", text), text
    expect(steps.first).to_have_text("Edition 12023-03-3011 signatories")  # on screen: "Edition 1: 2023-03-30, 11 signatories"
    expect(page.locator("#graph-edges")).to_contain_text("Edition 1, 2023-03-30, 11 signatories")
    assert "Summit" not in page.locator("#graph-edges").inner_text()


def test_headline_shows_the_documents_english_passage(sized_page):
    page = sized_page
    page.goto("/#view=headline")
    rows = page.locator("#headline-table tbody tr")
    expect(rows).to_have_count(6)
    answer = page.request.get("/queries/signatories_opposing_export_rules").json()["rows"]
    with_english = {r["iso2"] for r in answer
                    if any(e["lang"] == "en" for e in r["signing_evidence"])}  # EE joined in edition 3, printed in Latvian only
    assert with_english == {"FI", "GB", "IE", "PL", "SE"}
    for iso2 in with_english:
        expect(page.locator(f'#headline-table tr[data-state="{iso2}"] .source').first).to_contain_text("English")
    expect(page.locator('#headline-table tr[data-state="EE"] .source').first).to_contain_text("Latvian")


def test_quotes_are_cut_at_word_boundaries(sized_page):
    page = sized_page
    page.goto("/#view=headline")
    expect(page.locator("#headline-table tbody tr")).to_have_count(6)
    answer = page.request.get("/queries/signatories_opposing_export_rules").json()["rows"]
    contexts = [e["context"] for r in answer for e in r["signing_evidence"] + r["opposition_evidence"] if e.get("context")]
    quotes = page.locator("#headline-table blockquote.quote").all_inner_texts()
    assert quotes
    cut = 0
    for quote in quotes:
        pieces = [p.strip() for p in quote.split("…") if p.strip()]
        for piece in pieces:
            context = next((c for c in contexts if piece in c), None)
            assert context is not None, piece
            at = context.index(piece)
            before, after = context[at - 1:at], context[at + len(piece):at + len(piece) + 1]
            assert before in ("", " ") or not before.isalnum(), f"cut inside a word before: {piece[:30]!r}"
            assert after in ("", " ") or not after.isalnum(), f"cut inside a word after: {piece[-30:]!r}"
        cut += quote.count("…")
    assert cut > 0  # the long statement sentence is cut somewhere, with "…"


def test_lists_are_in_name_order(sized_page):
    page = sized_page
    page.goto("/#view=timeline")
    joined = page.locator('#timeline-list li[data-kind="edition"] .event-actors')
    expect(joined).to_have_count(3)
    for text in joined.all_text_contents():
        names = [n.strip() for n in text.removeprefix("Joined: ").split(",")]
        assert names == sorted(names), names
    page.goto(f"/#view=instrument&id={SPYWARE}")
    first = page.locator("#instrument-editions li").first.locator("p a")
    expect(first).to_have_count(11)
    names = first.all_text_contents()
    assert names == sorted(names), names
