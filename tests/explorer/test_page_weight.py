"""Issue 17, measured in the browser: what a reader downloads before the graph view (compressed
bytes, cytoscape not among them) and how soon the matrix is drawn on a warm server."""

from __future__ import annotations

import statistics

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import desktop, wait_matrix  # noqa: F401 - fixture

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
BUDGET_BYTES = 100 * 1024
RENDER_BUDGET_MS = 300
MARK_MATRIX = """new MutationObserver((_, observer) => {
  if (document.getElementById('matrix-table')) { window.__matrixAt = performance.now(); observer.disconnect(); }
}).observe(document, { childList: true, subtree: true });"""


def test_page_weight_before_the_graph_is_under_100_kb_compressed(desktop):
    page = desktop
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


def test_matrix_first_render_on_a_warm_server_is_under_300_ms(desktop):
    page = desktop
    page.add_init_script(MARK_MATRIX)
    page.goto("/")  # warms the server's answer cache and the browser's asset cache
    wait_matrix(page)
    times = []
    for _ in range(5):
        page.reload()
        wait_matrix(page)
        times.append(page.evaluate("window.__matrixAt"))
    print(f"matrix first render on a warm server: {[round(t) for t in times]} ms, best {min(times):.0f}, median {statistics.median(times):.0f}")
    # The best of five: the other suites sharing the 2-core machine add their own delays to some loads.
    assert min(times) < RENDER_BUDGET_MS, times
