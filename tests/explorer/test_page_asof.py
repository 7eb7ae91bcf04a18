"""Issue 17, in the browser: nothing on screen postdates the as-of date (headline passages,
evidence dialog, timeline, graph, their exports), dates keep their precision, and the EU filter
asks membership on the date."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import sized_page, wait_matrix  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
PAPER = "position-paper:dual-use-recast:cy-cz-ee-fi-gb-ie-it-pl-se"


def dates_on(page, selector: str) -> list[str]:
    return [t.strip() for t in page.locator(selector).all_text_contents()]


def test_headline_and_evidence_never_postdate_the_date(sized_page):
    page = sized_page
    page.goto("/#view=headline&as_of=2023-06-01")
    rows = page.locator("#headline-table tbody tr")
    expect(rows).to_have_count(2)
    shown = [d for d in dates_on(page, "#headline-table .date") if d != "undated"]
    assert shown and all(d[:10] <= "2023-06-01" for d in shown), shown
    page.goto("/#as_of=2023-06-01")
    page.locator(f'td[data-state="SE"][data-column="{SPYWARE}"] button').click()
    dialog = page.locator("dialog#evidence")
    expect(dialog.locator(".passage").first).to_be_visible()
    passage_dates = [d for d in dates_on(page, "dialog#evidence .passage .date") if d != "undated"]
    assert all(d[:10] <= "2023-06-01" for d in passage_dates), passage_dates


def download(page, button: str):
    with page.expect_download() as info:
        page.locator(button).click()
    return info.value.suggested_filename, open(info.value.path(), encoding="utf-8").read()


def test_timeline_and_graph_honour_the_date_and_their_files_say_it(sized_page):
    page = sized_page
    page.goto("/#view=timeline&as_of=2024-06-01")
    expect(page.locator('#timeline-list li[data-kind="edition"]')).to_have_count(2)
    times = [t for t in page.locator("#timeline-list time").evaluate_all("ts => ts.map(t => t.getAttribute('datetime'))") if t]
    assert times and all(t[:10] <= "2024-06-01" for t in times), times
    name, text = download(page, "#export-csv")
    assert "2024-06-01" in name
    assert all(r["date"][:10] <= "2024-06-01" for r in csv.DictReader(io.StringIO(text)) if r["date"])

    page.goto("/#view=graph&node=SE&depth=1&as_of=2023-06-01")
    edges = page.locator("#graph-edges tbody tr")
    expect(edges.filter(has_text="signed")).to_have_count(1)  # edition 1 only
    name, text = download(page, "#export-csv")
    assert "2023-06-01" in name
    assert "2024-09-22" not in text and "2024-03-18" not in text


def test_dates_known_to_the_year_are_shown_as_the_year(sized_page):
    page = sized_page
    page.goto(f"/#view=timeline&instrument={PAPER}")
    expect(page.locator("#timeline-list li").first).to_be_visible()
    assert "2018" in page.locator("#timeline-list").inner_text()
    for address in (f"/#view=timeline&instrument={PAPER}", "/#view=headline", "/", "/#view=act&id=celex:52016PC0616", "/#view=state&iso2=SE"):
        page.goto(address)
        expect(page.locator("#busy")).to_be_hidden()
        assert "2018-01-01" not in page.locator("main").inner_text(), address
    page.goto("/")
    page.locator(f'td[data-state="SE"][data-column="{PAPER}"] button').click()
    expect(page.locator("dialog#evidence .passage").first).to_be_visible()
    assert "2018-01-01" not in page.locator("dialog#evidence").inner_text()
    assert "2018" in dates_on(page, "dialog#evidence .passage .date")


def test_eu_member_filter_asks_membership_on_the_date(sized_page):
    page = sized_page
    page.goto(f"/#as_of=2019-06-01&region=eu&column={PAPER}")
    authored = page.locator('#matrix-table td[data-relation="authored"]')
    expect(authored).to_have_count(9)  # the United Kingdom was a member until 2020-01-31
    expect(page.locator('#matrix-table tr[data-state="GB"] th .badge')).to_have_text("EU")
    page.goto(f"/#region=eu&column={PAPER}")
    expect(authored).to_have_count(8)
    expect(page.locator('#matrix-table tr[data-state="GB"]')).to_have_count(0)
