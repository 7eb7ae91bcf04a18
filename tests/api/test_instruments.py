"""GET /instruments, /instruments/{id}, /instruments/{id}/signatories?as_of=."""

from __future__ import annotations

import pytest

from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j
SPYWARE = "spyware-joint-statement"


def test_instruments_list(client, seeded):
    body = client.get("/instruments", params={"sort": "signatories", "order": "desc"}).json()
    assert body["total"] == 2
    first = body["items"][0]
    assert first["instrument_id"] == SPYWARE and first["editions"] == 3 and first["signatories"] == 8
    assert first["latest_edition"] == 3 and first["latest_edition_date"] == "2024-09-22"


def test_instrument_record_has_editions_commitments_and_stances(client, seeded):
    body = client.get(f"/instruments/{SPYWARE}").json()
    editions = body["editions"]
    assert [(e["number"], e["date"], e["signatory_count"], e["signatories_linked"]) for e in editions] == [
        (1, "2023-03-30", 3, 3), (2, "2024-03-18", 7, 7), (3, "2024-09-22", 8, 8)]
    assert editions[1]["documents"][0]["document_id"] == "doc-000" and editions[1]["documents"][0]["evidence"]
    (commitment,) = body["commitments"]
    assert [t["lang"] for t in commitment["texts"]] == ["en", "pl"]
    assert all(t["evidence"] for t in commitment["texts"])
    paper = client.get("/instruments/position-paper:2018:dual-use-recast").json()
    assert sorted(s["actor_id"] for s in paper["stances"]) == ["CZ", "EE", "FI", "GB", "IE", "PL", "SE"]


@pytest.mark.parametrize("as_of, expected", [
    (None, ["DE", "EE", "FI", "GB", "IE", "PL", "SE", "US"]),
    ("2024-06-01", ["DE", "FI", "GB", "IE", "PL", "SE", "US"]),
    ("2023-06-01", ["GB", "SE", "US"]),
    ("2020-01-01", []),
])
def test_signatories_honour_as_of(client, seeded, as_of, expected):
    params = {"as_of": as_of} if as_of else {}
    body = client.get(f"/instruments/{SPYWARE}/signatories", params=params).json()
    assert [s["iso2"] for s in body["items"]] == expected
    assert body["total"] == len(expected)
    for s in body["items"]:
        assert s["signatures"] and all(sig["evidence"] for sig in s["signatures"])
        assert all(sig["date"] <= (as_of or "9999") for sig in s["signatures"])
    if as_of == "2024-06-01":
        assert body["edition"]["number"] == 2
        fi = next(s for s in body["items"] if s["iso2"] == "FI")
        assert fi["joined"] == "2024-03-18" and fi["first_edition"] == 2


def test_signatories_errors(client, seeded):
    assert_problem(client.get("/instruments/nope"), 404)
    assert_problem(client.get("/instruments/nope/signatories"), 404)
    assert_problem(client.get(f"/instruments/{SPYWARE}/signatories", params={"as_of": "2024-13-01"}), 422, parameter="as_of")
    assert_problem(client.get(f"/instruments/{SPYWARE}/signatories", params={"sort": "x"}), 422, parameter="sort")


@pytest.mark.parametrize("as_of", ["2023-06-01", "2024-06-01"])
def test_signatory_evidence_never_postdates_as_of(client, seeded, as_of):
    """Issue 17: a signature of edition 1 was cited with a text of a later date."""
    body = client.get(f"/instruments/{SPYWARE}/signatories", params={"as_of": as_of}).json()
    evidence = [e for s in body["items"] for sig in s["signatures"] for e in sig["evidence"]]
    assert evidence
    assert all(e["document_date"] is None or e["document_date"] <= as_of for e in evidence), evidence


def test_an_instrument_id_has_one_name_everywhere(client, seeded):
    """Issue 17: the id was `id`, `instrument_id` or `instrument` by endpoint."""
    listed = client.get("/instruments").json()["items"]
    record = client.get(f"/instruments/{SPYWARE}").json()["instrument"]
    page = client.get(f"/instruments/{SPYWARE}/signatories").json()["instrument"]
    signed = client.get("/states/SE").json()["instruments"][0]
    assert {i["instrument_id"] for i in listed} >= {SPYWARE}
    assert record["instrument_id"] == page["instrument_id"] == signed["instrument_id"] == SPYWARE
    assert not any("id" in x for x in (*listed, record, page))
    assert client.get("/instruments", params={"sort": "instrument_id"}).status_code == 200


def test_documents_of_an_instrument_with_no_edition_say_how_they_refer_to_it(client, seeded):
    """The position paper has no edition and no party: the documents that report it, and the stances known through it, are its trace."""
    body = client.get("/instruments/position-paper:2018:dual-use-recast/documents").json()
    assert body["instrument"] == "position-paper:2018:dual-use-recast" and body["total"] == 1
    (doc,) = body["items"]
    assert doc["id"] == "doc-002" and doc["date"] == "2018" and doc["date_precision"] == "year"
    assert doc["refers_by"] == ["oppose", "reports"]


@pytest.mark.parametrize("as_of, expected", [
    (None, ["doc-000", "doc-001"]), ("2024-06-01", ["doc-000"]), ("2023-06-01", [])])
def test_documents_of_an_instrument_never_postdate_as_of(client, seeded, as_of, expected):
    body = client.get(f"/instruments/{SPYWARE}/documents", params={"as_of": as_of} if as_of else {}).json()
    assert [d["id"] for d in body["items"]] == expected and body["total"] == len(expected)
    assert all("expresses" in d["refers_by"] for d in body["items"])
    assert body["as_of"] == as_of


def test_documents_of_an_instrument_errors_and_csv(client, seeded):
    assert_problem(client.get("/instruments/nope/documents"), 404)
    assert_problem(client.get(f"/instruments/{SPYWARE}/documents", params={"sort": "x"}), 422, parameter="sort")
    assert_problem(client.get(f"/instruments/{SPYWARE}/documents", params={"asof": "2024-06-01"}), 422)
    csv = client.get(f"/instruments/{SPYWARE}/documents", params={"as_of": "2024-06-01"}, headers={"Accept": "text/csv"})
    assert csv.headers["content-type"].startswith("text/csv") and "as-of-2024-06-01" in csv.headers["content-disposition"]
    assert csv.text.splitlines()[1].startswith("doc-000,")
