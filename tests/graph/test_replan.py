"""Write statements are planned again while the graph grows from empty (graph/replan.py),
and a group of documents written in one statement writes what they write one by one."""

from __future__ import annotations

import pytest

from graph.cypher_files import statement
from graph.replan import GROWTH, MIN_RELATIONSHIPS, UNTIL, ReplanWatch
from graph.rows import document_rows
from graph.writer import DocumentWrite, DocumentWriter
from loaders.pipeline import extract_bytes
from tests.conftest import wipe_graph

STATES = ["France", "Germany", "Italy", "Spain", "Portugal", "Austria", "Belgium", "Poland", "Sweden", "Finland"]


def _rows(i: int):
    names = STATES[i % 5: i % 5 + 4]
    text = (f"Joint Statement on Topic {i}\n\nWe, the governments of {', '.join(names[:-1])} and {names[-1]}, "
            f"recognise that topic {i} matters.\n\nWe commit to:\n\n• act on topic {i};\n• report on topic {i}.\n")
    doc = extract_bytes(text.encode(), source=f"memory/{i}.txt")
    return document_rows(doc, f"/memory/{i}.txt", None)


def test_no_replan_on_a_graph_too_small_to_plan_with():
    watch = ReplanWatch(0)
    assert not watch.due()
    watch.changed(MIN_RELATIONSHIPS - 1)
    assert not watch.due()


def test_replans_once_there_is_something_to_plan_with_then_at_each_growth_step():
    watch = ReplanWatch(0)
    watch.changed(MIN_RELATIONSHIPS)
    assert watch.take()
    assert not watch.take()  # taken once
    watch.changed(MIN_RELATIONSHIPS * (GROWTH - 1) - 1)
    assert not watch.due()
    watch.changed(1)
    assert watch.due()


def test_a_writer_on_a_large_graph_never_replans():
    watch = ReplanWatch(UNTIL)
    assert not watch.due()
    watch.changed(UNTIL * GROWTH)
    assert not watch.due()


def test_deletions_shrink_the_count():
    watch = ReplanWatch(100)
    watch.changed(0, 150)
    assert watch.relationships == 0


def _operators(plan) -> list[str]:
    return [plan["operatorType"].split("@")[0], *(op for child in plan.get("children", []) for op in _operators(child))]


@pytest.mark.neo4j
def test_after_a_load_into_an_empty_graph_the_cached_plan_seeks_instead_of_scanning(clean_graph, neo4j_settings):
    """Planned on the empty graph, the relationship MERGEs scan every relationship; the
    writer has them planned again once the graph holds some, and Neo4j keeps that plan."""
    db = neo4j_settings.database
    clean_graph.execute_query("CALL db.clearQueryCaches()", database_=db)
    with DocumentWriter(clean_graph, db) as writer:
        writer.write(_rows(0), replace=False)  # planned on the empty graph
        for i in range(1, 7):
            writer.write_many([DocumentWrite(_rows(i), replace=False)])
        assert writer.plans is not None and writer.plans.planned_at is not None
    with clean_graph.session(database=db) as session:
        plan = session.run("EXPLAIN " + statement("writer", "write_documents"), docs=[]).consume().plan
    ops = _operators(plan)
    assert "Expand(Into)" in ops
    assert not [op for op in ops if "AllRelationshipsScan" in op], ops


@pytest.mark.neo4j
def test_a_group_in_one_statement_counts_what_its_documents_count_one_by_one(clean_graph, neo4j_settings):
    db = neo4j_settings.database
    rows = [_rows(i) for i in range(4)]
    with DocumentWriter(clean_graph, db) as writer:
        group = writer.write_many([DocumentWrite(r, replace=False) for r in rows])
    wipe_graph(clean_graph, db)
    with DocumentWriter(clean_graph, db) as writer:
        alone = [writer.write(r, replace=False) for r in rows]
    assert [d.document_id for d in group.documents] == [r.document["id"] for r in rows]
    assert [(d.facts, d.evidence) for d in group.documents] == [(a.facts, a.evidence) for a in alone]
    assert group.nodes_created == sum(a.nodes_created for a in alone) > 0
    assert group.relationships_created == sum(a.relationships_created for a in alone) > 0
