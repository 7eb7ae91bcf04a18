"""Each finished load run is a numbered data version; the change list between two names the
facts that came or went, the run and the document that did it, and why (issue 17)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import PROJECT_ROOT, AppSettings
from graph.versions import current_version
from loaders.run import load_paths
from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j


def _statement(title: str, states: str, pledges: list[str]) -> str:
    bullets = "\n".join(f"• {p};" for p in pledges)
    return (f"Joint Declaration on {title}\n\nWe, the governments of {states}, share a common purpose.\n\n"
            f"We commit to:\n\n{bullets}\n")


PLEDGES = ["meeting every year", "publishing what we find", "keeping the lamps lit"]


@pytest.fixture()
def app_client(clean_graph, neo4j_settings):
    with TestClient(create_app(AppSettings(cypher_dir=PROJECT_ROOT / "cypher"), neo4j_settings),
                    raise_server_exceptions=False) as client:
        yield client


def _load(path: Path, driver, database: str) -> str:
    report = load_paths([path], driver=driver, database=database, workers=1)
    assert report.exit_code == 0, report.files
    return report.run_id


def _signed(changes: list[dict], change: str) -> set[str]:
    return {c["from_uid"] for c in changes if c["change"] == change and c["type"] == "SIGNED"}


def test_load_runs_are_numbered_versions_with_their_changes(app_client, clean_graph, neo4j_settings, tmp_path):
    client, db = app_client, neo4j_settings.database
    assert client.get("/versions").json()["latest"] == 0
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "lighthouses.txt").write_text(_statement("Lighthouses", "Portugal, Spain and Ireland", PLEDGES), encoding="utf-8")
    first_run = _load(folder, clean_graph, db)
    # Run 2: the same text loses its third pledge; a second declaration arrives.
    (folder / "lighthouses.txt").write_text(_statement("Lighthouses", "Portugal, Spain and Ireland", PLEDGES[:2]), encoding="utf-8")
    (folder / "beacons.txt").write_text(_statement("Coastal Beacons", "Norway, Iceland and Denmark", PLEDGES[:2]), encoding="utf-8")
    second_run = _load(folder, clean_graph, db)

    body = client.get("/versions").json()
    assert (body["total"], body["latest"]) == (2, 2)
    newest, first = body["items"]
    assert (newest["version"], newest["run_id"], first["version"], first["run_id"]) == (2, second_run, 1, first_run)
    assert body["last_updated"] == newest["finished_at"] and newest["finished_at"] >= first["finished_at"]
    assert first["facts_added"] >= 6 and first["facts_removed"] == 0
    assert newest["facts_added"] >= 3 and newest["facts_removed"] == 1 and newest["documents"] >= 2
    assert current_version(clean_graph, db)["version"] == 2

    changes = client.get("/versions/changes").json()  # default: the newest version against the one before
    assert (changes["from_version"], changes["to_version"]) == (1, 2)
    assert _signed(changes["items"], "added") == {"state:NO", "state:IS", "state:DK"}
    assert not _signed(changes["items"], "removed")  # the changed text still names its three signatories: no change
    removed = [c for c in changes["items"] if c["change"] == "removed"]
    assert [(c["type"], c["from_uid"].rsplit("#", 1)[1], c["reason"]) for c in removed] == [("IN_LANGUAGE", "c3", "replaced")]
    assert (removed[0]["version"], removed[0]["run_id"]) == (2, second_run)
    assert "Portugal" in removed[0]["document_title"] and removed[0]["document_id"].startswith("doc-")
    added = next(c for c in changes["items"] if c["change"] == "added" and c["from_uid"] == "state:NO")
    assert (added["reason"], added["version"], added["run_id"]) == ("stated", 2, second_run)
    assert added["document_id"] not in (None, removed[0]["document_id"]) and added["document_title"]

    whole = client.get("/versions/changes", params={"from_version": 0, "to_version": 2, "limit": 500}).json()
    # (the curated instrument records of metadata/ load in run 1 too, with their own signatories)
    assert {"state:PT", "state:ES", "state:IE", "state:NO", "state:IS", "state:DK"} <= _signed(whole["items"], "added")
    assert not [c for c in whole["items"] if c["change"] == "removed" or c["from_uid"].endswith("#c3")]  # came and went
    signed_pt = next(c for c in whole["items"] if c["from_uid"] == "state:PT" and c["type"] == "SIGNED")
    assert (signed_pt["version"], signed_pt["run_id"]) == (1, first_run)  # stated again in run 2: keeps its first run
    first_only = client.get("/versions/changes", params={"from_version": 0, "to_version": 1, "limit": 500}).json()["items"]
    assert {"state:PT", "state:ES", "state:IE"} <= _signed(first_only, "added")
    beacons = {c["to_uid"] for c in changes["items"] if c["type"] == "SIGNED"}  # the edition run 2 brought
    assert not [c for c in first_only if c["to_uid"] in beacons]
    assert any(c["from_uid"].endswith("#c3") for c in first_only)  # removed later, it was there at version 1


def test_change_lists_page_and_download_like_every_list(app_client, clean_graph, neo4j_settings, tmp_path):
    doc = tmp_path / "beacons.txt"
    doc.write_text(_statement("Coastal Beacons", "Norway, Iceland and Denmark", PLEDGES), encoding="utf-8")
    _load(doc, clean_graph, neo4j_settings.database)
    client = app_client
    everything = client.get("/versions/changes", params={"from_version": 0, "limit": 500}).json()
    page = client.get("/versions/changes", params={"from_version": 0, "limit": 2}).json()
    assert page["total"] == everything["total"] > 2 and len(page["items"]) == 2
    assert page["next"] == "/versions/changes?from_version=0&limit=2&offset=2"
    assert page["items"] == everything["items"][:2]
    response = client.get("/versions/changes", params={"from_version": 0, "limit": 500}, headers={"Accept": "text/csv"})
    assert response.headers["content-disposition"] == 'attachment; filename="changes-0-to-1.csv"'
    assert len(list(csv.DictReader(io.StringIO(response.text)))) == everything["total"]


@pytest.mark.parametrize("params, parameter", [({"to_version": 5}, "to_version"), ({"from_version": 2, "to_version": 0}, "from_version"),
                                               ({"from_version": -1}, "from_version"), ({"since": 1}, "since")])
def test_a_version_the_graph_does_not_have_is_422(app_client, clean_graph, params, parameter):
    assert_problem(app_client.get("/versions/changes", params=params), 422, parameter=parameter)
