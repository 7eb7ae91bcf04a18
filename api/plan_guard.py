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
from api.plan_expressions import check_expressions

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
# Read procedures that show the graph's own shape or search it; nothing about the server,
# other clients (db.stats.*, SHOW TRANSACTIONS) or its caches and plans.
ALLOWED_PROCEDURES = frozenset({
    "db.labels", "db.relationshipTypes", "db.propertyKeys",
    "db.schema.visualization", "db.schema.nodeTypeProperties", "db.schema.relTypeProperties",
    "db.index.fulltext.queryNodes", "db.index.fulltext.queryRelationships",
})
_PROCEDURES_LOWER = {name.lower(): name for name in ALLOWED_PROCEDURES}


@dataclass(frozen=True)
class PlanFacts:
    """What the guard needs from one plan: operator names, procedure names and expression texts."""

    query_type: str
    operators: tuple[str, ...]
    procedures: tuple[str, ...]
    details: tuple[str, ...]


def _operator_name(plan: dict) -> str:
    return str(plan.get("operatorType", "")).split("@", 1)[0]


def plan_facts(plan: dict, query_type: str) -> PlanFacts:
    """Walk every operator of ``summary.plan`` (depth first, all children)."""
    operators: list[str] = []
    procedures: list[str] = []
    details: list[str] = []
    stack = [plan]
    while stack:
        node = stack.pop()
        name = _operator_name(node)
        operators.append(name)
        text = str((node.get("args") or {}).get("Details", "") or "")
        if name == "ProcedureCall":  # "db.labels() :: (label :: STRING)": the name is checked on its own
            procedure, _, text = text.partition("(")
            procedures.append(procedure.strip())
            text = "(" + text
        if text:
            details.append(text)
        stack.extend(reversed(node.get("children") or []))
    return PlanFacts(query_type, tuple(operators), tuple(procedures), tuple(details))


def check_operators(facts: PlanFacts) -> None:
    """Raise :class:`GuardRefusal` unless every operator and procedure is allowed (independent of parameters)."""
    for procedure in facts.procedures:
        if procedure.lower() not in _PROCEDURES_LOWER:
            raise GuardRefusal("procedure", f"procedure {procedure} is not allowed in the workbench; allowed: "
                                            f"{', '.join(sorted(ALLOWED_PROCEDURES))}")
    for name in facts.operators:
        if name not in ALLOWED_OPERATORS:
            raise GuardRefusal("operator", f"the server's plan for this query has a {name} operator, which the "
                                           "read-only workbench does not run (it reads the graph only: no writes, "
                                           "LOAD CSV, SHOW/TERMINATE or other administration, IN TRANSACTIONS)")
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
