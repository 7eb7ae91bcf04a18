"""When a write statement must be planned again: while the graph grows from (nearly) empty.

Neo4j plans a statement once and caches the plan by its text, from the statistics of
that moment. Planned on an empty graph, a relationship ``MERGE`` whose type is dynamic
(``MERGE (a)-[r:$(f.type) {fact_id: ...}]->(b)``, the writer's) becomes a
``DirectedAllRelationshipsScan``: every relationship written scans all relationships
already there. Neo4j replans on its own only once the statistics have diverged *and*
``dbms.cypher.min_replan_interval`` (10 s) has passed, so the first load into an empty
graph ran quadratic for its first seconds (figures: bench/NOTES.md, "Measured histories").

So a writer forces one replan (``CYPHER replan=force``, which also replaces the cached
plan of the plain text) of each write statement as soon as the graph holds enough
relationships to plan with, and again each time it has grown :data:`GROWTH` times since,
until it is large enough that no plan choice changes (:data:`UNTIL`): a forced plan is
dear, so a load pays it a few times while the graph is small and never once it is large.
"""

from __future__ import annotations

PREFIX = "CYPHER replan=force "
MIN_RELATIONSHIPS = 32  # below this the graph says nothing to plan with
GROWTH = 8
UNTIL = 100_000


class ReplanWatch:
    """Tracks the graph's relationship count as a writer changes it (from its counters)."""

    def __init__(self, relationships: int) -> None:
        self.relationships = relationships
        self.planned_at: int | None = None  # unknown: the cached plan may be from any graph

    def due(self) -> bool:
        if self.relationships < MIN_RELATIONSHIPS:
            return False
        if self.planned_at is None:
            return self.relationships < UNTIL
        return self.planned_at < UNTIL and self.relationships >= GROWTH * max(self.planned_at, MIN_RELATIONSHIPS)

    def take(self) -> bool:
        """Whether the next statements must be planned afresh; if so, counted as done."""
        if not self.due():
            return False
        self.planned_at = self.relationships
        return True

    def changed(self, created: int, deleted: int = 0) -> None:
        self.relationships = max(0, self.relationships + created - deleted)
