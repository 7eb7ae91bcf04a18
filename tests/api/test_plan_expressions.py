"""api.plan_expressions on expression texts as Neo4j 5.26 prints them in plan details (no server needed)."""

from __future__ import annotations

import pytest

from api.cypher_guard import GuardRefusal
from api.plan_expressions import check_expressions, tokenize
from api.plan_guard import PlanFacts, check_operators, plan_facts

# Details copied from EXPLAIN output of the test server (literals printed as written).
REFUSED = [
    ('size(reduce(s = "x", i IN range(1, 30) | s + s)) AS n', "reduce"),
    ('"aaaa!" =~ "(.*a){12}b" AS `m`', "regex"),
    ("n.name =~ $pattern", "regex"),
    ("range(1, 100000000) AS r", "range"),
    ("range(1, count(n)) AS r", "range"),
    ("range($autoint_0, $autoint_1) AS r", "range"),
    ('replace(d.text, "a", "bbb") AS r', "replace"),
    ('replace(d.text, "", "b") AS r', "replace"),
    ("replace(d.text, d.title, d.text) AS r", "replace"),
    ("a + a AS a, b + b AS b, c + c AS c, d + d AS d, e + e AS e", "concatenation"),
    ("[x IN range(1, 3) | toUpper(d.text)] AS c", "comprehension_scope"),
    ("[x IN range(1, 3) | [y IN range(1, 2) | y]] AS c", "nested_comprehension"),
    ('size([x IN range(1, 10000) WHERE toUpper(d.text) = toString(x)]) AS n', "comprehension_scope"),
    ('any(x IN range(1, 10000) WHERE x = size(replace(d.text, "a", "b")))', "comprehension_scope"),
    ("all(a IN range(1, 10) WHERE all(b IN range(1, 10) WHERE NOT a = 0 - b)) AS n", "nested_comprehension"),
    ("apoc.version() AS v", "function"),
    ("`apoc`.`version`() AS v", "function"),
    ("file() AS f", "function"),
]
ALLOWED = [
    'n.iso2 = "SE" AND n.name = "Sweden"',
    '"x =~ y" AS s, \'reduce(s = 1)\' AS t',  # inside strings, not operators
    "range(1, 10000) AS r",
    "[x IN range(1, 3) WHERE x > 1 | x * 2] AS c",
    "[x IN documents WHERE x.document_id IS NOT NULL] AS documents",
    "all(x IN nodes(p) WHERE x:State AND x.iso2 = a.iso2)",
    "[x IN range(1, 10) WHERE toString(x) = s.iso2 | x] AS matches",
    '[x IN nodes(p) | {name: x.name, day: date.truncate("day", x.date)}] AS names',
    'replace(d.title, "-", " ") AS r',
    'count(a) + 1 AS n, "x" + s.name AS label, a + b AS c',
]


@pytest.mark.parametrize("details, rule", REFUSED)
def test_unbounded_expressions_are_refused_by_rule(details, rule):
    with pytest.raises(GuardRefusal) as refused:
        check_expressions([details], {"pattern": "(a+)+b"})
    assert refused.value.rule == rule


@pytest.mark.parametrize("details", ALLOWED)
def test_bounded_expressions_pass(details):
    check_expressions([details], {})


def test_range_and_replace_read_parameter_values():
    check_expressions(["range(1, $n)"], {"n": 10_000})
    with pytest.raises(GuardRefusal):
        check_expressions(["range(1, $n)"], {"n": 10_001})
    check_expressions(["replace($s, $a, $b)"], {"s": "xx", "a": "xy", "b": "z"})
    with pytest.raises(GuardRefusal):
        check_expressions(["replace($s, $a, $b)"], {"s": "xx", "a": "x", "b": "zz"})


def test_escaped_quotes_keep_strings_whole():
    tokens = tokenize("'h\\\\\"' =~ \"i\" AS w, \"d\\\"e'f\" AS y")
    assert [t.kind for t in tokens[:3]] == ["string", "op", "string"]
    assert tokens[6].value == "d\"e'f"


def test_plan_walk_reaches_every_child_and_names_procedures():
    plan = {"operatorType": "ProduceResults@neo4j", "args": {"Details": "label"}, "children": [
        {"operatorType": "Apply@neo4j", "children": [
            {"operatorType": "ProcedureCall@neo4j", "args": {"Details": "db.labels() :: (label :: STRING)"}},
            {"operatorType": "LoadCSV@neo4j", "args": {"Details": "l"}}]}]}
    facts = plan_facts(plan, "r")
    assert facts.operators == ("ProduceResults", "Apply", "ProcedureCall", "LoadCSV")
    assert facts.procedures == ("db.labels",)
    with pytest.raises(GuardRefusal) as refused:
        check_operators(facts)
    assert refused.value.rule == "operator" and "LoadCSV" in str(refused.value)


def test_procedures_outside_the_allow_list_and_non_read_query_types_are_refused():
    with pytest.raises(GuardRefusal) as refused:
        check_operators(PlanFacts("r", ("ProduceResults", "ProcedureCall"), ("db.stats.retrieve",), ()))
    assert refused.value.rule == "procedure"
    with pytest.raises(GuardRefusal) as refused:
        check_operators(PlanFacts("rw", ("ProduceResults",), (), ()))
    assert refused.value.rule == "query_type"


def _node(operator: str, details: str = "", *children: dict) -> dict:
    return {"operatorType": operator + "@neo4j", "args": {"Details": details}, "children": list(children)}


def test_a_collected_list_walked_again_for_each_row_of_a_later_unwind_is_refused():
    """Shapes of 5.26 plans: WITH collect(x) AS l UNWIND ... AS k RETURN [y IN l WHERE ...]."""
    reused = _node("ProduceResults", "n", _node("Projection", "size([y IN l WHERE y = k]) AS n",
                   _node("Unwind", "range(1, 100) AS k", _node("EagerAggregation", "collect(x) AS l",
                                                                  _node("Unwind", "range(1, 2000) AS x")))))
    assert plan_facts(reused, "r").reused_lists == ("l",)
    with pytest.raises(GuardRefusal) as refused:
        check_operators(plan_facts(reused, "r"))
    assert refused.value.rule == "comprehension_source"
    once = _node("ProduceResults", "n", _node("Projection", "[y IN l WHERE y > 1] AS n", _node("Sort", "e ASC",
                 _node("EagerAggregation", "e, collect(x) AS l", _node("NodeByLabelScan", "e:Edition")))))
    assert plan_facts(once, "r").reused_lists == ()


def test_a_list_bound_left_of_an_apply_counts_the_right_sides_repeats():
    right = _node("Unwind", "l AS k", _node("Argument", "l"))
    plan = _node("ProduceResults", "m", _node("Projection", "[y IN l WHERE y = k] AS m",
                 _node("Apply", "", _node("EagerAggregation", "collect(x) AS l", _node("AllNodesScan", "x")), right)))
    assert plan_facts(plan, "r").reused_lists == ("l",)
    single = _node("Unwind", "[1] AS one", _node("Argument", "l"))  # still an Unwind: counted as a repeat
    inside = _node("ProduceResults", "m", _node("Apply", "", _node("EagerAggregation", "collect(x) AS l",
                   _node("AllNodesScan", "x")), _node("Projection", "[y IN l WHERE y = 1] AS m", single)))
    assert plan_facts(inside, "r").reused_lists == ("l",)


def test_a_plan_deeper_than_the_limit_is_refused_without_recursing():
    plan = _node("Argument")
    for _ in range(5000):
        plan = _node("Projection", "[x IN l WHERE x > 1] AS l", plan)
    facts = plan_facts(plan, "r")
    assert facts.depth == 5001 and facts.reused_lists == ()
    with pytest.raises(GuardRefusal) as refused:
        check_operators(facts)
    assert refused.value.rule == "plan_size"
