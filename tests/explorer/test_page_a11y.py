"""Issue 17, in the browser: axe-core (shipped by axe-playwright-python, injected into the page)
finds nothing serious or critical in any view, dialog or page, at desktop and phone width; each
view is saved to docs/explorer/ as it was checked."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.explorer.browser_pages import doc_shot, sized_page  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
PAPER = "position-paper:dual-use-recast:cy-cz-ee-fi-gb-ie-it-pl-se"
VIEWS = {
    "matrix": "/",
    "matrix-2024-06-01": "/#as_of=2024-06-01",
    "headline": "/#view=headline",
    "timeline": "/#view=timeline",
    "graph": "/#view=graph&node=SE",
    "state": "/#view=state&iso2=SE",
    "instrument": f"/#view=instrument&id={SPYWARE}",
    "act": "/#view=act&id=celex:52016PC0616",
    "organization": "/#view=organization&id=amnesty-international",
}


def serious(page) -> list[str]:
    results = Axe().run(page).response
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
            for v in results["violations"] if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("name", list(VIEWS))
def test_view_has_no_serious_accessibility_finding(sized_page, name):
    page = sized_page
    page.goto(VIEWS[name])
    expect(page.locator("#busy")).to_be_hidden()
    expect(page.locator("main h2").first).to_be_visible()
    if name == "graph":
        expect(page.locator("#graph-canvas canvas").first).to_be_attached()
    doc_shot(page, f"{name}-{page.size_name}")
    assert not serious(page), serious(page)


def test_dialog_document_page_and_search_have_no_serious_finding(sized_page):
    page = sized_page
    page.goto("/#as_of=2024-06-01")
    expect(page.locator("#busy")).to_be_hidden()
    page.locator(f'td[data-state="SE"][data-column="{SPYWARE}"] button').click()
    expect(page.locator("dialog#evidence .passage").first).to_be_visible()
    doc_shot(page, f"evidence-{page.size_name}")
    assert not serious(page), serious(page)
    page.locator("dialog#evidence .passage").first.locator("dd a").first.click()
    expect(page.locator("#document-text")).to_be_visible()
    doc_shot(page, f"document-{page.size_name}")
    assert not serious(page), serious(page)
    page.locator("#search").fill("swe")
    expect(page.locator("#search-results a").first).to_be_visible()
    doc_shot(page, f"search-{page.size_name}")
    assert not serious(page), serious(page)
