"""Shared helpers of the explorer's browser tests: pages at desktop and phone size, the
requests a page made, a screenshot for docs/explorer/, and the API's slow-answer switch.

Kept out of conftest.py (the package's fixtures) so the browser checks added for issue 17
stay in files of their own; tests import what they use.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.explorer.conftest import ARTIFACTS, aborted

DOCS = Path(__file__).resolve().parents[2] / "docs" / "explorer"
DESKTOP = {"width": 1440, "height": 900}
PHONE = {"width": 390, "height": 844}
SIZES = {"desktop": DESKTOP, "phone": PHONE}
# A cold server answers the first matrix in seconds on a loaded 2-core machine.
expect.set_options(timeout=15_000)


def open_page(browser, base_url: str, size: dict, problems: list[str]):
    context = browser.new_context(viewport=size, accept_downloads=True, base_url=base_url, locale="en-GB")
    context.set_default_timeout(15_000)
    tab = context.new_page()
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("console", lambda msg: problems.append(f"console error: {msg.text}")
           if msg.type == "error" and not aborted(msg.text) else None)
    return context, tab


def _shared(shared_tabs, size_name: str):
    """The package's tab of that size, on a blank document; the test fails if the page throws or logs an error."""
    tab = shared_tabs(size_name, SIZES[size_name])
    page = tab.fresh()
    page.size_name = size_name
    yield page
    assert not tab.problems, tab.problems


@pytest.fixture(params=list(SIZES))
def sized_page(request, shared_tabs):
    """The page at 1440x900 and at 390x844."""
    yield from _shared(shared_tabs, request.param)


@pytest.fixture
def desktop(shared_tabs):
    yield from _shared(shared_tabs, "desktop")


@pytest.fixture
def phone(shared_tabs):
    yield from _shared(shared_tabs, "phone")


@pytest.fixture
def fresh_desktop(browser, live_server):
    """A page in a browser context of its own: an empty cache (page weight, first paint) and no init script
    left for the next test (tests that add one)."""
    problems: list[str] = []
    context, tab = open_page(browser, live_server, DESKTOP, problems)
    yield tab
    context.close()
    assert not problems, problems


def doc_shot(page, name: str) -> Path:
    """A screenshot of what is on screen into test-artifacts/explorer/; with PLEDGEGRAPH_DOC_SHOTS=1 also
    into docs/explorer/ as a small palette PNG (so an ordinary test run leaves the committed ones alone)."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    DOCS.mkdir(parents=True, exist_ok=True)
    raw = ARTIFACTS / f"{name}.png"
    dialog_open = page.evaluate("document.getElementById('evidence').open")
    if not dialog_open:  # the view itself, not the toolbar above it (which fills a phone's first screen)
        page.evaluate("(document.querySelector('#search-results:not([hidden])') ? document.body : document.querySelector('main h2:not(.sr-only)') ?? document.body).scrollIntoView()")
    page.screenshot(path=str(raw), full_page=False)
    if not os.environ.get("PLEDGEGRAPH_DOC_SHOTS"):
        return raw
    out = DOCS / f"{name}.png"
    with Image.open(raw) as image:
        image.convert("RGB").quantize(colors=64, method=Image.Quantize.MEDIANCUT).save(out, optimize=True)
    return out


def wait_matrix(page, count: str = "21") -> None:
    expect(page.locator('#matrix-summary [data-signatories-for="spyware-joint-statement"]')).to_have_text(count)
    expect(page.locator("#busy")).to_be_hidden()
