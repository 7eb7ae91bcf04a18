"""Explorer fixtures: the starting corpus loaded once, the API on a loopback port, headless Chromium.

The browser is Debian's ``chromium`` (``make browser`` installs it), driven by Python
Playwright through ``executable_path``: Playwright's own browser download cannot work on
the project's machines, so it is never used. A missing Chromium fails every browser test
loudly rather than skipping it. The corpus is loaded once for the whole package (about
30 s) instead of once per module as ``corpus_graph`` does; nothing in this package writes
to the graph, and every other fixture wipes the graph before it uses it.

Screenshots go to ``test-artifacts/explorer/`` (git-ignored); ``docs/explorer.png`` is
one of them, copied by hand when the page changes.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import neo4j
import pytest
import uvicorn

from api.main import create_app
from core.settings import PROJECT_ROOT, AppSettings, Neo4jSettings
from tests.conftest import wipe_graph

CHROMIUM = Path(os.environ.get("PLEDGEGRAPH_CHROMIUM", "/usr/bin/chromium"))
# As on the project's machines: no sandbox (root), no GPU, and none of Chromium's own
# network traffic, which the closed network would refuse.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = PROJECT_ROOT / "test-artifacts" / "explorer"
SPYWARE = "spyware-joint-statement"


def instrument_title(instrument_id: str) -> str:
    """The curated title of an instrument (metadata/instruments/*.yaml): what the page must show for it."""
    from loaders.metadata import load_instrument_manifests

    return next(m.title for m in load_instrument_manifests(AppSettings().metadata_dir) if m.id == instrument_id)


@pytest.fixture(scope="package")
def explorer_corpus(neo4j_driver: neo4j.Driver, neo4j_settings: Neo4jSettings, corpus_dir: Path):
    from loaders.run import load_paths

    wipe_graph(neo4j_driver, neo4j_settings.database)
    report = load_paths([corpus_dir], driver=neo4j_driver, database=neo4j_settings.database)
    failed = [f for f in report.files if f.action == "rejected"]
    assert not failed and report.exit_code == 0, f"corpus did not load cleanly: {failed} {report.error}"
    return report


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="package")
def live_server(explorer_corpus, neo4j_settings: Neo4jSettings) -> Iterator[str]:
    """The real app under uvicorn in a thread, on a free loopback port; yields its base URL."""
    port = free_port()
    app = create_app(AppSettings(cypher_dir=PROJECT_ROOT / "cypher"), neo4j_settings)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=server.run, name="explorer-uvicorn", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the API did not start for the explorer tests")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="package")
def browser():
    if not CHROMIUM.is_file():
        pytest.fail(f"Chromium is missing at {CHROMIUM}: run `make browser` (apt-get install chromium) "
                    "or set PLEDGEGRAPH_CHROMIUM; the explorer tests need a real browser and are not skipped.")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def aborted(text: str) -> bool:
    """A request the page itself cancelled (a newer question, or the page left): not an error of the page."""
    return "net::ERR_ABORTED" in text or "aborted" in text.lower()


class SharedTab:
    """One browser tab of one size, kept for the package's tests: each test starts it on a blank document
    (so the page is loaded anew, with its own script state), with no route left and its size restored.

    A new browser context and tab per test cost more than the page load itself on the shared 2-core
    machine, on some 90 tests (docs/explorer.md has the suite's time before and after). What a
    reused tab keeps is the browser's cache and its history (at most 50 entries); tests that need a cold
    cache (page weight, the first paint), count history entries or add init scripts take a page of their
    own (``fresh_desktop``).
    """

    def __init__(self, browser, base_url: str, viewport: dict, *, timeout_ms: int, locale: str | None, ignore_aborted: bool):
        self.args = (browser, base_url, viewport, timeout_ms, locale, ignore_aborted)
        self.viewport = viewport
        self.problems: list[str] = []
        self.context = None
        self.page = None

    def _open(self) -> None:
        browser, base_url, viewport, timeout_ms, locale, ignore_aborted = self.args
        options = {"viewport": viewport, "accept_downloads": True, "base_url": base_url}
        if locale:
            options["locale"] = locale
        self.context = browser.new_context(**options)
        self.context.set_default_timeout(timeout_ms)
        self.page = self.context.new_page()
        self.page.on("pageerror", lambda error: self.problems.append(f"page error: {error}"))
        self.page.on("console", lambda msg: self.problems.append(f"console error: {msg.text}")
                     if msg.type == "error" and not (ignore_aborted and aborted(msg.text)) else None)

    def fresh(self):
        if self.page is None or self.page.is_closed():
            self._open()
        self.page.unroute_all(behavior="ignoreErrors")
        self.page.goto("about:blank")
        self.page.set_viewport_size(self.viewport)
        self.problems.clear()
        return self.page

    def close(self) -> None:
        if self.context is not None:
            self.context.close()


@pytest.fixture(scope="package")
def shared_tabs(browser, live_server):
    """SharedTab by name, opened on first use: ``shared_tabs("desktop", viewport, ...)``."""
    tabs: dict[str, SharedTab] = {}

    def get(name: str, viewport: dict, *, timeout_ms: int = 15_000, locale: str | None = "en-GB", ignore_aborted: bool = True) -> SharedTab:
        if name not in tabs:
            tabs[name] = SharedTab(browser, live_server, viewport, timeout_ms=timeout_ms, locale=locale, ignore_aborted=ignore_aborted)
        return tabs[name]

    yield get
    for tab in tabs.values():
        tab.close()


@pytest.fixture
def page(shared_tabs):
    """The page at 1280x900, loaded anew by each test; fails the test if the page throws or logs an error."""
    tab = shared_tabs("page", {"width": 1280, "height": 900}, timeout_ms=10_000, locale=None, ignore_aborted=False)
    yield tab.fresh()
    assert not tab.problems, tab.problems


def screenshot(page, name: str, *, full_page: bool = True) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=full_page)
    return path
