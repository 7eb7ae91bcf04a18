"""GET /search answers with organisations as well as documents, typed (type, key, name): an
organisation is found there by the rules of GET /organizations (case, accents, its names in
other languages), before the documents, and the pages run over both; on the starting corpus
and the project's metadata loaded into the real test server."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import PROJECT_ROOT
from tests.api.conftest import assert_problem, make_settings

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def client(corpus_graph, neo4j_driver, neo4j_settings) -> Iterator[TestClient]:
    neo4j_driver.execute_query("CALL db.awaitIndexes(60)", database_=neo4j_settings.database)
    settings = make_settings(PROJECT_ROOT / "cypher")
    with TestClient(create_app(settings, neo4j_settings), raise_server_exceptions=False) as test_client:
        yield test_client


def search(client, q: str, **params) -> dict:
    response = client.get("/search", params={"q": q, **params})
    assert response.status_code == 200, response.text
    return response.json()


def organisations(body: dict) -> list[str]:
    return [hit["key"] for hit in body["items"] if hit["type"] == "organization"]


@pytest.mark.parametrize("q, key", [
    ("amnistía", "amnesty-international"),            # another language's name, with its accent
    ("AMNISTIA", "amnesty-international"),            # and without, in capitals
    ("Reporter ohne", "reporters-without-borders"),   # a German name, two word starts
    ("gulf coop", "gulf-cooperation-council"),
    ("african union", "african-union"),               # a party only others report
])
def test_search_finds_an_organisation_by_any_of_its_names(client, q, key):
    body = search(client, q)
    hit = next(h for h in body["items"] if h["key"] == key)
    assert hit["type"] == "organization" and hit["id"] == key
    assert hit["name"] and hit["title"] == hit["name"] and hit["kind"]
    assert hit["date"] is None and hit["snippet"] is None


@pytest.mark.parametrize("q", ["amnistia", "Reporter ohne", "access", "union", "privacy international"])
def test_search_finds_the_organisations_the_organisations_route_finds(client, q):
    route = [item["key"] for item in client.get("/organizations", params={"q": q}).json()["items"]]
    assert route and organisations(search(client, q)) == route


def test_organisations_come_first_then_documents_typed(client):
    body = search(client, "amnesty")
    types = [hit["type"] for hit in body["items"]]
    assert types[0] == "organization" and "document" in types
    assert types == sorted(types, key=lambda t: t != "organization")  # no organisation after a document
    for hit in body["items"]:
        if hit["type"] == "document":
            assert hit["key"] == hit["id"] and hit["name"] == hit["title"] and hit["date"] and hit["languages"]


def test_pages_run_over_organisations_and_documents(client):
    whole = search(client, "amnesty")
    count = len(organisations(whole))
    assert whole["total"] == len(whole["items"]) > count >= 1
    first = search(client, "amnesty", limit=count)
    assert [h["key"] for h in first["items"]] == [h["key"] for h in whole["items"][:count]]
    assert first["total"] == whole["total"] and first["next"] and f"offset={count}" in first["next"]
    rest = search(client, "amnesty", limit=50, offset=count)
    assert [h["key"] for h in rest["items"]] == [h["key"] for h in whole["items"][count:]]
    assert all(h["type"] == "document" for h in rest["items"]) and rest["next"] is None


def test_a_word_after_not_names_no_organisation(client):
    assert "amnesty-international" in organisations(search(client, "amnesty"))
    assert "amnesty-international" not in organisations(search(client, "statement NOT amnesty"))


def test_a_name_nobody_has_finds_no_organisation(client):
    assert organisations(search(client, "Zyxwvut Foundation")) == []


def test_search_as_csv_names_each_hits_type(client):
    response = client.get("/search", params={"q": "amnistia"}, headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert rows[0]["type"] == "organization" and rows[0]["key"] == "amnesty-international"


def test_search_with_no_word_is_still_a_422_naming_q(client):
    assert_problem(client.get("/search", params={"q": "(("}), 422, parameter="q")
