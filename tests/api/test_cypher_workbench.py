"""POST /cypher: read queries work; hostile queries are refused or stopped, and the graph stays byte-for-byte the same."""

from __future__ import annotations

import json

import pytest

from tests.api.conftest import assert_problem, dump_graph

pytestmark = pytest.mark.neo4j

HOSTILE = [
    # every write clause
    "CREATE (n:State {iso2: 'XX'})",
    "MATCH (s:State {iso2: 'SE'}) MERGE (s)-[:SIGNED]->(:Edition {id: 'fake'})",
    "MERGE (n:Evil {x: 1}) RETURN n",
    "MATCH (s:State) SET s.name = 'pwned'",
    "MATCH (s:State) SET s += {name: 'pwned'}",
    "MATCH (s:State {iso2: 'SE'}) SET s:Hacked",
    "MATCH (n) DELETE n",
    "MATCH (n) DETACH DELETE n",
    "MATCH (s:State) REMOVE s.name",
    "MATCH (s:State) REMOVE s:State",
    "MATCH (s:State) FOREACH (x IN [1] | CREATE (:Evil))",
    "MATCH (s:State) WITH s CALL (s) { SET s.x = 1 } RETURN count(*)",
    "MATCH (n) WITH n LIMIT 1 CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 1 ROWS",
    "MATCH (n) CALL (n) { DELETE n } IN TRANSACTIONS",
    # LOAD CSV from files and URLs
    "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line",
    "LOAD CSV WITH HEADERS FROM 'http://169.254.169.254/latest/meta-data/' AS row RETURN row",
    "load  csv from 'https://example.com/x.csv' as l return l",
    # admin and outside-the-graph procedures
    "CALL dbms.components()",
    "CALL dbms.listConfig()",
    "CALL dbms.security.createUser('evil', 'password123', false)",
    "CALL dbms.killQueries(['query-1'])",
    "CALL db.createLabel('Evil')",
    "CALL db.index.fulltext.drop('document_text')",
    "CALL db.clearQueryCaches()",
    "CALL `dbms`.`components`()",
    "CALL apoc.cypher.runWrite('CREATE (:Evil)', {})",
    "RETURN apoc.version()",
    "CALL apoc.load.json('file:///etc/passwd')",
    "CREATE DATABASE evil",
    "DROP INDEX document_text",
    "CREATE INDEX evil FOR (n:State) ON (n.name)",
    "SHOW USERS",
    "SHOW TRANSACTIONS",
    "TERMINATE TRANSACTIONS 'neo4j-transaction-1'",
    "USE system SHOW DATABASES",
    "GRANT ROLE admin TO neo4j",
    # several statements
    "MATCH (n) RETURN count(n); CREATE (:Evil)",
    "RETURN 1; RETURN 2",
    # comments and unicode hiding a write
    "MATCH (n) /* harmless */ DETACH /* really */ DELETE n",
    "MATCH (n) RETURN n // ;\n; CREATE (:Evil)",
    "MATCH (s:State) ＳＥＴ s.name = 'pwned'",
    "MATCH (s:State) SE\u200bT s.name = 'pwned'",
    "CRE\u00adATE (:Evil)",
    "\ufeffCREATE (:Evil)",
    "MATCH (s:State) RETURN s /* \u202e */",
    "CALL db.labels() YIELD label CALL dbms.components() YIELD name RETURN label, name",
    "EXPLAIN CREATE (:Evil)",
    "CYPHER runtime=interpreted CREATE (:Evil)",
    # added by the reliability suite (issue 8): more hiding places and ways out of the graph
    "MATCH (s:State) CALL { WITH s SET s.x = 1 } RETURN count(*)",
    "UNWIND [1] AS x CALL (x) { CREATE (:Evil) } RETURN x",
    "OPTIONAL MATCH (n) WITH n MERGE (:Evil)",
    "MATCH (s:State) WITH s WHERE true DETACH DELETE s RETURN 1",
    "match (s:State) set s.name = 'pwned'",
    "MATCH (s:State) `SET` s.name = 'pwned'",
    "MATCH (s:State)\nSET\ts.name = 'pwned'",
    "MATCH (s:State) S\u0395T s.name = 'pwned'",
    "CALL db.index.fulltext.createNodeIndex('evil', ['State'], ['name'])",
    "CALL dbms.procedures() YIELD name RETURN name",
    "CALL `db`.`createLabel`('Evil')",
    "CALL db . createLabel('Evil')",
    "RETURN dbms.info()",
    "CALL apoc.export.csv.all('/tmp/out.csv', {})",
    "LOAD CSV FROM 'file:///proc/self/environ' AS l RETURN l",
    "WITH 'file:///etc/shadow' AS u LOAD CSV FROM u AS l RETURN l",
    "CALL { LOAD CSV FROM 'http://127.0.0.1:7474/' AS l RETURN l } RETURN l",
    "RETURN 1 UNION CALL dbms.components() YIELD name RETURN name AS `1`",
    "SHOW DATABASES",
    "STOP DATABASE neo4j",
    "ALTER USER neo4j SET PASSWORD 'pwned'",
    "MATCH (n) RETURN n;\n\nMATCH (m) DETACH DELETE m",
]
# A read the plan check lets through (seven scans, no expression of unbounded size) that only
# the server's time limit stops.
NEVER_ENDING = ("MATCH (a), (b), (c), (d), (e), (f), (g) WHERE elementId(a) <> elementId(b) AND elementId(c) <> elementId(d) "
                "AND elementId(e) <> elementId(f) AND elementId(g) <> '' RETURN count(*)")


def test_read_queries_return_columns_and_rows(client, seeded):
    body = client.post("/cypher", json={
        "query": "MATCH (s:State)-[:SIGNED]->(e:Edition) WHERE e.date <= date($d) RETURN DISTINCT s.iso2 AS iso2 ORDER BY iso2",
        "parameters": {"d": "2023-06-01"}}).json()
    assert body["columns"] == ["iso2"] and [r["iso2"] for r in body["rows"]] == ["GB", "SE", "US"]
    assert body["truncated"] is False and body["query_type"] == "r" and body["row_cap"] == 50
    labels = client.post("/cypher", json={"query": "CALL db.labels() YIELD label RETURN label ORDER BY label"}).json()
    assert "State" in [r["label"] for r in labels["rows"]]
    nodes = client.post("/cypher", json={"query": "MATCH (s:State {iso2: 'SE'}) RETURN s"}).json()
    assert nodes["rows"][0]["s"]["properties"]["name"] == "Sweden"
    strings = client.post("/cypher", json={"query": "RETURN 'CREATE (n); DELETE' AS s, {set: 1} AS m"}).json()
    assert strings["rows"] == [{"s": "CREATE (n); DELETE", "m": {"set": 1}}]


def test_row_cap_is_reported(client, seeded):
    body = client.post("/cypher", json={"query": "UNWIND range(1, 1000) AS x RETURN x"}).json()
    assert body["row_count"] == 50 and body["truncated"] is True


def test_hostile_queries_are_refused_and_change_nothing(client, seeded):
    assert len(HOSTILE) + 1 >= 30
    before = dump_graph(seeded, "neo4j")
    for query in HOSTILE:
        response = client.post("/cypher", json={"query": query})
        body = assert_problem(response, 422)
        assert body.get("reason") and body["detail"], (query, body)
    timed = client.post("/cypher", json={"query": NEVER_ENDING})
    body = assert_problem(timed, 422, timed_out=True)
    assert body["timeout_seconds"] == 2.0
    assert dump_graph(seeded, "neo4j") == before


def test_plan_layer_refuses_what_the_static_rules_miss(client, seeded, monkeypatch):
    from api import cypher_guard

    monkeypatch.setattr(cypher_guard, "_check_code", lambda scanned: None)
    before = dump_graph(seeded, "neo4j")
    body = assert_problem(client.post("/cypher", json={"query": "CREATE (:Evil) RETURN 1"}), 422)
    assert body["reason"] == "operator" and "Create" in body["detail"]
    assert dump_graph(seeded, "neo4j") == before


# Issue 16, item 1: a carriage return ends a // comment for Neo4j, not for the old lexer,
# which then let everything behind it through to an EXPLAIN that calls all of these "r".
CARRIAGE_RETURN_TRICKS = {
    "//\rSHOW SETTINGS YIELD name, value RETURN name, value": "operator",
    "//\rLOAD CSV FROM 'http://127.0.0.1:9/' AS l RETURN l": "operator",
    "//\rCALL db.stats.retrieve('QUERIES') YIELD data RETURN data": "procedure",
    "//\rCALL db.stats.collect('QUERIES')": "procedure",
    "//\rSHOW TRANSACTIONS YIELD currentQuery, parameters RETURN currentQuery, parameters": "operator",
    "//\rTERMINATE TRANSACTIONS 'neo4j-transaction-1'": "operator",
    "//\rCALL db.prepareForReplanning()": "procedure",
}


@pytest.mark.parametrize("lexer", ["on", "off"])
def test_the_plan_refuses_what_hides_behind_a_carriage_return(client, seeded, monkeypatch, lexer):
    """With the lexer on, it now ends the comment at \r too; with it off, the plan alone refuses each."""
    from api import cypher_guard

    if lexer == "off":
        monkeypatch.setattr(cypher_guard, "_check_code", lambda scanned: None)
    before = dump_graph(seeded, "neo4j")
    for query, reason in CARRIAGE_RETURN_TRICKS.items():
        body = assert_problem(client.post("/cypher", json={"query": query}), 422)
        if lexer == "off":
            assert body["reason"] == reason, (query, body)
        assert "server.bolt" not in str(body) and "currentQuery" not in body.get("detail", ""), body
    assert dump_graph(seeded, "neo4j") == before


# Issue 16, items 2 and 3: expressions Neo4j evaluates outside its memory limit and its timeout.
BOMBS = {
    "RETURN size(reduce(s = 'x', i IN range(1, 30) | s + s)) AS n": "reduce",
    "RETURN 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' =~ '(.*a){12}b' AS m": "regex",
    "RETURN size([x IN range(1, 100000000) | x]) AS n": "range",
    "WITH 'x' AS a WITH a + a AS a WITH a + a AS a WITH a + a AS a WITH a + a AS a WITH a + a AS a RETURN size(a) AS n": "concatenation",
    "RETURN size(replace(replace('xx', 'x', 'xxxxxxxxxx'), 'x', 'xxxxxxxxxx')) AS n": "replace",
    "MATCH (d:Document) RETURN size([i IN range(1, 10000) | d.text]) AS n": "comprehension_scope",
    "RETURN size([a IN range(1, 1000) | [b IN range(1, 1000) | b]]) AS n": "nested_comprehension",
}


def test_expressions_that_escape_the_memory_and_time_limits_are_refused_before_running(client, seeded, neo4j_driver):
    for query, reason in BOMBS.items():
        body = assert_problem(client.post("/cypher", json={"query": query}), 422)
        assert body["reason"] == reason, (query, body)
    assert neo4j_driver.execute_query("RETURN 1 AS up").records[0]["up"] == 1


def test_range_bounds_from_parameters_are_checked_on_every_request(client, seeded):
    query = "UNWIND range(1, $n) AS x RETURN count(x) AS c"
    assert client.post("/cypher", json={"query": query, "parameters": {"n": 500}}).json()["rows"] == [{"c": 500}]
    body = assert_problem(client.post("/cypher", json={"query": query, "parameters": {"n": 10 ** 9}}), 422)
    assert body["reason"] == "range" and "1,000,000,000" in body["detail"]


def _sample(param) -> object:
    if not param.required:
        return param.default.isoformat() if hasattr(param.default, "isoformat") else param.default
    return {"string": "SE", "int": 1, "float": 0.5, "bool": True, "date": "2024-06-01", "list[string]": ["SE"]}[param.type]


def test_every_cookbook_query_runs_in_the_workbench(seeded, neo4j_settings, api_cypher_dir):
    """cypher/queries/*.cypher (the cookbook) and the docs' examples pass the plan check and answer 200.

    With a 30 s limit: a first plan of the larger queries takes seconds on a loaded machine.
    """
    from fastapi.testclient import TestClient

    from api.main import create_app
    from graph.named_queries import load_named_queries
    from core.settings import PROJECT_ROOT
    from tests.api.conftest import make_settings

    queries = load_named_queries(PROJECT_ROOT / "cypher")
    assert len(queries) >= 8
    with TestClient(create_app(make_settings(api_cypher_dir, cypher_timeout=30.0), neo4j_settings)) as client:
        for name, named in queries.items():
            parameters = {p.name: _sample(p) for p in named.params}
            response = client.post("/cypher", json={"query": named.cypher, "parameters": parameters})
            assert response.status_code == 200, (name, response.text)
        for query in DOC_EXAMPLES:
            response = client.post("/cypher", json={"query": query, "parameters": {"document_id": "x", "d": "2024-06-01"}})
            assert response.status_code == 200, (query, response.text)


DOC_EXAMPLES = [
    "MATCH (s:State)-[:OPPOSES]->(a:LegalAct) RETURN s.iso2 AS state, a.label AS act ORDER BY state",
    "MATCH (s:State)-[:SIGNED]->(e:Edition) WHERE e.date <= date($d) RETURN DISTINCT s.iso2 AS iso2",
    "MATCH (ev:Evidence)-[:IN_DOCUMENT]->(:Document {id: $document_id}) RETURN ev.fact_type, ev.quote",
    "MATCH (m:MergeDecision)-[:PLACED]->(d:Document {id: $document_id}) RETURN m",
    "CALL db.labels() YIELD label RETURN label ORDER BY label",
    "CALL db.schema.visualization()",
    "MATCH p = shortestPath((a:State {iso2: 'SE'})-[*..4]-(b:State {iso2: 'GB'})) RETURN [n IN nodes(p) | n.name] AS names",
    "MATCH (s:State) WHERE EXISTS { (s)-[:SIGNED]->() } RETURN s.iso2, COUNT { (s)-[:SIGNED]->() } AS n ORDER BY n DESC",
    "MATCH (s:State) RETURN s {.iso2, .name, editions: [(s)-[:SIGNED]->(e) | e.number]} AS s",
    "UNWIND range(1, 1000) AS x RETURN x",
]


def test_bad_bodies_and_syntax_errors(client, seeded):
    assert_problem(client.post("/cypher", json={"query": ""}), 422, parameter="query")
    assert_problem(client.post("/cypher", json={"query": "RETURN 1", "extra": 1}), 422)
    assert_problem(client.post("/cypher", json={"query": "MATCH (n RETURN n"}), 422, reason="server")
    assert_problem(client.post("/cypher", json={"query": "x" * 20_001}), 422, parameter="query")


def test_read_transaction_layer_alone_refuses_a_write(client, seeded, monkeypatch):
    from api import cypher_guard, workbench
    from api.plan_guard import PlanFacts

    async def says_read(tx, query, parameters):
        return PlanFacts("r", ("ProduceResults",), (), ())

    monkeypatch.setattr(cypher_guard, "_check_code", lambda scanned: None)
    monkeypatch.setattr(workbench, "_explain", says_read)
    client.app.state.read_verdicts = workbench.ReadVerdicts()
    before = dump_graph(seeded, "neo4j")
    body = assert_problem(client.post("/cypher", json={"query": "CREATE (:Evil) RETURN 1"}), 422)
    assert body["reason"] == "read_transaction"
    assert dump_graph(seeded, "neo4j") == before
    client.app.state.read_verdicts = workbench.ReadVerdicts()  # forget the faked plan


def test_a_checked_plan_is_remembered_for_reads_only(client, seeded, monkeypatch):
    """A read text is EXPLAINed once per parameter types, then runs without that round trip;
    a refused text is asked again every time (and refused every time)."""
    from api import cypher_guard, workbench

    calls: list[str] = []
    real = workbench._explain

    async def counting(tx, query, parameters):
        calls.append(query)
        return await real(tx, query, parameters)

    monkeypatch.setattr(workbench, "_explain", counting)
    read = "MATCH (s:State {iso2: $iso2}) RETURN s.name AS name /* verdict test */"
    for iso2, name in (("SE", "Sweden"), ("GB", "United Kingdom"), ("SE", "Sweden")):
        body = client.post("/cypher", json={"query": read, "parameters": {"iso2": iso2}}).json()
        assert body.get("rows") == [{"name": name}] and body["query_type"] == "r", body
    assert calls == [read]

    monkeypatch.setattr(cypher_guard, "_check_code", lambda scanned: None)
    before = dump_graph(seeded, "neo4j")
    for _ in range(2):
        body = assert_problem(client.post("/cypher", json={"query": "CREATE (:Evil) RETURN 1"}), 422)
        assert body["reason"] == "operator"
    assert calls == [read, "CREATE (:Evil) RETURN 1", "CREATE (:Evil) RETURN 1"]
    assert dump_graph(seeded, "neo4j") == before


@pytest.mark.parametrize("parameters, where", [
    ({"n": -782640102789438150260662730752}, "n"),  # found by the schema fuzzer: a 500 before
    ({"deep": [{}, [0.15, None, 2 ** 63]]}, "deep[1][2]"),
    ({"s": "broken \ud800 surrogate"}, "s"),
    ({"m": {"\udfff": 1}}, "m"),
])
def test_parameters_bolt_cannot_carry_are_refused_by_name(client, seeded, parameters, where):
    """Integers beyond 64 bits and text that is not valid Unicode cannot be sent to Neo4j:
    a 422 naming the parameter, not a 500 from the driver."""
    sent = json.dumps({"query": "RETURN 1 AS x", "parameters": parameters})  # ASCII: escapes carry the surrogates
    body = assert_problem(client.post("/cypher", content=sent, headers={"content-type": "application/json"}), 422)
    assert where in str(body)
    assert client.post("/cypher", json={"query": "RETURN $n AS n", "parameters": {"n": 2 ** 63 - 1}}).json()["rows"] == [
        {"n": 2 ** 63 - 1}]


def test_a_query_that_is_not_valid_unicode_is_a_422(client, seeded):
    """pydantic refuses the broken text of a string field itself; parameters (any JSON) are checked above."""
    sent = json.dumps({"query": "RETURN '\ud800' AS x"})
    body = assert_problem(client.post("/cypher", content=sent, headers={"content-type": "application/json"}), 422)
    assert body["parameter"] == "query"


def test_neo4j_notifications_are_passed_through(client, seeded):
    """Issue 17: /cypher dropped Neo4j's warnings (an unknown label answered an empty result and nothing else)."""
    body = client.post("/cypher", json={"query": "MATCH (n:Stat) RETURN n.iso2 AS iso2"}).json()
    assert body["rows"] == []
    warning = next(n for n in body["notifications"] if n["gql_status"] == "01N50")  # label does not exist
    assert warning["severity"] == "WARNING" and "Stat" in warning["description"] and warning["category"] == "UNRECOGNIZED"
    assert warning["position"]["line"] == 1 and warning["position"]["column"] >= 1
    product = client.post("/cypher", json={"query": "MATCH (a:State), (b:Edition) RETURN count(*) AS n"}).json()
    assert any(n["gql_status"] == "03N90" and n["category"] == "PERFORMANCE" for n in product["notifications"])
    clean = client.post("/cypher", json={"query": "MATCH (s:State {iso2: 'SE'}) RETURN s.name AS name"}).json()
    assert clean["rows"] == [{"name": "Sweden"}] and clean["notifications"] == []


def test_csv_asked_of_the_workbench_is_406(client, seeded):
    """Issue 17: Accept: text/csv on /cypher answered JSON; the workbench answers JSON only, so it is a 406."""
    assert_problem(client.post("/cypher", json={"query": "RETURN 1 AS x"}, headers={"Accept": "text/csv"}), 406)
    both = client.post("/cypher", json={"query": "RETURN 1 AS x"}, headers={"Accept": "text/csv, application/json;q=0.5"})
    assert both.status_code == 200 and both.json()["rows"] == [{"x": 1}]
