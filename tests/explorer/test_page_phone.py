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


@pytest.mark.parametrize("address", ["/#as_of=2024-06-01", "/#view=headline", "/#view=timeline",
                                     "/#view=timeline&instrument=pall-mall-process-declaration", "/#view=graph&node=SE",
                                     "/#view=state&iso2=SE", "/#view=instrument&id=spyware-joint-statement",
                                     "/#view=act&id=celex:52016PC0616"])
def test_nothing_off_screen_without_a_hint(phone, address):
    page = phone
    page.goto(address)
    expect(page.locator("#busy")).to_be_hidden()
    expect(page.locator("main h2").first).to_be_visible()
    page.wait_for_timeout(300)
    assert page_overflow(page) <= 0, address
    unhinted = page.evaluate("""() => [...document.querySelectorAll('.table-scroll')]
        .filter((box) => box.offsetParent && box.scrollWidth > box.clientWidth + 1)
        .filter((box) => { const hint = document.getElementById(box.dataset.scrollHint || '');
                           return !hint || hint.hidden || !box.classList.contains('overflowing'); })
        .map((box) => box.querySelector('table')?.id || 'a table')""")
    assert not unhinted, f"{address}: wider than the screen with no hint: {unhinted}"


def test_stances_are_coloured(phone):
    page = phone
    page.goto("/")
    wait_matrix(page)
    colours = page.locator("#matrix-table td.fact").evaluate_all(
        "cells => [...new Set(cells.map((c) => c.dataset.relation + ' ' + getComputedStyle(c).backgroundColor))]")
    by_relation = dict(c.split(" ", 1) for c in colours)
    assert set(by_relation) == {"signed", "endorsed", "authored", "oppose"}
    assert "rgba(0, 0, 0, 0)" not in by_relation.values() and len(set(by_relation.values())) == 4, by_relation
