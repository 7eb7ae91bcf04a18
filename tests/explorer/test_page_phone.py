"""Issue 17, at 390x844: nothing off screen without a hint (the matrix scrolls inside its box,
with a visible hint and an edge shadow; the headline stacks), and graph labels are readable."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import phone, wait_matrix  # noqa: F401 - fixture

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def page_overflow(page) -> int:
    return page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_a_wide_matrix_says_it_scrolls(phone):
    page = phone
    page.goto("/#as_of=2024-06-01")
    wait_matrix(page, "17")
    assert page_overflow(page) <= 0
    box = page.locator("#matrix-slot .table-scroll")
    wide = box.evaluate("el => el.scrollWidth > el.clientWidth")
    assert wide  # three columns do not fit 390 px
    expect(box).to_have_class("table-scroll overflowing")
    expect(page.locator("#matrix-scroll-hint")).to_be_visible()
    expect(page.locator("#matrix-scroll-hint")).to_contain_text("scroll it sideways")
    # the "Opposed" column is reachable by scrolling the box
    opposed = page.locator('#matrix-table td[data-relation="oppose"]').first
    opposed.scroll_into_view_if_needed()
    expect(opposed).to_be_in_viewport()


def test_headline_stacks_at_phone_width(phone):
    page = phone
    page.goto("/#view=headline")
    expect(page.locator("#headline-table tbody tr")).to_have_count(6)
    assert page_overflow(page) <= 0
    for cell in page.locator("#headline-table tbody td").all():
        box = cell.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390 + 1, box  # every evidence column is on screen


def test_graph_labels_are_readable(phone):
    page = phone
    page.goto("/#view=graph&node=SE")
    canvas = page.locator("#graph-canvas")
    expect(canvas.locator("canvas").first).to_be_attached()
    px = float(canvas.get_attribute("data-label-px"))
    assert px >= 11, f"graph labels drawn at {px} px"
