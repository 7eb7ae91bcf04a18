"""Issue 17, in the browser: PNG exports carry full column headers (wrapped, never cut), and
every export a source and date line; CSV files carry the date, data version and source."""

from __future__ import annotations

import csv
import io

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import desktop, fresh_desktop, wait_matrix  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE, instrument_title

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
RECORD_TEXT = """(() => { window.__drawn = []; const fill = CanvasRenderingContext2D.prototype.fillText;
  CanvasRenderingContext2D.prototype.fillText = function (text, ...rest) { window.__drawn.push(String(text)); return fill.call(this, text, ...rest); }; })()"""


def download(page, button: str):
    with page.expect_download() as info:
        page.locator(button).click()
    return info.value.suggested_filename, open(info.value.path(), "rb").read()


def test_png_has_full_headers_and_a_source_and_date_line(fresh_desktop):
    page = fresh_desktop  # an init script of its own
    page.add_init_script(RECORD_TEXT)
    page.goto("/#as_of=2024-06-01")
    wait_matrix(page, "17")
    name, data = download(page, "#export-png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and "2024-06-01" in name
    drawn = page.evaluate("window.__drawn")
    joined = " ".join(drawn)
    assert instrument_title(SPYWARE) in joined  # the whole title, wrapped over lines
    assert "Sweden" in drawn and "Cyprus" in drawn
    assert any(t.startswith("Source: pledgegraph explorer") for t in drawn), drawn[-3:]
    assert any("as of 2024-06-01" in t and "data version" in t for t in drawn), drawn[-3:]
    headers_cut = [t for t in drawn[:12] if t.endswith("…")]
    assert not headers_cut, headers_cut

    page.evaluate("window.__drawn = []")
    page.locator("#headline-button").click()
    expect(page.locator("#headline-table tbody tr")).to_have_count(5)
    download(page, "#export-png")
    drawn = page.evaluate("window.__drawn")
    assert {"State", "Joined", "Opposed", "Signature", "Opposition"} <= set(drawn)
    assert any(t.startswith("Source: pledgegraph explorer") for t in drawn)


def test_csv_carries_date_version_and_source(desktop):
    page = desktop
    page.goto("/#as_of=2024-06-01")
    wait_matrix(page, "17")
    name, data = download(page, "#export-csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert "as-of-2024-06-01" in name
    assert {"as_of", "data_version", "source"} <= set(rows[0])
    assert {r["as_of"] for r in rows} == {"2024-06-01"}
    assert all(r["data_version"].isdigit() and int(r["data_version"]) >= 1 for r in rows)
    assert all("as_of=2024-06-01" in r["source"] for r in rows)
    assert sum(r[instrument_title(SPYWARE)].startswith("Signed") for r in rows) == 17


@pytest.mark.parametrize("view, ready", [
    ("timeline", "#timeline-list li, .timeline li"),
    ("graph", "#graph-canvas canvas"),
])
def test_timeline_and_graph_exports_carry_the_source_and_date(fresh_desktop, view, ready):
    """Every view's PNG has the source and date lines drawn under it, and its CSV the date, data version and source."""
    page = fresh_desktop  # an init script of its own
    page.add_init_script(RECORD_TEXT)
    page.goto(f"/#view={view}&as_of=2024-06-01" + ("&node=SE" if view == "graph" else ""))
    expect(page.locator(ready).first).to_be_attached()
    expect(page.locator("#busy")).to_be_hidden()
    name, data = download(page, "#export-png")
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and name.endswith("as-of-2024-06-01.png"), name
    drawn = page.evaluate("window.__drawn")
    assert any(t.startswith("Source: pledgegraph explorer") and "as_of=2024-06-01" in t for t in drawn), drawn[-3:]
    assert any("as of 2024-06-01" in t and "data version" in t for t in drawn), drawn[-3:]
    name, data = download(page, "#export-csv")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8"))))
    assert name.endswith("as-of-2024-06-01.csv") and rows, name
    assert {r["as_of"] for r in rows} == {"2024-06-01"} and all(r["data_version"].isdigit() for r in rows)
    assert all("as_of=2024-06-01" in r["source"] for r in rows)
