"""GET /explorer/state-name: a state typed in any EU language and case, resolved without Neo4j."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import AppSettings


@pytest.fixture(scope="module")
def client():
    # No request here reaches Neo4j: the drivers are opened lazily and never used.
    with TestClient(create_app(AppSettings()), raise_server_exceptions=False) as test_client:
        yield test_client


@pytest.mark.parametrize(("typed", "iso2"), [("Zviedrija", "SE"), ("Szwecji", "SE"), ("Schweden", "SE"),
                                             ("Suède", "SE"), ("Francji", "FR"), ("Irlande", "IE")])
def test_a_name_in_any_case_and_language_finds_its_state(client, typed, iso2):
    body = client.get("/explorer/state-name", params={"q": typed}).json()
    assert body == {"q": typed, "iso2": iso2, "name": body["name"]} and body["name"]


def test_an_unknown_name_finds_nothing(client):
    assert client.get("/explorer/state-name", params={"q": "Atlantis"}).json()["iso2"] is None


@pytest.mark.parametrize("params", [{}, {"q": ""}, {"q": "x" * 101}, {"q": "Sweden", "lang": "sv"}])
def test_bad_questions_are_422(client, params):
    assert client.get("/explorer/state-name", params=params).status_code == 422
