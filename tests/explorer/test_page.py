"""The explorer page in headless Chromium against the API over the starting corpus.

What the issue asks of the page, checked where a reader would see it: the matrix counts
21 signatories for the latest edition, 17 as of 2024-06-01 and 11 at the first edition;
the headline view lists EE, FI, GB, IE, PL and SE with both pieces of evidence; a cell
opens its quotes, documents and load run; the timeline, graph, filters, keyboard, phone
width and exports work. Each view is saved as a screenshot under test-artifacts/explorer/.
"""

from __future__ import annotations

import csv
import io
import struct

import pytest
from playwright.sync_api import expect

from tests.explorer.conftest import SPYWARE, instrument_title, screenshot

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
PAPER = "position-paper:dual-use-recast:cy-cz-ee-fi-gb-ie-it-pl-se"
SIGNED = f'td[data-relation="signed"][data-column="{SPYWARE}"]'


def signatories(page) -> str:
    return page.locator(f'#matrix-summary [data-signatories-for="{SPYWARE}"]')


def test_matrix_replays_21_17_11(page):
    page.goto("/")
    expect(signatories(page)).to_have_text("21")
    expect(page.locator(SIGNED)).to_have_count(21)
    screenshot(page, "matrix-latest")

    page.locator("#as-of").fill("2024-06-01")
    expect(signatories(page)).to_have_text("17")
    expect(page.locator(SIGNED)).to_have_count(17)
    expect(page.locator("#matrix-summary")).to_contain_text("edition 2, 2024-03-18")
    screenshot(page, "matrix-2024-06-01")

    page.locator('.edition-step[data-date="2023-03-30"]').click()
    expect(signatories(page)).to_have_text("11")
    expect(page.locator(SIGNED)).to_have_count(11)
    assert "as_of=2023-03-30" in page.url
    page.locator("#as-of-latest").click()
    expect(page.locator(SIGNED)).to_have_count(21)


def test_replay_steps_through_the_editions(page):
    page.goto("/")
    expect(signatories(page)).to_have_text("21")
    page.locator("#replay").click()
    for count in ("11", "17", "21"):  # one step per edition date, then back to the latest
        expect(signatories(page)).to_have_text(count)
    expect(page.locator("#replay")).to_have_attribute("aria-pressed", "false")


def test_matrix_is_a_real_table_with_filters(page):
    page.goto("/")
    table = page.locator("table#matrix-table")
    expect(table.locator("caption")).to_contain_text("Select a cell for its evidence")
    expect(table.locator('thead th[scope="col"]')).to_have_count(6)  # State + 5 columns on the corpus (2 Pall Mall: the UK's endorsements)
    expect(table.locator('tbody th[scope="row"]')).to_have_count(24)
    sweden = table.locator(f'td[data-state="SE"][data-column="{SPYWARE}"] button')
    expect(sweden).to_have_attribute("aria-label", "Sweden: Signed: joined ed. 1, 2023-03-30; on ed. 1, 2, 3 — "
                                     f"{instrument_title(SPYWARE)}. Show evidence")

    page.locator("#filter-relation").select_option("oppose")
    expect(table.locator('td[data-relation="oppose"]')).to_have_count(9)
    expect(table.locator('td[data-relation="signed"]')).to_have_count(0)
    page.locator("#filter-region").select_option("other")
    expect(table.locator('tbody th[scope="row"]')).to_have_text(["United KingdomGB"])
    page.locator("#filter-relation").select_option("")
    page.locator("#filter-column").select_option(SPYWARE)
    expect(table.locator('thead th[scope="col"]')).to_have_count(2)
    expect(table.locator(SIGNED)).to_have_count(10)  # non-EU signatories: AU CA CH CR GB JP KR NO NZ US
    assert "region=other" in page.url and f"column={SPYWARE}" in page.url


def test_headline_view_in_one_click(page):
    page.goto("/")
    page.locator("#headline-button").click()
    rows = page.locator("#headline-table tbody tr")
    expect(rows).to_have_count(6)
    assert sorted(rows.evaluate_all("rows => rows.map(r => r.dataset.state)")) == ["EE", "FI", "GB", "IE", "PL", "SE"]
    for i in range(6):
        expect(rows.nth(i).locator("blockquote.quote")).to_have_count(2)  # the signature and the opposition
    expect(page.locator("#headline-summary")).to_contain_text(f"6 states signed the {instrument_title(SPYWARE)} and also opposed")
    screenshot(page, "headline")

    page.locator('#headline-table tr[data-state="EE"]').get_by_role("button", name="opposition").click()
    dialog = page.locator("dialog#evidence")
    expect(dialog.locator(".passage").first).to_contain_text("position paper")  # the NGO statement's report of it
    expect(dialog.locator(".passage").first.locator("mark")).to_contain_text("Estonia")
    expect(dialog.locator(".load-run").first).to_contain_text("load run of")


def test_cell_opens_its_quotes_documents_and_load_run(page):
    page.goto("/#as_of=2024-06-01")
    cell = page.locator(f'td[data-state="SE"][data-column="{SPYWARE}"] button')
    cell.click()
    dialog = page.locator("dialog#evidence")
    expect(dialog).to_be_visible()
    expect(dialog.locator("#evidence-title")).to_contain_text("Sweden")
    passages = dialog.locator(".passage")
    expect(passages.filter(has_text="governments of Australia")).to_have_count(1)
    english = passages.filter(has_text="governments of Australia")
    expect(english.locator("mark")).to_have_text("Sweden")
    expect(english.locator(".lang")).to_have_text("English")
    expect(english).to_contain_text("2024-03-18")
    expect(english).to_contain_text("no source link recorded")
    expect(english.locator(".load-run")).to_contain_text("load run of")
    expect(passages.filter(has_text="Szwecji").locator(".lang")).to_have_text("Polish")
    screenshot(page, "evidence", full_page=False)
    page.keyboard.press("Escape")
    expect(dialog).to_be_hidden()
    expect(cell).to_be_focused()


def test_keyboard_moves_through_the_grid(page):
    page.goto("/")
    expect(page.locator("#matrix-table [tabindex='0']")).to_have_count(1)  # one tab stop: the first cell
    first = page.locator(f'td[data-state="AU"][data-column="{SPYWARE}"] button')
    first.focus()
    page.keyboard.press("ArrowDown")
    expect(page.locator(f'td[data-state="AT"][data-column="{SPYWARE}"] button')).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("dialog#evidence")).to_contain_text("Austria")
    page.keyboard.press("Escape")
    expect(page.locator("dialog#evidence")).to_be_hidden()
    page.locator("#tab-matrix").focus()
    page.keyboard.press("ArrowRight")
    expect(page.locator("#tab-headline")).to_have_attribute("aria-selected", "true")
    expect(page.locator("#headline-table")).to_be_visible()


def test_timeline_of_editions_and_events(page):
    page.goto("/")
    page.locator("#tab-timeline").click()
    editions = page.locator('#timeline-list li[data-kind="edition"]')
    expect(editions).to_have_count(3)
    expect(editions.nth(1)).to_contain_text("17 signatories")
    expect(editions.nth(2)).to_contain_text("Joined: Austria, Estonia, Lithuania, Netherlands")
    screenshot(page, "timeline")
    page.locator("#timeline-instrument").select_option(PAPER)
    expect(page.locator('#timeline-list li[data-kind="act"]')).to_contain_text(["Regulation (EU) 2021/821", "Recommendation (EU) 2024/2659"])
    page.locator("#timeline-instrument").select_option(SPYWARE)
    page.get_by_role("button", name="Matrix as of 2024-03-18").click()
    expect(signatories(page)).to_have_text("17")


def test_graph_neighbourhood_and_edge_evidence(page):
    page.goto("/#view=graph&node=SE&depth=1")
    expect(page.locator("#graph-canvas canvas").first).to_be_attached()
    edges = page.locator("#graph-edges tbody tr")
    expect(edges.filter(has=page.locator("td:nth-child(2)", has_text="signed"))).to_have_count(3)
    expect(edges.filter(has=page.locator("td:nth-child(2)", has_text="opposed"))).to_have_count(1)
    screenshot(page, "graph")
    edges.filter(has=page.locator("td:nth-child(2)", has_text="opposed")).get_by_role("button", name="Evidence").click()
    expect(page.locator("dialog#evidence .passage").first).to_contain_text("position paper")
    page.keyboard.press("Escape")
    edges.filter(has=page.locator("td:nth-child(2)", has_text="authored")).locator("button.link-button", has_text="Position paper").click()
    expect(page.locator("#graph-id")).to_have_value(PAPER)
    expect(page.locator("#graph-edges tbody tr").filter(has=page.locator("td:nth-child(2)", has_text="authored"))).to_have_count(9)


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return struct.unpack(">II", data[16:24])


def download(page, button: str) -> bytes:
    with page.expect_download() as info:
        page.locator(button).click()
    path = info.value.path()
    return open(path, "rb").read()


def test_exports_csv_and_png(page):
    page.goto("/#as_of=2024-06-01")
    expect(signatories(page)).to_have_text("17")
    rows = list(csv.reader(io.StringIO(download(page, "#export-csv").decode("utf-8"))))
    assert rows[0][:3] == ["state", "iso2", "eu_member_on_date"]
    spyware = rows[0].index(instrument_title(SPYWARE))
    assert sum(r[spyware].startswith("Signed") for r in rows[1:]) == 17
    assert ["Sweden", "SE", "true"] == rows[[r[1] for r in rows].index("SE")][:3]
    width, height = png_size(download(page, "#export-png"))
    assert width > 800 and height > 400

    page.locator("#headline-button").click()
    expect(page.locator("#headline-table tbody tr")).to_have_count(5)
    headline = list(csv.DictReader(io.StringIO(download(page, "#export-csv").decode("utf-8"))))
    assert sorted(r["iso2"] for r in headline) == ["FI", "GB", "IE", "PL", "SE"]
    assert all(r["signing_quote"] and r["opposition_quote"] for r in headline)

    # The page lists every edge the API returns for the neighbourhood (SE: three editions signed,
    # the position paper authored, the recast opposed, the NGO statement's mention).
    api_edges = page.request.get("/graph/neighbourhood?id=SE&depth=1").json()["edges"]
    assert len(api_edges) == 6
    page.goto("/#view=graph&node=SE")
    expect(page.locator("#graph-edges tbody tr")).to_have_count(len(api_edges))
    width, height = png_size(download(page, "#export-png"))
    assert width > 200 and height > 200


def test_readable_at_phone_width(page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/#as_of=2024-06-01")
    expect(page.locator(SIGNED)).to_have_count(17)
    overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0, f"the page scrolls sideways by {overflow}px at phone width"
    screenshot(page, "matrix-phone")
