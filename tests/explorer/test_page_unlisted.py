"""Issues 17 and 19, in the browser: every instrument picker (the headline's, the matrix's column
filter, the instrument page's, the timeline's) offers every instrument GET /instruments holds,
those with no edition or party too, and picking one with nothing to list shows why, not a blank:
no edition (or no list of signatories), no party by its own act as of the date, and the documents
that refer to it (GET /instruments/{id}/documents), linked, none dated after the as-of date.
Both widths, with axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import desktop, doc_shot, sized_page  # noqa: F401 - fixture
from tests.explorer.test_page_a11y import serious

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
CODE = "pall-mall-code-of-practice"  # an edition (2025-04-04) with no list, one party by its own act (GB, 2025-04-25)


def held(page) -> list[dict]:
    return page.request.get("/instruments", params={"limit": 500}).json()["items"]


def no_edition(page) -> dict:
    """An instrument the graph holds with no edition (on the corpus: the 2018 position paper, known from a report)."""
    found = [i for i in held(page) if i["editions"] == 0]
    assert found, "the corpus holds an instrument with no edition"
    return found[0]


def referring(page, instrument: str, as_of: str | None = None) -> list[dict]:
    return page.request.get(f"/instruments/{instrument}/documents", params={"as_of": as_of} if as_of else {}).json()["items"]


def offered(page, select: str) -> set[str]:
    return set(page.locator(f"{select} option").evaluate_all("options => options.map((o) => o.value)")) - {""}


def test_the_headline_picker_offers_every_instrument_and_says_why_one_has_no_row(sized_page):
    page = sized_page
    page.goto("/#view=headline")
    expect(page.locator("#headline-table tbody tr").first).to_be_visible()
    instruments = held(page)
    assert offered(page, "#pick-instrument") == {i["instrument_id"] for i in instruments}
    paper = no_edition(page)
    expect(page.locator(f'#pick-instrument option[value="{paper["instrument_id"]}"]')).to_contain_text("no edition in the graph")
    page.locator("#pick-instrument").select_option(paper["instrument_id"])
    why = page.locator("#why-empty")
    expect(why).to_be_visible()
    expect(page.locator("#busy")).to_be_hidden()
    expect(page.locator("#headline-summary [data-headline-count]")).to_have_text("0")
    expect(why).to_have_attribute("data-edition", "none")
    expect(why).to_contain_text("No edition of")
    expect(why).to_contain_text("no party took part by its own act")
    docs = referring(page, paper["instrument_id"])
    assert docs, "the position paper is known from the document that reports it"
    expect(why).to_contain_text(f"{len(docs)} document{'s refer' if len(docs) > 1 else ' refers'} to it:")
    links = why.locator("#referring-documents li a")
    expect(links).to_have_count(len(docs))
    assert links.evaluate_all("as => as.map((a) => a.getAttribute('href'))") == [f"#view=document&id={d['id']}" for d in docs]
    expect(why.locator("#referring-documents li").first).to_contain_text("reports it")
    doc_shot(page, f"headline-no-edition-{page.size_name}")
    assert not serious(page), serious(page)
    links.first.click()
    expect(page.locator("#document-text")).to_be_visible()


def test_an_empty_headline_before_the_first_party_says_there_is_an_edition_but_no_party(desktop):
    page = desktop
    page.goto(f"/#view=headline&instrument={CODE}&target=export-controls&as_of=2025-04-24")
    why = page.locator("#why-empty")
    expect(why).to_be_visible()
    expect(why).to_have_attribute("data-edition", "1")
    expect(why).to_have_attribute("data-parties", "0")
    expect(why).to_contain_text("no list of its signatories is loaded and no party took part by its own act")
    dates = [d["date"] for d in referring(page, CODE, "2025-04-24")]
    assert all(d is None or d[:10] <= "2025-04-24" for d in dates), dates
    expect(why.locator("#referring-documents li")).to_have_count(len(dates))
    # Once the UK has endorsed it, the pair has its row and no explanation is needed.
    page.goto(f"/#view=headline&instrument={CODE}&target=export-controls")
    expect(page.locator("#headline-table tbody tr")).to_have_count(1)
    expect(page.locator("#why-empty")).to_have_count(0)


def test_the_matrix_filter_offers_every_instrument_and_says_why_one_has_no_cell_yet(sized_page):
    page = sized_page
    page.goto("/#as_of=2025-04-24")
    expect(page.locator("#matrix-table")).to_be_visible()
    columns = {c["instrument_id"] or c["act_id"] for c in page.request.get("/matrix").json()["columns"]}
    assert offered(page, "#filter-column") == columns | {i["instrument_id"] for i in held(page)}
    page.locator("#filter-column").select_option(CODE)
    why = page.locator("#why-empty")
    expect(why).to_be_visible()
    assert f"column={CODE}" in page.url
    expect(page.locator("#matrix-table")).to_have_count(0)
    expect(page.locator("#matrix-scroll-hint")).to_be_hidden()  # no table, so no hint to scroll it
    expect(why).to_have_attribute("data-edition", "1")
    expect(why).to_have_attribute("data-parties", "0")  # the UK endorses it the next day
    expect(why).to_contain_text("no list of its signatories is loaded and no party took part by its own act")
    expect(why).to_contain_text("no state has one on it as of 2025-04-24")
    expect(why.locator("#referring-documents li")).to_have_count(len(referring(page, CODE, "2025-04-24")))
    doc_shot(page, f"matrix-unlisted-instrument-{page.size_name}")
    assert not serious(page), serious(page)
    # From the UK's own endorsement on, the column has its cell, never counted as a signature.
    page.locator("#as-of-latest").click()
    cell = page.locator(f'#matrix-table td[data-column="{CODE}"][data-state="GB"]')
    expect(cell).to_have_attribute("data-relation", "endorsed")
    expect(cell).to_contain_text("Endorsed")
    expect(page.locator("#why-empty")).to_have_count(0)
    expect(page.locator(f'#matrix-summary [data-signatories-for="{CODE}"]')).to_have_text("0")
    expect(page.locator("#matrix-summary")).to_contain_text("1 state by its own announcement (endorsed)")
    cell.locator("button").click()
    expect(page.locator("dialog#evidence .passage").first).to_be_visible()


def test_an_instrument_page_with_nothing_to_list_says_so_and_lists_what_refers_to_it(desktop):
    page = desktop
    paper = no_edition(page)
    page.goto(f"/#view=instrument&id={paper['instrument_id']}")
    trace = page.locator("#instrument-trace")
    expect(trace).to_contain_text("No edition of")
    assert offered(page, "#pick-page-instrument") == {i["instrument_id"] for i in held(page)}
    docs = referring(page, paper["instrument_id"])
    expect(page.locator("#referring-documents li")).to_have_count(len(docs))
    assert not serious(page), serious(page)
    # Before the report's year nothing refers to it: no document dated after the as-of date is listed.
    year = min(d["date"][:4] for d in docs if d["date"])
    page.goto(f"/#view=instrument&id={paper['instrument_id']}&as_of={int(year) - 1}-12-31")
    expect(page.locator("p#referring-documents")).to_contain_text(f"No document in the graph refers to it on or before {int(year) - 1}-12-31")
