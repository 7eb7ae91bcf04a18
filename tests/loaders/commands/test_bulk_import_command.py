"""`pledgegraph bulk-import` on the command line, without a server: the import files and bad input."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from loaders.cli import app
from loaders.factextract import extract_to_files

runner = CliRunner()

STATEMENT = ("Joint Statement on Clean Rivers\n\nWe, the governments of France and Italy, "
             "commit to sharing water-quality data.\n")


def test_a_missing_facts_folder_is_named_and_the_other_folders_are_written(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "rivers.txt").write_text(STATEMENT, encoding="utf-8")
    extract_to_files([docs], tmp_path / "facts", metadata_dir=tmp_path / "none", batch=8)
    result = runner.invoke(app, ["bulk-import", "--facts", str(tmp_path / "facts"), "--facts", str(tmp_path / "nowhere"),
                                 "--to", str(tmp_path / "csv"), "--metadata-dir", str(tmp_path / "none"), "--json"])
    assert result.exit_code == 1, result.output
    assert f"rejected {tmp_path / 'nowhere'}: no such facts folder" in result.output
    summary = json.loads(result.output.strip().splitlines()[-1])
    assert summary["totals"] == {"added": 1, "rejected": 1} and summary["nodes"] > 3
    manifest = json.loads((tmp_path / "csv" / "import.json").read_text())
    assert manifest["labels"]["Document"] == 1 and manifest["labels"]["LoadRun"] == 1


def test_it_wants_facts_and_a_folder_and_start_wants_a_home(tmp_path: Path):
    assert runner.invoke(app, ["bulk-import", "--to", str(tmp_path)]).exit_code == 2
    started = runner.invoke(app, ["bulk-import", "--facts", str(tmp_path), "--to", str(tmp_path), "--start"])
    assert started.exit_code == 2 and "--start needs --neo4j-home" in started.output


def test_finish_names_a_folder_without_import_files(tmp_path: Path):
    result = runner.invoke(app, ["bulk-import", "--finish", str(tmp_path)])
    assert result.exit_code == 2 and "import.json" in result.output
