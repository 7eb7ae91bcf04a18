"""An upload's load run waits briefly for another run's loader lease, then fails naming
that run, and writes nothing."""

from __future__ import annotations

import pytest

from graph.lease import LoadLease
from tests.api.conftest import API_KEY
from tests.api.uploads import wait_for_upload
from tests.conftest import graph_snapshot

pytestmark = pytest.mark.neo4j
TEXT = ("Joint statement on waiting uploads\n\nWe, the governments of Austria and Slovenia, commit to let "
        "one loader write at a time.\n").encode()


def test_an_upload_while_another_run_holds_the_lease_fails_naming_it(client, seeded, neo4j_settings, monkeypatch):
    monkeypatch.setattr("api.routes.documents.UPLOAD_LEASE_WAIT", 0.5)
    holder = LoadLease(seeded, neo4j_settings.database, "run-bulk-load")
    holder.acquire()
    try:
        before = graph_snapshot(seeded, include_runs=True)
        response = client.post("/documents", files={"file": ("waiting.txt", TEXT, "text/plain")},
                               headers={"X-API-Key": API_KEY})
        failed = wait_for_upload(client, response)
        assert failed["state"] == "failed" and failed["exit_code"] == 3, failed
        assert "run-bulk-load" in failed["error"]
        assert graph_snapshot(seeded, include_runs=True) == before
    finally:
        holder.release()
    response = client.post("/documents", files={"file": ("waiting.txt", TEXT, "text/plain")},
                           headers={"X-API-Key": API_KEY})
    assert wait_for_upload(client, response)["state"] == "done"
