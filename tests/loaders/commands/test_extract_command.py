"""`pledgegraph extract`: one JSON object, errors reported per file, exit code 1 when some failed."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from loaders.cli import app


def _run(*args: str):
    return CliRunner().invoke(app, ["extract", *args])


def test_json_output_is_one_object_with_documents_and_errors(tmp_path, statement_en):
    (tmp_path / "a.txt").write_text(statement_en, encoding="utf-8")
    (tmp_path / "b.txt").write_text("Second document, a complete sentence of its own.", encoding="utf-8")
    result = _run(str(tmp_path), "--json", "--metadata-dir", str(tmp_path / "none"))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert set(payload) == {"documents", "excluded", "errors"}
    assert [d["source"].rsplit("/", 1)[-1] for d in payload["documents"]] == ["a.txt", "b.txt"]
    assert payload["errors"] == []
    assert payload["documents"][0]["languages"] == ["en"]


def test_a_failing_file_is_reported_and_the_others_still_run(tmp_path, statement_en):
    good = tmp_path / "good.txt"
    good.write_text(statement_en, encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = _run(str(empty), str(good), str(tmp_path / "missing.txt"), "--json")
    assert result.exit_code == 1
    payload = json.loads(result.stdout)
    assert len(payload["documents"]) == 1
    assert payload["errors"] == [
        {"source": str(empty), "reason": "empty file"},
        {"source": str(tmp_path / "missing.txt"), "reason": "no such file"},
    ]
    assert f"{empty}: empty file" in result.stderr


def test_summary_names_title_languages_and_fact_counts(tmp_path, statement_en):
    path = tmp_path / "s.txt"
    path.write_text(f"Spyware statement\n\n{statement_en}", encoding="utf-8")
    result = _run(str(path))
    assert result.exit_code == 0
    for expected in ("Spyware statement", "languages", "en", "signatories", "1 extracted, 0 failed"):
        assert expected in result.stdout


def test_a_file_excluded_by_metadata_is_listed_apart_and_is_not_an_error(tmp_path, statement_en):
    (tmp_path / "a.txt").write_text(statement_en, encoding="utf-8")
    (tmp_path / "README.md").write_text("# About this folder\n\nIt holds statements.\n", encoding="utf-8")
    (tmp_path / "README.md.meta.yaml").write_text("exclude: true\nreason: describes the folder\n", encoding="utf-8")
    result = _run(str(tmp_path), "--json", "--metadata-dir", str(tmp_path / "none"))
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    assert [d["source"].rsplit("/", 1)[-1] for d in payload["documents"]] == ["a.txt"]
    assert payload["excluded"] == [{"source": str(tmp_path / "README.md"), "reason": "describes the folder",
                                    "metadata": str(tmp_path / "README.md.meta.yaml")}]
    assert payload["errors"] == []
    summary = _run(str(tmp_path), "--metadata-dir", str(tmp_path / "none"))
    assert summary.exit_code == 0 and "1 extracted, 0 failed, 1 excluded" in summary.stdout
