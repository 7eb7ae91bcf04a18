"""`extract --out` and `load --facts` on the command line, without a server."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from loaders.cli import app
from loaders.factfiles import read_facts

runner = CliRunner()


def test_load_wants_files_or_facts_and_not_both():
    neither = runner.invoke(app, ["load"])
    both = runner.invoke(app, ["load", "docs", "--facts", "facts"])
    assert neither.exit_code == both.exit_code == 2
    assert "not both and not neither" in neither.output + both.output


def test_extract_out_writes_facts_files_and_reports_a_rejected_file(tmp_path: Path):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "a.txt").write_text("Joint Statement on Clean Rivers\n\nWe, the governments of France and Italy, "
                                "commit to sharing water-quality data.", encoding="utf-8")
    (docs / "b.txt").write_text("", encoding="utf-8")
    result = runner.invoke(app, ["extract", str(docs), "--out", str(tmp_path / "facts"), "--json",
                                 "--metadata-dir", str(tmp_path / "none")])
    assert result.exit_code == 1, result.output
    assert '"extracted": 1' in result.output and '"rejected": 1' in result.output
    records = list(read_facts(tmp_path / "facts"))
    assert [r.status for r in records] == ["extracted", "rejected"]
    assert (tmp_path / "facts" / "manifest.json").is_file()
