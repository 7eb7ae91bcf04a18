"""GET /states and /states/{iso2}: lists, sorting, paging, records with evidence, 404/422."""

from __future__ import annotations

import pytest

from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j


def test_states_list_is_paged_and_sorted(client, seeded):
    body = client.get("/states", params={"sort": "name", "limit": 3}).json()
    assert body["total"] == 9
    assert [s["name"] for s in body["items"]] == ["Czech Republic", "Estonia", "Finland"]
    assert body["limit"] == 3 and body["offset"] == 0 and body["sort"] == "name"
    desc = client.get("/states", params={"sort": "instruments_signed", "order": "desc", "limit": 100}).json()
    assert desc["items"][-1]["iso2"] == "CZ"  # signed nothing
    page2 = client.get("/states", params={"limit": 5, "offset": 5}).json()
    assert [s["iso2"] for s in page2["items"]] == ["IE", "PL", "SE", "US"]


def test_state_record_carries_evidence_for_every_fact(client, seeded):
    body = client.get("/states/se").json()
    assert body["state"]["name"] == "Sweden"
    (signed,) = body["instruments"]
    assert signed["instrument_id"] == "spyware-joint-statement"
    assert signed["joined"] == "2023-03-30" and signed["first_edition"] == 1
    assert [e["number"] for e in signed["editions"]] == [1, 2, 3]
    for edition in signed["editions"]:
        assert edition["evidence"], edition
    assert signed["editions"][2]["evidence"][0]["document_id"] == "doc-001"
    (stance,) = body["stances"]
    assert stance["stance"] == "oppose" and stance["target_id"] == "celex:52016PC0616"
    assert stance["via"] == "position-paper:2018:dual-use-recast"
    assert stance["evidence"][0]["quote"].startswith("argues against")
    fi = client.get("/states/FI").json()
    assert fi["mentions"][0]["document_id"] == "doc-002" and fi["mentions"][0]["evidence"]


def test_unknown_state_is_404_and_bad_code_is_422(client, seeded):
    assert_problem(client.get("/states/XX"), 404)
    assert_problem(client.get("/states/SWE"), 422, parameter="iso2")
    assert_problem(client.get("/states", params={"sort": "password"}), 422, parameter="sort")
    assert_problem(client.get("/states", params={"limit": 100000}), 422, parameter="limit")


def test_a_date_known_to_the_year_is_written_as_the_year(client, seeded):
    """Issue 17: a paper of "2018" showed as 2018-01-01 in /documents and /states."""
    documents = client.get("/documents", params={"limit": 500}).json()["items"]
    paper = next(d for d in documents if d["id"] == "doc-002")
    assert (paper["date"], paper["date_precision"]) == ("2018", "year")
    assert {d["date"] for d in documents if d["id"] != "doc-002"} <= {"2024-03-18", "2024-09-22"}
    mention = next(m for m in client.get("/states/FI").json()["mentions"] if m["document_id"] == "doc-002")
    assert mention["document_date"] == "2018"
    assert {e["document_date"] for e in mention["evidence"]} == {"2018"}
    csv_text = client.get("/documents", params={"format": "csv", "limit": 500}).text
    assert ",2018,year," in csv_text and "2018-01-01" not in csv_text


@pytest.mark.parametrize("as_of, gb_member", [("2018-06-01", True), ("2020-01-31", True), ("2020-02-01", False), (None, False)])
def test_eu_membership_is_asked_as_of_the_date(client, seeded, as_of, gb_member):
    """Issue 17: the region filter used today's membership, so a 2018 paper of nine members showed eight."""
    params = {"as_of": as_of} if as_of else {}
    rows = {r["iso2"]: r["eu_member"] for r in client.get("/matrix", params=params).json()["rows"]}
    assert rows["GB"] is gb_member and rows["SE"] is True and rows["US"] is False
    # The signatories carry the membership of the same date (GB signed only after it left).
    signatories = client.get("/instruments/spyware-joint-statement/signatories", params=params).json()["items"]
    members = {s["iso2"]: s["eu_member"] for s in signatories}
    assert members.get("GB", gb_member) is gb_member and all(members.get(c, True) for c in ("SE", "FI", "PL"))


def test_a_stance_is_spelled_oppose_or_support_everywhere(client, seeded):
    """Issue 17: one stance had four spellings (oppose, opposes, OPPOSES, Opposed)."""
    record = client.get("/states/SE").json()
    assert {s["stance"] for s in record["stances"]} == {"oppose"}
    facts = client.get("/documents/doc-002").json()["facts"]
    stances = [f for f in facts if f["predicate"] in ("OPPOSES", "SUPPORTS")]
    assert stances and {f["stance"] for f in stances} == {"oppose"}
    assert all(f["stance"] is None for f in facts if f not in stances)
