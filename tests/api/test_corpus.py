"""The API over the real starting corpus, loaded by ``loaders.run.load_paths``.

The headline question over REST (latest edition, 2024-06-01, 2023-06-01), each row with
evidence for both halves, its CSV, and the signatories endpoint's ``as_of``; plus the
resource endpoints on real data. Uses the project's own ``cypher/queries``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from api.main import create_app
from core.settings import PROJECT_ROOT
from loaders.run import load_paths
from tests.api.conftest import make_settings
from tests.conftest import wipe_graph

pytestmark = [pytest.mark.neo4j, pytest.mark.slow]
HEADLINE = "signatories_opposing_export_rules"
SPYWARE = "spyware-joint-statement"


@pytest.fixture(scope="module")
def corpus_client(neo4j_driver, neo4j_settings, corpus_dir) -> Iterator[TestClient]:
    wipe_graph(neo4j_driver, neo4j_settings.database)
    report = load_paths([corpus_dir], driver=neo4j_driver, database=neo4j_settings.database)
    assert report.status == "ok", report.model_dump_json()
    settings = make_settings(PROJECT_ROOT / "cypher")
    with TestClient(create_app(settings, neo4j_settings), raise_server_exceptions=False) as client:
        yield client


@pytest.mark.parametrize("as_of, expected", [
    (None, ["EE", "FI", "GB", "IE", "PL", "SE"]),
    ("2024-06-01", ["FI", "GB", "IE", "PL", "SE"]),
    ("2023-06-01", ["GB", "SE"]),
])
def test_headline_query_over_rest(corpus_client, as_of, expected):
    response = corpus_client.get(f"/queries/{HEADLINE}", params={"as_of": as_of} if as_of else {})
    assert response.status_code == 200, response.text
    body = response.json()
    assert sorted(r["iso2"] for r in body["rows"]) == expected
    evidence_columns = [c for c in body["columns"] if "evidence" in c]
    assert len(evidence_columns) >= 2, body["columns"]  # one for the signature, one for the opposition
    for row in body["rows"]:
        for column in evidence_columns:
            assert row[column], (row["iso2"], column)
            assert all(e.get("document_id") and e.get("quote") for e in row[column])


def test_headline_query_as_csv(corpus_client):
    response = corpus_client.get(f"/queries/{HEADLINE}", headers={"Accept": "text/csv"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["iso2"] for r in rows) == ["EE", "FI", "GB", "IE", "PL", "SE"]
    assert all(r["signing_evidence.1.quote"] and r["opposition_evidence.1.quote"] for r in rows)


@pytest.mark.parametrize("as_of, count", [(None, 21), ("2024-06-01", 17), ("2023-06-01", 11)])
def test_signatories_endpoint_honours_as_of(corpus_client, as_of, count):
    body = corpus_client.get(f"/instruments/{SPYWARE}/signatories", params={"as_of": as_of} if as_of else {}).json()
    assert body["total"] == count and len(body["items"]) == count
    assert all(s["signatures"][0]["evidence"] for s in body["items"])
    csv_rows = list(csv.DictReader(io.StringIO(corpus_client.get(
        f"/instruments/{SPYWARE}/signatories", params={"format": "csv", **({"as_of": as_of} if as_of else {})}).text)))
    assert len(csv_rows) == count


def test_resources_on_the_corpus(corpus_client):
    ee = corpus_client.get("/states/EE").json()
    assert ee["instruments"][0]["joined"] == "2024-09-22"
    assert ee["stances"] and all(s["evidence"] for s in ee["stances"])
    record = corpus_client.get(f"/instruments/{SPYWARE}").json()
    assert [e["signatory_count"] for e in record["editions"]] == [11, 17, 21]
    assert len(record["commitments"]) == 5
    assert {t["lang"] for c in record["commitments"] for t in c["texts"]} >= {"en", "pl", "lv"}
    assert all(t["evidence"] for c in record["commitments"] for t in c["texts"])
    documents = corpus_client.get("/documents", params={"kind": "joint_statement"}).json()["items"]
    doc = corpus_client.get(f"/documents/{documents[0]['id']}").json()
    assert doc["blocks"] and any(f["predicate"] == "SIGNED" for f in doc["facts"])
    assert corpus_client.get("/search", params={"q": "spiegprogrammatūru"}).json()["total"] >= 1
    assert corpus_client.get("/ready").json()["status"] == "ready"
