"""The workbench's guard: the server's own plan of a query (``EXPLAIN``), checked against allow-lists.

Neo4j parses the query, so nothing a lexer of ours could misread (a comment ended by a
carriage return, an escape, a backtick) changes what is checked: every operator of the
plan, children of ``Apply`` and of subqueries included, must be a reading operator on
:data:`ALLOWED_OPERATORS`; a ``ProcedureCall`` must name a procedure on
:data:`ALLOWED_PROCEDURES`; and the expressions the plan prints must be bounded
(:mod:`api.plan_expressions`). Anything else (``LoadCSV``, ``ShowSettings``,
``TerminateTransactions``, ``TransactionApply`` for ``CALL {...} IN TRANSACTIONS``, writes,
an operator added by a later Neo4j) is refused by name.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from api.cypher_guard import GuardRefusal
from api.plan_expressions import check_expressions, comprehension_sources, defines

# What Neo4j 5.26 plans for the reads of cypher/queries, cypher/api, docs/cookbook.md and
# the README, plus their close relatives (other index seeks, joins, path searches).
ALLOWED_OPERATORS = frozenset({
    # leaves that read the graph
    "AllNodesScan", "NodeByLabelScan", "UnionNodeByLabelsScan", "IntersectionNodeByLabelsScan",
    "SubtractionNodeByLabelsScan", "NodeByIdSeek", "NodeByElementIdSeek",
    "NodeIndexSeek", "NodeUniqueIndexSeek", "NodeIndexSeekByRange", "NodeUniqueIndexSeekByRange",
    "NodeIndexScan", "NodeIndexContainsScan", "NodeIndexEndsWithScan", "MultiNodeIndexSeek",
    "NodeCountFromCountStore", "RelationshipCountFromCountStore",
    "DirectedRelationshipTypeScan", "UndirectedRelationshipTypeScan",
    "DirectedUnionRelationshipTypesScan", "UndirectedUnionRelationshipTypesScan",
    "DirectedAllRelationshipsScan", "UndirectedAllRelationshipsScan",
    "DirectedRelationshipByIdSeek", "UndirectedRelationshipByIdSeek",
    "DirectedRelationshipByElementIdSeek", "UndirectedRelationshipByElementIdSeek",
    "DirectedRelationshipIndexSeek", "UndirectedRelationshipIndexSeek",
    "DirectedRelationshipUniqueIndexSeek", "UndirectedRelationshipUniqueIndexSeek",
    "DirectedRelationshipIndexSeekByRange", "UndirectedRelationshipIndexSeekByRange",
    "DirectedRelationshipIndexScan", "UndirectedRelationshipIndexScan",
    "DirectedRelationshipIndexContainsScan", "UndirectedRelationshipIndexContainsScan",
    "DirectedRelationshipIndexEndsWithScan", "UndirectedRelationshipIndexEndsWithScan",
    "Argument", "EmptyRow",
    # traversals
    "Expand(All)", "Expand(Into)", "OptionalExpand(All)", "OptionalExpand(Into)",
    "VarLengthExpand(All)", "VarLengthExpand(Into)", "VarLengthExpand(Pruning)", "VarLengthExpand(Pruning,BFS)",
    "ShortestPath", "StatefulShortestPath(All)", "StatefulShortestPath(Into)", "Repeat(Trail)", "Repeat(Walk)",
    "NullifyMetadata", "ProjectEndpoints",
    # rows
    "Filter", "Projection", "CacheProperties", "Sort", "PartialSort", "Top", "PartialTop", "Limit", "ExhaustiveLimit",
    "Skip", "Distinct", "OrderedDistinct", "EagerAggregation", "OrderedAggregation", "Unwind", "Eager",
    "Union", "OrderedUnion", "ProduceResults",
    # joins and subqueries
    "Apply", "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply",
    "SelectOrAntiSemiApply", "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply", "Optional", "Anti",
    "CartesianProduct", "NodeHashJoin", "ValueHashJoin", "NodeLeftOuterHashJoin", "NodeRightOuterHashJoin",
    "TriadicSelection", "TriadicBuild", "TriadicFilter",
    # checked further by name
    "ProcedureCall",
})
# Deeper plans are refused before the recursive checks below (the deepest of cypher/queries and
# cypher/api is 24).
MAX_PLAN_DEPTH = 300
# Operators whose variants differ only in strategy ("VarLengthExpand(Pruning,BFS,All)"): all read.
ALLOWED_OPERATOR_FAMILIES = frozenset({"Expand", "OptionalExpand", "VarLengthExpand", "StatefulShortestPath", "Repeat"})
# Read procedures that show the graph's own shape or search it; nothing about the server,
# other clients (db.stats.*, SHOW TRANSACTIONS) or its caches and plans.
ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
})
_PROCEDURES_LOWER = {name.lower(): name for name in ALLOWED_PROCEDURES}


# Operators that pass on at most one row per input row (for a binary one: per row of the
# child named); everything else may repeat a row, and with it a list it carries.
_ROW_PRESERVING = frozenset({
    "Filter", "Projection", "CacheProperties", "Sort", "PartialSort", "Top", "PartialTop", "Limit", "ExhaustiveLimit",
    "Skip", "Distinct", "OrderedDistinct", "EagerAggregation", "OrderedAggregation", "Eager", "ProduceResults",
    "NullifyMetadata", "Optional", "Union", "OrderedUnion",
})
_LEFT_PRESERVING = frozenset({
    "SemiApply", "AntiSemiApply", "LetSemiApply", "LetAntiSemiApply", "SelectOrSemiApply", "SelectOrAntiSemiApply",
    "LetSelectOrSemiApply", "LetSelectOrAntiSemiApply", "RollUpApply",
})
_APPLIES = _LEFT_PRESERVING | {"Apply"}


@dataclass(frozen=True)
class PlanFacts:
    """What the guard needs from one plan: operator names, procedure names, expression texts, reused lists."""

    query_type: str
    operators: tuple[str, ...]
    procedures: tuple[str, ...]
    details: tuple[str, ...]
    reused_lists: tuple[str, ...] = ()
    depth: int = 0


def _operator_name(plan: dict) -> str:
    return str(plan.get("operatorType", "")).split("@", 1)[0]


def plan_facts(plan: dict, query_type: str) -> PlanFacts:
    """Walk every operator of ``summary.plan`` (depth first, all children)."""
    operators: list[str] = []
    procedures: list[str] = []
    details: list[str] = []
    depth = 0
    stack = [(plan, 1)]
    while stack:
        node, level = stack.pop()
        depth = max(depth, level)
        name = _operator_name(node)
        operators.append(name)
        text = str((node.get("args") or {}).get("Details", "") or "")
        if name == "ProcedureCall":  # "db.labels() :: (label :: STRING)": the name is checked on its own
            procedure, _, text = text.partition("(")
            procedures.append(procedure.strip())
            text = "(" + text
        if text:
            details.append(text)
        stack.extend((child, level + 1) for child in reversed(node.get("children") or []))
    reused = tuple(_reused_lists(plan)) if depth <= MAX_PLAN_DEPTH else ()
    return PlanFacts(query_type, tuple(operators), tuple(procedures), tuple(details), reused, depth)


def _details(node: dict) -> str:
    return str((node.get("args") or {}).get("Details", "") or "")


def _preserves(name: str, child: int) -> bool:
    if name in _ROW_PRESERVING:
        return True
    if name in _LEFT_PRESERVING:
        return child == 0
    return name == "Apply" and child == 1  # an Apply passes on its right side's rows


def _binding(node: dict, variable: str, repeated: bool, outer: list[dict]) -> bool | None:
    """Below ``node``: None if nothing binds ``variable``, else whether rows are repeated on the way to it.

    ``outer`` holds the left sides of the Applies whose right side we are in: an
    ``Argument`` there stands for a row of that left side.
    """
    name = _operator_name(node)
    if defines(_details(node), variable) or (name == "RollUpApply" and _details(node).split(",")[0].strip() == variable):
        return repeated
    if name == "Argument" and outer:
        return _binding(outer[-1], variable, repeated, outer[:-1])
    children = node.get("children") or []
    found: bool | None = None
    for index, child in enumerate(children):
        inner = outer + [children[0]] if name in _APPLIES and index == 1 else outer
        result = _binding(child, variable, repeated or not _preserves(name, index), inner)
        if result is not None:
            found = bool(found) or result
    return found


def _reused_lists(plan: dict) -> list[str]:
    """Lists walked by a comprehension more than once: bound above an operator that repeats rows.

    ``collect()`` lets a list grow to the memory limit; walked once per row it was built
    for, the work stays proportional to it. Repeated by a later UNWIND, MATCH or join, each
    repetition walks it again, and Neo4j reads the time limit only between batches of rows
    (a 2,000,000-element list over 100 rows ran 23 s past a 3 s limit).
    """
    found = []

    def visit(node: dict, outer: list[dict]) -> None:
        for variable in comprehension_sources(_details(node)):
            repeated = _binding(node, variable, False, outer)
            if repeated is None or repeated:
                found.append(variable)
        children = node.get("children") or []
        name = _operator_name(node)
        for index, child in enumerate(children):
            visit(child, outer + [children[0]] if name in _APPLIES and index == 1 else outer)

    visit(plan, [])
    return found


def check_operators(facts: PlanFacts) -> None:
    """Raise :class:`GuardRefusal` unless every operator and procedure is allowed (independent of parameters)."""
    if facts.depth > MAX_PLAN_DEPTH:
        raise GuardRefusal("plan_size", f"the server's plan for this query is {facts.depth} operators deep; the "
                                        f"workbench checks plans up to {MAX_PLAN_DEPTH} deep. Split the query")
    for procedure in facts.procedures:
        if procedure.lower() not in _PROCEDURES_LOWER:
            raise GuardRefusal("procedure", f"procedure {procedure} is not allowed in the workbench; allowed: "
                                            f"{', '.join(sorted(ALLOWED_PROCEDURES))}")
    for name in facts.operators:
        if name not in ALLOWED_OPERATORS and name.split("(", 1)[0] not in ALLOWED_OPERATOR_FAMILIES:
            raise GuardRefusal("operator", f"the server's plan for this query has a {name} operator, which the "
                                           "read-only workbench does not run (it reads the graph only: no writes, "
                                           "LOAD CSV, SHOW/TERMINATE or other administration, IN TRANSACTIONS)")
    for variable in facts.reused_lists:
        raise GuardRefusal("comprehension_source", f"the list `{variable}` is walked by a list comprehension or list "
                                                   "predicate once per row of a later UNWIND, MATCH or join (or its "
                                                   "origin is not in the plan): each walk runs past the time limit "
                                                   "unchecked. Filter the list where it is built, or UNWIND it")
    if facts.query_type != "r":
        raise GuardRefusal("query_type", f"EXPLAIN reports query type '{facts.query_type}'; only read queries ('r') "
                                         "run here")


def check_plan(facts: PlanFacts, parameters: dict[str, Any]) -> None:
    """Every rule: operators, procedures, query type, then the expressions with this request's parameters."""
    check_operators(facts)
    check_expressions(list(facts.details), parameters)


def check_expressions_for(facts: PlanFacts, parameters: dict[str, Any]) -> None:
    """The parameter-dependent half of :func:`check_plan`, run on every request."""
    check_expressions(list(facts.details), parameters)
