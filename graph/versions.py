"""Data versions: each finished load run is one, numbered; what changed between two of them.

A journalist who cites a figure needs to say which data it came from, and a reader who
comes back needs to know what changed since. The load run is the unit of change (the lease
lets one run write at a time), so the runs that finished, in order, number the versions:
version 0 is the empty graph, version n the graph after the n-th finished run. The writer
stamps each fact it creates with its run and document (``added_by_run``,
``added_by_document``) and leaves a ``RemovedFact`` tombstone for each fact it deletes
(``cypher/writer/remove_orphan_facts.cypher``); facts a replaced document states again in
the same run are settled back (``settle_removed_facts.cypher``), so the change list names
only facts that really came or went. Both cost one property write per new fact and one
node per removed fact, nothing for the facts a run leaves alone.

Numbering is computed when read (``cypher/api/data_versions.cypher``), so the writer
stores nothing extra on the run. The pure helpers here turn a version range into the run
ids the change-list statement reads.
"""

from __future__ import annotations

from typing import Any

import neo4j

from graph.cypher_files import statement


class VersionRangeError(ValueError):
    """A version range that does not name versions of this graph; ``parameter`` names the bad end."""

    def __init__(self, parameter: str, message: str):
        super().__init__(message)
        self.parameter = parameter


def latest(versions: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The newest version (the list is newest first, as ``data_versions`` returns it)."""
    return versions[0] if versions else None


def resolve_range(versions: list[dict[str, Any]], from_version: int | None, to_version: int | None) -> tuple[int, int]:
    """The range asked for, with defaults: up to the newest version, from the one before it."""
    newest = versions[0]["version"] if versions else 0
    to_v = newest if to_version is None else to_version
    if not 0 <= to_v <= newest:
        raise VersionRangeError("to_version", f"to_version {to_v}: this graph has versions 0 to {newest}")
    from_v = max(to_v - 1, 0) if from_version is None else from_version
    if not 0 <= from_v <= to_v:
        raise VersionRangeError("from_version", f"from_version {from_v}: must be between 0 and to_version ({to_v})")
    return from_v, to_v


def change_parameters(versions: list[dict[str, Any]], from_version: int, to_version: int) -> dict[str, list[str]]:
    """The run ids of ``version_changes.cypher``: the runs after ``from_version`` up to
    ``to_version``, and those after it (a fact they removed still existed at ``to_version``)."""
    return {"runs": [v["run_id"] for v in versions if from_version < v["version"] <= to_version],
            "later": [v["run_id"] for v in versions if v["version"] > to_version]}


def version_of_runs(versions: list[dict[str, Any]]) -> dict[str, int]:
    return {v["run_id"]: v["version"] for v in versions}


def read_versions(driver: neo4j.Driver, database: str, *, counts: bool = False) -> list[dict[str, Any]]:
    records, _, _ = driver.execute_query(statement("api", "data_versions"), counts=counts, database_=database,
                                         routing_=neo4j.RoutingControl.READ)
    return [r.data() for r in records]


def current_version(driver: neo4j.Driver, database: str) -> dict[str, Any]:
    """The version the graph is at now: its number, run and when it finished ("last updated")."""
    newest = latest(read_versions(driver, database))
    if newest is None:
        return {"version": 0, "run_id": None, "last_updated": None}
    return {"version": newest["version"], "run_id": newest["run_id"], "last_updated": newest["finished_at"],
            "status": newest["status"]}
