"""A load run's notable files on its LoadRun node: appended in file order up to the limit,
the ones past it only counted, and a full list or an empty batch leaves the list as it was
(it is stored whole, so every append rewrites it)."""

from __future__ import annotations

import pytest

from graph.run_record import run_progress
from graph.writer import start_run

pytestmark = pytest.mark.neo4j


def _row(driver, database):
    return driver.execute_query("MATCH (r:LoadRun {id: 'run-record-test'}) RETURN r.counts AS counts, "
                                "r.notable AS notable, r.notable_unlisted AS unlisted", database_=database).records[0]


def test_notable_files_are_appended_up_to_the_limit_and_the_rest_counted(clean_graph, neo4j_settings):
    db = neo4j_settings.database
    start_run(clean_graph, db, "run-record-test", "2026-12-01T00:00:00+00:00", ["/tmp/x"])

    def write(counts, notable):
        run_progress(clean_graph, db, "run-record-test", counts=counts, loaded=[], notable=notable, notable_limit=3)

    write(["added:1"], [])
    row = _row(clean_graph, db)
    assert row["counts"] == ["added:1"] and row["notable"] is None and row["unlisted"] is None
    write(["added:2"], ["a", "b"])
    assert _row(clean_graph, db)["notable"] == ["a", "b"]
    write(["added:4"], ["c", "d"])  # one fits, one is counted
    row = _row(clean_graph, db)
    assert row["notable"] == ["a", "b", "c"] and row["unlisted"] == 1
    write(["added:5"], [])  # nothing appended: the list and the count stay
    row = _row(clean_graph, db)
    assert row["counts"] == ["added:5"] and row["notable"] == ["a", "b", "c"] and row["unlisted"] == 1
    write(["added:7"], ["e", "f"])  # the list is full: both counted
    row = _row(clean_graph, db)
    assert row["notable"] == ["a", "b", "c"] and row["unlisted"] == 3 and row["counts"] == ["added:7"]
