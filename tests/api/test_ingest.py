"""POST /documents: API keys, size limit, type checks, safe file names, metadata, and a real load."""

from __future__ import annotations

import pytest

from api.ingest import safe_filename
from tests.api.conftest import API_KEY, assert_problem
from tests.api.uploads import wait_for_upload

pytestmark = pytest.mark.neo4j
TEXT = ("Joint statement on testing uploads\n\nWe, the governments of Sweden and Finland, commit to keep "
        "uploaded documents safe.\n").encode()


def upload(client, content=TEXT, name="statement.txt", ctype="text/plain", key=API_KEY, bearer=False, **data):
    headers = {}
    if key is not None:
        headers = {"Authorization": f"Bearer {key}"} if bearer else {"X-API-Key": key}
    return client.post("/documents", files={"file": (name, content, ctype)}, data=data, headers=headers)


def test_keys_are_required_for_writing(client, seeded):
    assert_problem(upload(client, key=None), 401)
    assert_problem(upload(client, key="wrong"), 403)


@pytest.mark.parametrize("raw, safe", [
    ("../../etc/passwd", "passwd.txt"), ("..\\..\\windows\\win.ini", "win.ini.txt"), ("/abs/path/report.pdf", "report.pdf"),
    (".hidden.txt", "hidden.txt"), ("a b/c?d*.txt", "c_d_.txt"), ("x.meta.yaml", "upload.yaml.txt"), ("passwd", "passwd.txt"), ("", "upload.txt"),
    ("évaluation.txt", "évaluation.txt"), ("..", "upload.txt"), ("con\x00trol.txt", "con_trol.txt"),
])
def test_file_names_are_sanitised(raw, safe):
    assert safe_filename(raw) == safe


def test_size_and_type_limits(client, seeded):
    too_big = b"a" * (256 * 1024 + 1)
    assert_problem(upload(client, content=too_big), 413)
    assert_problem(upload(client, content=b"a" * (3 * 1024 * 1024)), 413)  # refused from Content-Length
    assert_problem(upload(client, ctype="image/png", name="x.png"), 415)
    assert_problem(upload(client, content=b"PK\x03\x04" + b"\x00" * 100, name="x.docx", ctype="application/octet-stream"), 415)
    assert_problem(upload(client, content=b"   \n"), 422, parameter="file")


def test_metadata_is_validated(client, seeded):
    assert_problem(upload(client, metadata="kind: [unclosed"), 422, parameter="metadata")
    body = assert_problem(upload(client, metadata='{"kind": "poem"}'), 422, parameter="metadata")
    assert "kind" in body["detail"]
    assert_problem(upload(client, metadata="- a list"), 422, parameter="metadata")


def test_upload_is_loaded_under_its_sanitised_name(client, seeded):
    response = upload(client, name="../../tmp/evil-upload.txt", bearer=True,
                      metadata="title: Upload test\ndate: 2024-05-01\nkind: joint_statement\n")
    body = response.json()
    assert body["filename"] == "evil-upload.txt" and body["format"] == "text" and body["dry_run"] is False
    assert body["run_id"].startswith("run-") and body["state"] in ("queued", "running", "done")
    done = wait_for_upload(client, response)
    assert done["state"] == "done" and done["run_id"] == body["run_id"] == done["report"]["run_id"], done
    (outcome,) = [f for f in done["report"]["files"] if f["source"].endswith("evil-upload.txt")]
    assert outcome["action"] == "added"
    document = client.get(f"/documents/{outcome['document_id']}").json()["document"]
    assert document["title"] == "Upload test" and document["date"] == "2024-05-01"
    again = wait_for_upload(client, upload(client, name="evil-upload.txt"))
    (same,) = [f for f in again["report"]["files"] if f["source"].endswith("evil-upload.txt")]
    assert same["action"] == "unchanged" and same["document_id"] == outcome["document_id"]


def test_an_unknown_upload_run_is_a_404(client, seeded):
    assert_problem(client.get("/documents/uploads/run-000000000000", headers={"X-API-Key": API_KEY}), 404)


@pytest.mark.parametrize("metadata, field", [
    ("date: 2024-99-99\n", "date"), ("date: 2024-02-30\n", "date"), ("title: [a, list]\n", "title"),
    ("instrument: {id: x, edition_date: 2023-13-01}\n", "instrument.edition_date"),
])
def test_impossible_metadata_is_a_422_naming_the_field(client, seeded, metadata, field):
    body = assert_problem(upload(client, metadata=metadata), 422, parameter="metadata")
    assert f"'{field}'" in body["detail"], body


def test_the_key_is_checked_before_the_body_is_even_measured(client):
    huge = {"Content-Length": str(10**12), "Content-Type": "multipart/form-data; boundary=x"}
    assert_problem(client.post("/documents", content=b"--x--\r\n", headers=huge), 401)
    assert_problem(client.post("/documents", content=b"--x--\r\n", headers={**huge, "X-API-Key": "wrong"}), 403)
    assert_problem(client.post("/documents", content=b"--x--\r\n", headers={**huge, "X-API-Key": API_KEY}), 413)


def test_every_route_that_needs_the_write_key_has_its_key_checked_before_the_body(client, app_settings):
    from api.request_limits import route_limits

    limits = route_limits(app_settings)
    for path, operations in client.get("/openapi.json").json()["paths"].items():
        for method, operation in operations.items():
            if method.upper() in ("POST", "PUT", "PATCH"):
                needs_write = any("WriteKey" in r or "WriteBearer" in r for r in operation.get("security", []))
                assert (method.upper(), path) in limits, f"{method} {path} has no body limit of its own"
                assert (limits[(method.upper(), path)].key == "write") == needs_write, (method, path)


def test_with_read_keys_on_a_query_body_is_refused_before_it_is_read(api_cypher_dir, neo4j_settings):
    from fastapi.testclient import TestClient

    from api.main import create_app
    from tests.api.conftest import make_settings

    app = create_app(make_settings(api_cypher_dir, read_api_keys=True), neo4j_settings)
    with TestClient(app, raise_server_exceptions=False) as client:
        huge = {"Content-Length": str(10**12), "Content-Type": "application/json"}
        assert_problem(client.post("/cypher", content=b"{}", headers=huge), 401)
        assert_problem(client.post("/cypher", content=b"{}", headers={**huge, "Authorization": "Bearer wrong"}), 403)
        assert_problem(client.post("/cypher", content=b"{}", headers={**huge, "X-API-Key": API_KEY}), 413)
