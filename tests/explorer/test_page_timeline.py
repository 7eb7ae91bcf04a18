"""Issue 17, in the browser: the timeline's instrument picker offers every instrument the graph
holds (GET /instruments, not the matrix's columns), and an instrument whose parties come from
participation pages (the Pall Mall Process, metadata/sources) has a timeline: its own acts with
a running count of parties, reports marked and never counted, the counts sources state, each
with evidence; where nothing is dated on or before the date, the view says so."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import desktop, doc_shot  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE, instrument_title
from tests.explorer.test_page_a11y import serious

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
DECLARATION = "pall-mall-process-declaration"
CODE = "pall-mall-code-of-practice"


def test_the_picker_lists_every_instrument_and_participation_has_a_timeline(desktop):
    page = desktop
    page.goto("/#view=timeline")
    picker = page.locator("#timeline-instrument")
    expect(picker).to_have_value(SPYWARE)
    held = {i["instrument_id"] for i in page.request.get("/instruments", params={"limit": 500}).json()["items"]}
    offered = set(picker.locator("option").evaluate_all("options => options.map((o) => o.value)"))
    assert offered == held and {DECLARATION, CODE} <= offered, (offered, held)
    assert "Parties by their own act: 21" in page.locator("#timeline-participation").inner_text()

    picker.select_option(DECLARATION)
    expect(page.locator("main h2").first).to_have_text(f"Timeline: {instrument_title(DECLARATION)}")
    assert f"instrument={DECLARATION}" in page.url
    edition = page.locator('#timeline-list li[data-kind="edition"]')
    expect(edition).to_contain_text("no list of signatories loaded")  # never "0 signatories"
    endorsed = page.locator('#timeline-list li[data-kind="endorsed"]')
    expect(endorsed).to_contain_text("United Kingdom")
    expect(endorsed.locator("[data-parties-after]")).to_have_attribute("data-parties-after", "1")
    reported = page.locator('#timeline-list li[data-kind="reported"]')
    expect(reported.first).to_contain_text("Reported only: not counted as a party.")
    assert "African Union" in reported.all_inner_texts()[-1]  # an organisation, by its name
    expect(page.locator('#timeline-list li[data-kind="claim"]').first).to_be_visible()
    expect(page.locator("#timeline-participation [data-parties-count]")).to_have_text("1")
    doc_shot(page, "timeline-pall-mall-declaration-desktop")
    assert not serious(page), serious(page)

    endorsed.get_by_role("button", name="Evidence").click()
    dialog = page.locator("dialog#evidence")
    expect(dialog.locator(".passage").first).to_be_visible()
    expect(dialog.locator(".curated blockquote.quote")).to_have_count(1)  # the public page's own words
    assert "gov.uk" in dialog.locator(".passage a[target=_blank]").first.get_attribute("href")
    page.keyboard.press("Escape")

    # Before anything about the Code of Practice is known: a clear empty state, and a way back to everything.
    page.goto(f"/#view=timeline&instrument={CODE}&as_of=2024-01-01")
    expect(page.locator("#timeline-empty")).to_contain_text("nothing about")
    expect(page.locator("#timeline-list")).to_have_count(0)
    page.locator("#timeline-latest").click()
    expect(page.locator('#timeline-list li[data-kind="endorsed"]')).to_contain_text("United Kingdom")
    expect(page.locator("#timeline-instrument")).to_have_value(CODE)
