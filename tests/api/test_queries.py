"""Named queries as endpoints: GET /queries lists cypher/queries/, GET /queries/{name} runs one."""

from __future__ import annotations

import csv
import io

import pytest

from tests.api.conftest import assert_problem

pytestmark = pytest.mark.neo4j
NAME = "seed_opposing_signatories"


def test_queries_are_listed_with_typed_parameters(client):
    body = client.get("/queries").json()
    (query,) = [q for q in body["queries"] if q["name"] == NAME]
    assert query["url"] == f"/queries/{NAME}"
    params = {p["name"]: p for p in query["parameters"]}
    assert params["as_of"] == {"name": "as_of", "type": "date", "nullable": True, "required": False,
                               "default": None, "description": "YYYY-MM-DD; null means every edition"}
    assert params["limit"]["default"] == 100 and params["codes"]["type"] == "list[string]"


def test_adding_a_file_adds_an_endpoint(client, app_settings):
    path = app_settings.cypher_dir / "queries" / "zz_added.cypher"
    path.write_text("// description: added while the app runs\nRETURN 1 AS one\n")
    try:
        assert client.get("/queries/zz_added").json()["rows"] == [{"one": 1}]
    finally:
        path.unlink()
    assert_problem(client.get("/queries/zz_added"), 404)


def test_editing_a_file_changes_the_endpoint_without_restart(client, app_settings):
    path = app_settings.cypher_dir / "queries" / "zz_edited.cypher"
    path.write_text("// description: edited while the app runs\nRETURN 1 AS answer\n")
    try:
        assert client.get("/queries/zz_edited").json()["rows"] == [{"answer": 1}]
        path.write_text("// description: edited while the app runs\n// param: n: int = 7\nRETURN $n * 6 AS answer\n")
        assert client.get("/queries/zz_edited").json()["rows"] == [{"answer": 42}]
        assert client.get("/queries/zz_edited", params={"n": 2}).json()["parameters"] == {"n": 2}
    finally:
        path.unlink()


@pytest.mark.parametrize("as_of, expected", [
    (None, ["EE", "FI", "GB", "IE", "PL", "SE"]), ("2024-06-01", ["FI", "GB", "IE", "PL", "SE"]), ("2023-06-01", ["GB", "SE"])])
def test_named_query_runs_with_bound_parameters(client, seeded, as_of, expected):
    body = client.get(f"/queries/{NAME}", params={"as_of": as_of} if as_of else {}).json()
    assert [r["iso2"] for r in body["rows"]] == expected
    assert body["columns"] == ["iso2", "name", "evidence"] and body["row_count"] == len(expected)
    for row in body["rows"]:
        assert {e["fact_type"] for e in row["evidence"]} == {"signed", "stance"}
    assert body["parameters"]["as_of"] == as_of


def test_list_parameters_and_repeated_values(client, seeded):
    one = client.get(f"/queries/{NAME}", params={"codes": "SE,GB"}).json()
    two = client.get(f"/queries/{NAME}?codes=SE&codes=GB").json()
    assert [r["iso2"] for r in one["rows"]] == [r["iso2"] for r in two["rows"]] == ["GB", "SE"]


@pytest.mark.parametrize("params, bad", [({"as_of": "2024-13-01"}, "as_of"), ({"limit": "ten"}, "limit"), ({"nope": "1"}, "nope")])
def test_bad_parameters_are_422_naming_them(client, seeded, params, bad):
    body = assert_problem(client.get(f"/queries/{NAME}", params=params), 422, parameter=bad)
    assert bad in body["detail"]


def test_unknown_query_is_404(client):
    assert_problem(client.get("/queries/nope"), 404)


def test_named_query_as_csv(client, seeded):
    response = client.get(f"/queries/{NAME}", params={"format": "csv", "as_of": "2024-06-01"})
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [r["iso2"] for r in rows] == ["FI", "GB", "IE", "PL", "SE"]
    # Evidence spread into columns (issue 17: one JSON cell), one line per row still.
    assert "evidence" not in rows[0] and rows[0]["evidence.1.quote"] and rows[0]["evidence.1.fact_type"]
    assert not any(value.startswith("[{") for row in rows for value in row.values() if value)
    assert response.headers["content-disposition"] == f'attachment; filename="{NAME}-as-of-2024-06-01.csv"'
    by_accept = client.get(f"/queries/{NAME}", headers={"Accept": "text/csv"})
    assert by_accept.headers["content-type"].startswith("text/csv")
    assert by_accept.headers["content-disposition"] == f'attachment; filename="{NAME}-latest.csv"'


@pytest.mark.parametrize("path, params", [
    ("/graph/neighbourhood", {"id": "SE"}),
    ("/states/SE", {}), ("/instruments/spyware-joint-statement", {}), ("/queries", {}),
])
def test_csv_asked_of_a_json_only_endpoint_is_406(client, seeded, path, params):
    """Issue 17: Accept: text/csv on /timeline or /graph/neighbourhood answered JSON."""
    assert_problem(client.get(path, params=params, headers={"Accept": "text/csv"}), 406)
    assert client.get(path, params=params, headers={"Accept": "text/csv, application/json;q=0.5"}).status_code == 200
    assert client.get(path, params=params, headers={"Accept": "text/csv, */*;q=0.1"}).status_code == 200


def test_signatories_csv_spreads_evidence_and_names_the_date(client, seeded):
    response = client.get("/instruments/spyware-joint-statement/signatories", params={"as_of": "2024-06-01"},
                          headers={"Accept": "text/csv"})
    assert response.headers["content-disposition"].endswith('filename="spyware-joint-statement-signatories-as-of-2024-06-01.csv"')
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert len(rows) == 7 and all(r["signatures.1.evidence.1.quote"] for r in rows)
    assert all(r["signatures.1.date"] <= "2024-06-01" for r in rows)


def test_an_integer_parameter_beyond_64_bits_is_a_422_naming_it(client, seeded):
    body = assert_problem(client.get("/queries/seed_opposing_signatories", params={"limit": str(2 ** 64)}), 422)
    assert "limit" in str(body)
    assert client.get("/queries/seed_opposing_signatories", params={"limit": "5"}).status_code == 200


def test_named_queries_and_lists_page_alike(client, seeded, app_settings):
    """Issue 17: lists and named queries paged differently and gave no totals or next links."""
    path = app_settings.cypher_dir / "queries" / "zz_paged.cypher"
    path.write_text("// description: the states, in order\nMATCH (s:State) RETURN s.iso2 AS iso2 ORDER BY iso2\n")
    try:
        first = client.get("/queries/zz_paged", params={"limit": 4}).json()
        assert (first["total"], first["limit"], first["offset"], first["row_count"]) == (9, 4, 0, 4)
        assert first["next"] == "/queries/zz_paged?limit=4&offset=4"
        last = client.get(first["next"].replace("limit=4&offset=4", "offset=8&limit=4")).json()
        assert [r["iso2"] for r in last["rows"]] == ["US"] and last["next"] is None
        assert_problem(client.get("/queries/zz_paged", params={"limit": 0}), 422, parameter="limit")
    finally:
        path.unlink()
    # A query that pages itself (its own limit, no offset): total unknown, no next link to offer.
    own = client.get(f"/queries/{NAME}", params={"limit": 2}).json()
    assert own["total"] is None and own["limit"] == 2 and own["row_count"] == 2 and own["next"] is None
    for path, params in (("/states", {"limit": 4}), ("/instruments", {"limit": 1}), ("/search", {"q": "spyware", "limit": 1})):
        page = client.get(path, params=params).json()
        assert {"total", "limit", "offset", "next"} <= set(page), path
    states = client.get("/states", params={"limit": 4, "sort": "name"}).json()
    assert states["next"] == "/states?limit=4&sort=name&offset=4"
    assert client.get("/states", params={"limit": 4, "offset": 8}).json()["next"] is None


@pytest.mark.parametrize("params", [{"offset": "-823"}, {"limit": "0"}, {"limit": "100000000"}])
def test_a_query_that_pages_itself_takes_the_same_bounds_as_every_list(client, app_settings, params):
    path = app_settings.cypher_dir / "queries" / "zz_self_paged.cypher"
    path.write_text("// description: pages itself\n// param: limit: int = 10\n// param: offset: int = 0\n"
                    "UNWIND range(1, 30) AS n RETURN n SKIP $offset LIMIT $limit\n")
    try:
        (key,) = params
        body = assert_problem(client.get("/queries/zz_self_paged", params=params), 422)
        assert key in body["detail"]
        assert client.get("/queries/zz_self_paged", params={"offset": "25"}).json()["row_count"] == 5
    finally:
        path.unlink()
