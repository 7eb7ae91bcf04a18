"""Issue 19, in the browser: the headline is one instance of the "took part, and opposed it
elsewhere" template, asked about any instrument and any act or topic from two pickers; an
instrument's page shows its parties as of a date (own acts, reported participation marked)
and the counts sources give, side by side. Both pairs at desktop and phone width, with axe."""

from __future__ import annotations

import csv
import io
import re

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import desktop, doc_shot, sized_page  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE, instrument_title
from tests.explorer.test_page_a11y import serious

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
CODE = "pall-mall-code-of-practice"


def template_defaults(page) -> dict[str, str]:
    queries = page.request.get("/queries").json()["queries"]
    template = next(q for q in queries if q["name"] == "parties_opposing")
    return {p["name"]: p["default"] for p in template["parameters"]}


@pytest.mark.parametrize("as_of, count", [(None, 6), ("2024-06-01", 5), ("2023-06-01", 2)])
def test_the_spyware_pair_is_the_headline_unchanged(sized_page, as_of, count):
    page = sized_page
    page.goto("/#view=headline" + (f"&as_of={as_of}" if as_of else ""))
    rows = page.locator("#headline-table tbody tr")
    expect(rows).to_have_count(count)
    expect(page.locator("#busy")).to_be_hidden()
    defaults = template_defaults(page)
    assert defaults["instrument"] == SPYWARE
    expect(page.locator("#pick-instrument")).to_have_value(SPYWARE)
    expect(page.locator("#pick-target")).to_have_value(defaults["target"])
    expect(page.locator("#headline-summary")).to_contain_text(f"{count} states signed the {instrument_title(SPYWARE)} and also opposed")
    for i in range(count):  # a passage for each half (edition 1's list is a curated record before edition 2's text)
        expect(rows.nth(i).locator(".rel-signed-soft .headline-evidence > blockquote.quote, .rel-signed-soft .curated")).to_have_count(1)
        expect(rows.nth(i).locator(".rel-oppose-soft .headline-evidence > blockquote.quote")).to_have_count(1)


def test_the_code_of_practice_and_export_controls_picked(sized_page):
    page = sized_page
    page.goto("/#view=headline")
    expect(page.locator("#headline-table tbody tr")).to_have_count(6)
    page.locator("#pick-instrument").select_option(CODE)
    expect(page).to_have_url(re.compile(rf"instrument={CODE}"))
    expect(page.locator("#busy")).to_be_hidden()
    page.locator("#pick-target").select_option("export-controls")
    summary = page.locator("#headline-summary")
    expect(summary).to_contain_text("about export controls")
    assert "target=export-controls" in page.url and f"instrument={CODE}" in page.url
    rows = page.locator("#headline-table tbody tr")
    expect(rows).to_have_count(1)
    uk = page.locator('#headline-table tr[data-state="GB"]')
    expect(uk).to_contain_text("endorsed")
    expect(uk).to_contain_text("opposed before signing")
    expect(uk.locator("blockquote.quote")).to_have_count(2)  # the endorsement's page and the opposition's passage
    expect(summary).to_contain_text(f"1 state endorsed {instrument_title(CODE)}")
    expect(page.locator("#pick-instrument")).to_have_value(CODE)
    expect(page.locator("#pick-target")).to_have_value("export-controls")
    doc_shot(page, f"headline-pall-mall-code-{page.size_name}")
    assert not serious(page), serious(page)
    with page.expect_download() as download:
        page.locator("#export-csv").click()
    assert download.value.suggested_filename == f"pledgegraph-headline-{CODE}-export-controls-latest.csv"
    rows = list(csv.DictReader(io.StringIO(open(download.value.path(), encoding="utf-8").read())))
    assert [(r["instrument"], r["target"], r["iso2"], r["act"], r["joined_date"], r["opposed_as_of"]) for r in rows] == \
        [(CODE, "export-controls", "GB", "endorsed", "2025-04-25", "2018")]  # the opposition's date at its precision
    assert rows[0]["signing_quote"] and rows[0]["opposition_quote"]
    # The day before the UK's endorsement counts, nobody: the pair and the date stay in the address.
    page.goto(page.url + "&as_of=2025-04-24")
    expect(page.locator("#headline-summary [data-headline-count]")).to_have_text("0")
    expect(page.locator("#pick-instrument")).to_have_value(CODE)


def test_an_instruments_page_shows_parties_and_disagreeing_sources(sized_page):
    page = sized_page
    page.goto(f"/#view=instrument&id={CODE}&as_of=2025-12-31")
    parties = page.locator("#parties-table tbody tr")
    expect(parties.first).to_be_visible()
    expect(page.locator("#busy")).to_be_hidden()
    status = dict(parties.evaluate_all("rows => rows.map(r => [r.dataset.party, r.dataset.status])"))
    assert status == {"GB": "party", "FR": "reported", "JP": "reported", "KR": "reported", "RO": "reported", "US": "reported"}
    expect(page.locator('#parties-table tr[data-party="RO"]')).to_contain_text("Reported only: not counted")
    expect(page.locator('#parties-table tr[data-party="RO"]')).to_contain_text("joined")
    expect(page.locator('#parties-table tr[data-party="GB"]')).to_contain_text("Party, by its own act")
    expect(page.locator("#parties-summary [data-parties]")).to_have_text("1")
    counts = {int(c) for c in page.locator('#sources-table tr[data-what="states"]').evaluate_all("rows => rows.map(r => r.dataset.count)")}
    assert {21, 23, 25, 27} <= counts, counts
    expect(page.locator("#sources-summary")).to_contain_text("disagree")
    assert all(page.locator("#sources-table tbody tr th").all_inner_texts())
    doc_shot(page, f"instrument-pall-mall-code-{page.size_name}")
    assert not serious(page), serious(page)
    # As of June 2025 only the counts known by then, and the UK's endorsement is the only own act.
    page.goto(f"/#view=instrument&id={CODE}&as_of=2025-06-30")
    expect(page.locator("#parties-heading")).to_contain_text("2025-06-30")
    expect(page.locator("#sources-table tbody tr").first).to_be_visible()
    counts = {int(c) for c in page.locator('#sources-table tr[data-what="states"]').evaluate_all("rows => rows.map(r => r.dataset.count)")}
    assert counts == {21, 25}, counts
    # The page's own picker moves to another instrument, keeping the date.
    page.locator("#pick-page-instrument").select_option(SPYWARE)
    expect(page.locator("main h2").first).to_have_text(instrument_title(SPYWARE))
    assert "as_of=2025-06-30" in page.url
    expect(page.locator('#parties-table tr[data-status="party"]')).to_have_count(21)


def test_a_states_page_lists_its_own_endorsements_as_of_the_date(desktop):
    """The UK's own endorsements of the two Pall Mall texts are on its page, each from its day, with its evidence."""
    page = desktop
    page.goto("/#view=state&iso2=GB")
    own = page.locator("#state-own-acts li")
    expect(own).to_have_count(2)
    expect(own.filter(has_text=instrument_title(CODE))).to_contain_text("endorsed (2025-04-25)")
    page.goto("/#view=state&iso2=GB&as_of=2025-04-24")
    expect(page.locator("main h2").first).to_have_text("United Kingdom")
    expect(page.locator("#state-own-acts li")).to_have_count(1)
    expect(page.locator("#state-own-acts")).not_to_contain_text(instrument_title(CODE))
    page.locator("#state-own-acts li button").first.click()
    expect(page.locator("dialog#evidence .passage").first).to_be_visible()
    assert not serious(page), serious(page)
