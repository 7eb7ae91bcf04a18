"""GET /organizations (search by name, alias, any case and accents) and GET /organizations/{key}
(what an organisation signed, took part in, authored, and its stances, with evidence), on the
starting corpus and the project's metadata loaded into the real test server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import PROJECT_ROOT
from tests.api.conftest import assert_problem, make_settings

pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def client(corpus_graph, neo4j_settings) -> Iterator[TestClient]:
    settings = make_settings(PROJECT_ROOT / "cypher")
    with TestClient(create_app(settings, neo4j_settings), raise_server_exceptions=False) as test_client:
        yield test_client


def keys(response) -> list[str]:
    assert response.status_code == 200, response.text
    return [item["key"] for item in response.json()["items"]]


@pytest.mark.parametrize("q, key", [
    ("african union", "african-union"),        # a party of the Pall Mall declaration others report
    ("GULF coop", "gulf-cooperation-council"),   # case and word starts
    ("amnistía", "amnesty-international"),      # an alias in Spanish, with its accent
    ("amnistia", "amnesty-international"),      # and without
    ("Reporter ohne", "reporters-without-borders"),  # an alias in German
    ("privacy", "privacy-international"),
])
def test_search_finds_an_organisation_by_name_or_alias(client, q, key):
    found = keys(client.get("/organizations", params={"q": q}))
    assert found[0] == key or key in found[:3], found


def test_search_answers_with_kind_and_counts(client):
    body = client.get("/organizations", params={"q": "access"}).json()
    hit = next(i for i in body["items"] if i["key"] == "access-now")
    assert hit["name"] == "Access Now" and hit["kind"] == "ngo"
    assert hit["facts"] >= 3 and body["total"] >= 1 and body["next"] is None


def test_search_for_a_name_nobody_has_finds_nothing(client):
    assert keys(client.get("/organizations", params={"q": "Zyxwvut Foundation"})) == []


def test_search_with_no_word_is_a_422_naming_q(client):
    assert_problem(client.get("/organizations", params={"q": "(("}), 422, parameter="q")


def test_an_organisation_reported_as_a_party_shows_it_with_evidence(client):
    body = client.get("/organizations/african-union").json()
    assert body["organization"] == {"key": "african-union", "name": "African Union", "kind": "intergovernmental"}
    reported = [p for p in body["participation"] if p["act"] == "reported"]
    assert reported and all(p["instrument_id"].startswith("pall-mall") for p in reported)
    for p in reported:
        assert p["title"] and p["evidence"], p
        assert all(ev["document_id"] and ev["quote"] for ev in p["evidence"])
    assert body["signed"] == []  # reported only: never a signature


def test_an_ngo_record_lists_what_it_authored_and_its_stances_with_evidence(client):
    body = client.get("/organizations/access-now").json()
    assert body["authored"] and body["authored"][0]["target_kind"] == "Document"
    assert {s["stance"] for s in body["stances"]} == {"oppose", "support"}
    for fact in [*body["authored"], *body["stances"]]:
        assert fact["evidence"], fact
        assert all(ev["document_id"] and ev["quote"] for ev in fact["evidence"])


def test_an_unknown_organisation_is_a_404(client):
    assert_problem(client.get("/organizations/no-such-body"), 404)
    assert client.get("/organizations/Not A Key").status_code == 422
