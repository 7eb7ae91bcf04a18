"""Issues 17 and 19, in the browser at desktop width: the search box finds organisations (an NGO
by an alias typed without its accent, an international organisation by its name) through the
API's one search (GET /search answers with organisations and documents, typed), and each
result opens the organisation's own page: what it authored and its stances with evidence,
and a party others report, marked as reported and never as a signature."""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.explorer.browser_pages import desktop, wait_matrix  # noqa: F401 - fixture

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]


def test_search_finds_organisations_and_opens_their_page(desktop):
    page = desktop
    page.goto("/")
    wait_matrix(page)
    asked: list[str] = []
    record = lambda request: asked.append(request.url)  # noqa: E731
    page.on("request", record)
    results = page.locator("#search-results")
    page.locator("#search").press_sequentially("amnistia", delay=30)  # the Spanish name, no accent
    link = results.get_by_role("link", name="Amnesty International", exact=True)
    expect(link).to_be_visible()
    expect(results).to_contain_text("organisation, NGO")
    assert any("/search?q=amnistia" in url for url in asked), asked
    assert not [url for url in asked if "/organizations?" in url], asked  # one search answers for organisations too
    page.remove_listener("request", record)
    link.click()
    article = page.locator("article[data-page=organization]")
    expect(article.locator("h2")).to_have_text("Amnesty International")
    assert "view=organization" in page.url and "id=amnesty-international" in page.url
    expect(page.locator("#organization-authored li")).to_have_count(1)
    stances = page.locator("#organization-stances")
    expect(stances).to_contain_text("Opposed")
    expect(stances).to_contain_text("Supported")
    stances.get_by_role("button", name="Evidence:").first.click()
    expect(page.locator("dialog#evidence .passage").first).to_be_visible()
    page.keyboard.press("Escape")

    page.locator("#search").fill("")
    page.locator("#search").press_sequentially("African Union", delay=20)
    results.get_by_role("link", name="African Union", exact=True).click()
    expect(article.locator("h2")).to_have_text("African Union")
    expect(page.locator("#organization-reported li").first).to_contain_text("Pall Mall")
    expect(article).to_contain_text("Nothing signed on this date.")
