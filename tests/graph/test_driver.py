"""Connecting to the real server, and the errors a user sees when that fails."""

from __future__ import annotations

import pytest
from pydantic import SecretStr

from graph.driver import open_driver
from graph.errors import Neo4jAuthFailed, Neo4jUnavailable
from core.settings import Neo4jSettings


@pytest.mark.neo4j
def test_connects_to_neo4j_5_26_community(neo4j_driver, neo4j_settings):
    records = neo4j_driver.execute_query(
        "CALL dbms.components() YIELD name, versions, edition RETURN versions[0] AS version, edition",
        database_=neo4j_settings.database,
    ).records
    assert records[0]["edition"] == "community"
    assert records[0]["version"].startswith("5.26.")


@pytest.mark.neo4j
def test_bad_password_gives_an_error_naming_the_fix(neo4j_settings):
    wrong = neo4j_settings.model_copy(update={"password": SecretStr("definitely-wrong")})
    with pytest.raises(Neo4jAuthFailed) as info:
        open_driver(wrong)
    assert "NEO4J_PASSWORD" in str(info.value)
    assert neo4j_settings.uri in str(info.value)


def test_unreachable_server_fails_fast_with_the_address():
    settings = Neo4jSettings(uri="bolt://127.0.0.1:1", connection_timeout=1.0)
    with pytest.raises(Neo4jUnavailable) as info:
        open_driver(settings)
    assert "bolt://127.0.0.1:1" in str(info.value)
    assert "make neo4j" in str(info.value)


def test_settings_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEO4J_URI", "neo4j+s://example.databases.neo4j.io")
    monkeypatch.setenv("NEO4J_DATABASE", "pledges")
    settings = Neo4jSettings()
    assert settings.uri == "neo4j+s://example.databases.neo4j.io"
    assert settings.database == "pledges"
