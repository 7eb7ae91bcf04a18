"""GET /documents and /documents/{id}: metadata, language blocks, facts with quotes."""

from __future__ import annotations

import pytest

from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j


def test_documents_list_filters_sorts_and_pages(client, seeded):
    body = client.get("/documents").json()
    assert [d["id"] for d in body["items"]] == ["doc-002", "doc-000", "doc-001"]  # by date
    assert body["items"][0]["date_precision"] == "year"
    only = client.get("/documents", params={"kind": "joint_statement", "sort": "id", "order": "desc"}).json()
    assert [d["id"] for d in only["items"]] == ["doc-001", "doc-000"] and only["total"] == 2
    assert client.get("/documents", params={"offset": 10}).json()["items"] == []


def test_document_record_lists_blocks_and_facts_with_quotes(client, seeded):
    body = client.get("/documents/doc-000").json()
    assert body["document"]["languages"] == ["pl", "en"] and body["document"]["text"] is None
    assert [b["lang"] for b in body["blocks"]] == ["pl", "en"]
    assert body["expresses"][0]["edition_id"] == "spyware-joint-statement#2"
    signed = [f for f in body["facts"] if f["predicate"] == "SIGNED"]
    assert sorted(f["subject"] for f in signed) == ["DE", "FI", "GB", "IE", "PL", "SE", "US"]
    for fact in body["facts"]:
        assert fact["evidence"] and all(e["document_id"] == "doc-000" for e in fact["evidence"])
    commits = [f for f in body["facts"] if f["predicate"] == "IN_LANGUAGE"]
    assert {f["subject"] for f in commits} == {"spyware-joint-statement#c1"} and len(commits) == 2
    with_text = client.get("/documents/doc-000", params={"include_text": "true"}).json()
    assert with_text["document"]["text"].startswith("Wspolne")


def test_unknown_document_is_404(client, seeded):
    assert_problem(client.get("/documents/nope"), 404)
