"""Issue 17, in the browser: a page one can link to per document (the quoted span marked), per
state, per instrument and per legal act; every evidence dialog has its own address; a "cite
this" line names the data version; the search box answers as one types."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import sized_page, doc_shot, wait_matrix  # noqa: F401 - fixture
from tests.explorer.conftest import SPYWARE

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def test_evidence_dialog_has_its_own_address(sized_page):
    page = sized_page
    page.goto("/#as_of=2024-06-01")
    wait_matrix(page, "17")
    page.locator(f'td[data-state="SE"][data-column="{SPYWARE}"] button').click()
    expect(page.locator("dialog#evidence .passage").first).to_be_visible()
    assert re.search(r"evidence=f-[0-9a-f]+", page.url), page.url
    address = page.url
    page.keyboard.press("Escape")
    expect(page.locator("dialog#evidence")).to_be_hidden()
    expect(page).not_to_have_url(re.compile(r"evidence="))  # the dialog's close event (a queued task) rewrites the address
    page.goto("about:blank")
    page.goto(address)
    dialog = page.locator("dialog#evidence")
    expect(dialog.locator(".passage").first).to_be_visible()
    expect(dialog.locator("#evidence-title")).to_contain_text("Sweden")
    expect(dialog.locator(".cite")).to_contain_text("data version")


def test_document_page_marks_the_quoted_span(sized_page):
    page = sized_page
    page.goto("/#as_of=2024-06-01")
    wait_matrix(page, "17")
    page.locator(f'td[data-state="SE"][data-column="{SPYWARE}"] button').click()
    passage = page.locator("dialog#evidence .passage").filter(has=page.locator('.lang[data-lang="pl"]')).first
    quote = passage.locator("mark").inner_text()
    passage.locator("dd a").first.click()
    expect(page.locator("dialog#evidence")).to_be_hidden()
    assert "view=document" in page.url and "fact=f-" in page.url
    expect(page.locator("#quoted-span")).to_have_text(quote)
    meta = page.locator(".page-meta")
    expect(meta).to_contain_text("Polish")
    expect(meta).to_contain_text("2024-03-18")
    expect(meta).to_contain_text("load run of")
    expect(meta).to_contain_text("no source address recorded")


def test_state_instrument_and_act_pages(sized_page):
    page = sized_page
    page.goto("/#view=state&iso2=SE&as_of=2023-06-01")
    expect(page.locator("#state-signed li")).to_have_count(1)
    expect(page.locator("#state-signed")).to_contain_text("joined edition 1 (2023-03-30)")
    expect(page.locator("#state-stances")).to_contain_text("Opposed")
    page.goto("/#view=state&iso2=GB&as_of=2019-06-01")
    expect(page.locator("article[data-page=state] .summary")).to_contain_text("An EU member state on that date")
    page.goto("/#view=state&iso2=GB")
    expect(page.locator("article[data-page=state] h2")).to_have_text("United Kingdom")
    expect(page.locator("article[data-page=state] .summary")).not_to_contain_text("EU member")
    page.goto(f"/#view=instrument&id={SPYWARE}&as_of=2024-06-01")
    editions = page.locator("#instrument-editions > li")
    expect(editions).to_have_count(2)
    expect(editions.nth(1)).to_contain_text("17 signatories")
    commitments = page.locator(".commitment")
    expect(commitments).to_have_count(5)  # every commitment, each in every language loaded (English, Latvian, Polish)
    expect(commitments.first.locator("blockquote[lang]")).to_have_count(3)
    assert sorted(commitments.first.locator("blockquote[lang]").evaluate_all("els => els.map((e) => e.lang)")) == ["en", "lv", "pl"]
    page.goto("/#view=act&id=celex:52016PC0616")
    expect(page.locator("#act-opposed li")).to_have_count(9)
    expect(page.locator("#act-opposed")).to_contain_text("Sweden")
    expect(page.locator("#cite-text")).to_contain_text("data version")
    assert "view=act" in page.locator("#cite-text").inner_text()


def test_row_and_column_headers_link_to_pages(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    page.locator('#matrix-table tr[data-state="FI"] th a').click()
    expect(page.locator("article[data-page=state] h2")).to_have_text("Finland")
    page.go_back()
    wait_matrix(page)
    page.locator(f'#matrix-table th[data-column="{SPYWARE}"] a').click()
    expect(page.locator("article[data-page=instrument] h2")).to_be_visible()
    page.goto("/#as_of=2023-06-01")
    wait_matrix(page, "11")
    page.locator('#matrix-table tr[data-state="SE"] th a').click()  # the page keeps the date
    expect(page.locator("article[data-page=state] .summary")).to_contain_text("As of 2023-06-01")
    expect(page.locator("#state-signed")).to_contain_text("on edition 1 ")
    assert "as_of=2023-06-01" in page.url


def test_search_answers_as_one_types(sized_page):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    page.locator("#search").press_sequentially("swe", delay=40)
    results = page.locator("#search-results")
    expect(results.get_by_role("link", name="Sweden", exact=True)).to_be_visible()
    page.locator("#search").fill("")
    page.locator("#search").press_sequentially("surveillance", delay=20)
    expect(results.locator(".snippet").first).to_be_visible()
    results.get_by_role("link").filter(has_text="press release").first.click()
    expect(page.locator("article[data-page=document] h2")).to_be_visible()


@pytest.mark.parametrize("typed", ["Zviedrija", "Szwecji", "Schweden"])
def test_search_finds_a_state_by_an_inflected_name(sized_page, typed):
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    page.locator("#search").press_sequentially(typed, delay=30)
    link = page.locator("#search-results").get_by_role("link", name="Sweden", exact=True)
    expect(link).to_be_visible(timeout=20_000)  # the name tables load on the first question
    link.click()
    expect(page.locator("article[data-page=state] h2")).to_have_text("Sweden")


def test_the_cite_line_names_the_data_version_of_get_versions(sized_page):
    """One account of the data version: the page reads GET /versions (the API's), and its old
    /explorer/data-version duplicate is gone."""
    page = sized_page
    page.goto("/")
    wait_matrix(page)
    versions = page.request.get("/versions").json()
    assert versions["latest"] >= 1
    day = versions["last_updated"][:10]
    expect(page.locator("#cite-text")).to_contain_text(f"data version {versions['latest']}, last updated {day}")
    assert page.request.get("/explorer/data-version").status == 404
