"""Issue 17, measured in the browser: what a reader downloads before the graph view (compressed
bytes, cytoscape not among them). How soon the matrix is drawn on a warm server and how soon a
cold page paints its loading line are printed by bench/explorer_paint.py: speed targets are
benchmark figures, not timed tests."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import fresh_desktop, wait_matrix  # noqa: F401 - fixture

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
BUDGET_BYTES = 100 * 1024


def test_page_weight_before_the_graph_is_under_100_kb_compressed(fresh_desktop):
    page = fresh_desktop  # an empty cache: every byte counted
    page.goto("/")
    wait_matrix(page)
    expect(page.locator(".edition-step")).to_have_count(3)
    entries = page.evaluate("""() => [{ name: location.href, size: performance.getEntriesByType('navigation')[0].encodedBodySize },
        ...performance.getEntriesByType('resource').map((e) => ({ name: e.name, size: e.encodedBodySize }))]""")
    total = sum(e["size"] for e in entries)
    print(f"page weight before the graph: {total} bytes compressed in {len(entries)} responses")
    assert not [e for e in entries if "cytoscape" in e["name"]], "the graph library loaded before the graph view"
    assert 0 < total < BUDGET_BYTES, entries
    page.locator("#tab-graph").click()
    expect(page.locator("#graph-canvas canvas").first).to_be_attached()
    assert page.evaluate("performance.getEntriesByType('resource').some((e) => e.name.includes('cytoscape'))")
