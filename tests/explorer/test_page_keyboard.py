"""Issue 17, in the browser: the matrix is one tab stop, arrow keys reach every cell (empty
ones too), the focus ring is drawn inside the cell, and row headers read as the state's name."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import sized_page, wait_matrix  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def focused(page) -> tuple[str | None, str | None]:
    return tuple(page.evaluate("""() => { const c = document.activeElement.closest('td, th');
        return [c?.closest('tr')?.dataset.state ?? null, c?.dataset.column ?? null]; }"""))


def test_arrow_keys_reach_every_cell(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    states = page.locator("#matrix-table tbody tr").evaluate_all("rs => rs.map(r => r.dataset.state)")
    columns = page.locator("#matrix-table thead th[data-column]").evaluate_all("hs => hs.map(h => h.dataset.column)")
    page.locator("#matrix-table [tabindex='0']").focus()  # the one tab stop: the first row's first cell (empty or a fact)
    assert focused(page) == (states[0], columns[0])
    seen = set()
    for i, state in enumerate(states):
        row = range(len(columns)) if i % 2 == 0 else reversed(range(len(columns)))
        for j, k in enumerate(row):
            seen.add(focused(page))
            if j < len(columns) - 1:
                page.keyboard.press("ArrowRight" if i % 2 == 0 else "ArrowLeft")
        if i < len(states) - 1:
            page.keyboard.press("ArrowDown")
    assert seen == {(s, c) for s in states for c in columns}
    # an empty cell is reached and says so
    page.locator(f'tr[data-state="CY"] td[data-column="{SPYWARE}"]').focus()
    expect(page.locator(f'tr[data-state="CY"] td[data-column="{SPYWARE}"]')).to_contain_text("none")


def test_the_grid_is_one_tab_stop(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    stops = page.locator("#matrix-slot").evaluate("el => [...el.querySelectorAll('a, button, td, th, [tabindex]')].filter(e => e.tabIndex >= 0).length")
    assert stops == 1
    page.locator("#filter-region").focus()
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#matrix-table') !== null")
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.closest('#matrix-table') === null")
    page.keyboard.press("Shift+Tab")
    second_column = page.locator("#matrix-table thead th[data-column]").nth(1).get_attribute("data-column")
    assert focused(page) == ("AT", second_column)  # back where it was


def test_focus_ring_is_drawn_inside_the_first_cell(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    page.locator("#filter-region").focus()
    page.keyboard.press("Tab")
    ring = page.evaluate("""() => { const s = getComputedStyle(document.activeElement);
        return [parseFloat(s.outlineWidth), parseFloat(s.outlineOffset), s.outlineStyle]; }""")
    width, offset, style = ring
    assert style != "none" and width >= 2 and offset <= -width, ring


def test_row_headers_read_as_the_state(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    expect(page.get_by_role("rowheader", name="Austria, EU member", exact=True)).to_have_count(1)
    expect(page.get_by_role("rowheader", name="Australia", exact=True)).to_have_count(1)
    snapshot = page.locator("#matrix-table tbody").aria_snapshot()
    assert "ATEU" not in snapshot and "Austria AT" not in snapshot
