"""The header format of cypher/queries/*.cypher: parsed, typed, validated."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.errors import CypherFileError
from graph.named_queries import ParameterError, load_named_queries, parse_query_file

QUERY = """// name: demo_query
// title: A demo
// description: Says what it does
//   over two lines.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD
// param: limit: int = 10
// param: codes: list[string]?
MATCH (s:State) WHERE s.iso2 IN coalesce($codes, [s.iso2]) RETURN s.iso2 AS iso2 LIMIT $limit
"""


@pytest.fixture
def query_file(tmp_path):
    path = tmp_path / "demo.cypher"
    path.write_text(QUERY)
    return path


def test_header_gives_name_description_and_typed_params(query_file):
    q = parse_query_file(query_file)
    assert q.name == "demo_query"
    assert q.description == "Says what it does over two lines."
    assert [(p.name, p.type, p.nullable, p.required, p.default) for p in q.params] == [
        ("instrument", "string", False, False, "spyware-joint-statement"),
        ("as_of", "date", True, False, None),
        ("limit", "int", False, False, 10),
        ("codes", "list[string]", True, False, None),
    ]
    assert q.cypher.startswith("MATCH (s:State)")


def test_bind_coerces_query_string_values_and_fills_defaults(query_file):
    q = parse_query_file(query_file)
    assert q.bind({"as_of": "2024-06-01", "limit": "5", "codes": "SE,FI"}) == {
        "instrument": "spyware-joint-statement", "as_of": dt.date(2024, 6, 1), "limit": 5, "codes": ["SE", "FI"],
    }


@pytest.mark.parametrize("supplied, bad", [({"limit": "ten"}, "limit"), ({"as_of": "2024-13-01"}, "as_of"), ({"nope": "1"}, "nope")])
def test_bind_names_the_offending_parameter(query_file, supplied, bad):
    with pytest.raises(ParameterError) as info:
        parse_query_file(query_file).bind(supplied)
    assert info.value.name == bad


def test_two_statements_in_one_file_are_refused(tmp_path):
    path = tmp_path / "two.cypher"
    path.write_text("// description: x\nMATCH (n) RETURN n; MATCH (m) DETACH DELETE m\n")
    with pytest.raises(CypherFileError, match="exactly one statement"):
        parse_query_file(path)


def test_a_semicolon_inside_a_string_is_not_a_second_statement(tmp_path):
    path = tmp_path / "semi.cypher"
    path.write_text("// description: x\nRETURN 'a;b' AS s\n")
    assert parse_query_file(path).cypher == "RETURN 'a;b' AS s"


def test_every_shipped_query_file_parses():
    queries = load_named_queries()
    for q in queries.values():
        assert q.description and q.cypher
