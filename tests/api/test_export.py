"""The whole graph as files (issue 17): CSV per node label and per fact type with the evidence in
columns, JSON lines, streamed by the API and written by `pledgegraph export --out DIR`."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from loaders.cli import app as cli
from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j


def _csv(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_the_index_lists_a_file_per_label_and_type(client, seeded):
    body = client.get("/export").json()
    paths = {f["path"]: f for f in body["files"]}
    assert {"nodes/State.csv", "nodes/Document.csv", "facts/SIGNED.csv", "facts/OPPOSES.csv", "links/EDITION_OF.csv"} <= set(paths)
    assert not [p for p in paths if p.startswith("nodes/Evidence") or p.startswith("nodes/Entity") or "IN_DOCUMENT" in p]
    assert paths["nodes/State.csv"]["records"] == 9 and paths["facts/SIGNED.csv"]["records"] == 18
    assert body["jsonl"] == "/export/graph.jsonl" and body["version"] == 0
    assert paths["facts/SIGNED.csv"]["url"] == "/export/facts/SIGNED.csv"


def test_fact_files_spread_the_evidence_into_columns(client, seeded):
    response = client.get("/export/facts/SIGNED.csv")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert "content-length" not in response.headers  # streamed, not built first
    rows = _csv(response.text)
    assert len(rows) == 18  # one signature, one passage each in the seed
    sweden_2 = next(r for r in rows if r["from_key"] == "state:SE" and r["to_key"] == "edition:spyware-joint-statement#2")
    assert (sweden_2["fact_id"], sweden_2["evidence_document_id"], sweden_2["evidence_quote"]) == ("f-signed-SE-2", "doc-000", "Sweden")
    assert (sweden_2["evidence_start"], sweden_2["evidence_lang"], sweden_2["from_label"]) == ("120", "en", "State")
    assert not [v for r in rows for v in r.values() if v and v.startswith("[{")]  # no evidence left as JSON
    opposes = _csv(client.get("/export/facts/OPPOSES.csv").text)
    assert {r["via"] for r in opposes} == {"position-paper:2018:dual-use-recast"}
    assert {r["evidence_document_date"] for r in opposes} == {"2018"}


def test_node_and_link_files(client, seeded):
    states = _csv(client.get("/export/nodes/State.csv").text)
    assert {r["iso2"] for r in states} == {"SE", "GB", "US", "FI", "PL", "IE", "DE", "EE", "CZ"}
    assert next(r for r in states if r["iso2"] == "GB")["eu_left"] == "2020-01-31"
    assert next(r for r in states if r["iso2"] == "SE")["key"] == "state:SE"
    editions = _csv(client.get("/export/links/EDITION_OF.csv").text)
    assert len(editions) == 3 and {r["to_key"] for r in editions} == {"instrument:spyware-joint-statement"}


def test_a_file_asked_as_csv_is_served_and_json_lines_are_not_csv(client, seeded):
    """Accept: text/csv on a file of the download, which is CSV, answered 406 (JSON only)."""
    response = client.get("/export/nodes/State.csv", headers={"Accept": "text/csv"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/csv")
    assert len(_csv(response.text)) == 9
    assert_problem(client.get("/export/graph.jsonl", headers={"Accept": "text/csv"}), 406)
    assert_problem(client.get("/export", headers={"Accept": "text/csv"}), 406)


@pytest.mark.parametrize("path", ["/export/nodes/Nope.csv", "/export/facts/State.csv", "/export/elsewhere/State.csv",
                                  "/export/nodes/State.json"])
def test_a_file_the_graph_does_not_have_is_404(client, seeded, path):
    assert_problem(client.get(path), 404)


def test_json_lines_hold_every_node_fact_and_link(client, seeded, neo4j_driver):
    response = client.get("/export/graph.jsonl")
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    kinds = {k: [x for x in lines if x["kind"] == k] for k in ("node", "fact", "link")}
    facts = neo4j_driver.execute_query("MATCH ()-[r]->() WHERE r.fact_id IS NOT NULL RETURN count(r) AS n").records[0]["n"]
    nodes = neo4j_driver.execute_query("MATCH (n) WHERE NOT n:Evidence RETURN count(n) AS n").records[0]["n"]
    assert (len(kinds["fact"]), len(kinds["node"])) == (facts, nodes)
    signed = next(x for x in kinds["fact"] if x["fact_id"] == "f-signed-FI-3")
    assert signed["evidence"][0]["document_id"] == "doc-001" and signed["evidence"][0]["quote"] == "Finland"
    assert any(x["type"] == "HAS_BLOCK" for x in kinds["link"])


def test_the_cli_writes_the_same_files(client, seeded, tmp_path):
    result = CliRunner().invoke(cli, ["export", "--out", str(tmp_path / "dump")])
    assert result.exit_code == 0, result.output
    manifest = json.loads((tmp_path / "dump" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["data_version"]["version"] == 0 and manifest["jsonl"] == "graph.jsonl"
    for f in client.get("/export").json()["files"]:
        written = (tmp_path / "dump" / f["path"]).read_text(encoding="utf-8")
        served = client.get(f["url"]).text
        assert sorted(written.splitlines()) == sorted(served.splitlines()), f["path"]
    served_jsonl = client.get("/export/graph.jsonl").text.splitlines()
    assert sorted((tmp_path / "dump" / "graph.jsonl").read_text(encoding="utf-8").splitlines()) == sorted(served_jsonl)
