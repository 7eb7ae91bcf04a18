"""The schema files apply idempotently and leave every constraint in place."""

from __future__ import annotations

import pytest

from graph.errors import SchemaError
from graph.schema import apply_schema, missing_schema, schema_statements, split_statements


def _constraint_names(driver, database):
    return {r["name"] for r in driver.execute_query("SHOW CONSTRAINTS YIELD name", database_=database).records}


@pytest.mark.neo4j
def test_applying_the_schema_twice_changes_nothing(clean_graph, neo4j_settings):
    db = neo4j_settings.database
    first = apply_schema(clean_graph, db)
    before = _constraint_names(clean_graph, db)
    second = apply_schema(clean_graph, db)
    assert first == second
    assert _constraint_names(clean_graph, db) == before


@pytest.mark.neo4j
def test_every_declared_constraint_exists_afterwards(clean_graph, neo4j_settings):
    apply_schema(clean_graph, neo4j_settings.database)
    declared = {s.name for s in schema_statements() if s.kind == "constraint"}
    assert {"state_iso2", "document_id", "evidence_id", "instrument_id"} <= declared
    assert declared <= _constraint_names(clean_graph, neo4j_settings.database)
    assert missing_schema(clean_graph, neo4j_settings.database) == []


@pytest.mark.neo4j
def test_a_constraint_rejects_a_duplicate_key(clean_graph, neo4j_settings):
    db = neo4j_settings.database
    clean_graph.execute_query("CREATE (:State {iso2: 'SE'})", database_=db)
    with pytest.raises(Exception, match="already exists"):
        clean_graph.execute_query("CREATE (:State {iso2: 'SE'})", database_=db)


def test_split_statements_drops_comments_and_blank_statements():
    source = "// header\nCREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);\n\n// more\nCREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y);\n"
    assert split_statements(source) == [
        "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
        "CREATE INDEX b IF NOT EXISTS FOR (n:B) ON (n.y)",
    ]


def test_a_schema_statement_without_if_not_exists_is_refused(tmp_path):
    (tmp_path / "schema").mkdir()
    (tmp_path / "schema" / "001.cypher").write_text("CREATE CONSTRAINT x FOR (n:X) REQUIRE n.id IS UNIQUE;")
    with pytest.raises(SchemaError, match="001.cypher"):
        schema_statements(tmp_path)
