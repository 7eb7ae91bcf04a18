"""``python -m eval.dev`` end to end on a small dev set written here: the real extractor,
no metadata, no server."""

import json
import textwrap

from eval.dev.__main__ import main

CASES = """\
split_seed: 7
targets:
  lighthouses: {describe: a lighthouse directive, acts: [], match: [lighthouse]}
cases:
  - id: de-statement
    batch: 0
    split: dev
    source: {corpus: pages, query: q, url: "https://example.org/a", title: A, read: "2026-11-30"}
    kind: joint_statement
    languages: [de]
    date: "2026-02-14"
    signatories: {states: [AT, BE, DK]}
  - id: en-news
    batch: 0
    split: blind
    source: {corpus: pages, query: q, url: "https://example.org/b", title: B, read: "2026-11-30"}
    kind: news
    languages: [en]
    reported_participation: {states: [IS, MT]}
  - id: never-saved
    batch: 0
    split: dev
    source: {corpus: pages, query: q, url: "https://example.org/c", title: C, read: "2026-11-30"}
    kind: other
    languages: [en]
    signatories: {states: [FR]}
"""

DE_STATEMENT = """\
Gemeinsame Erklärung zur Sicherheit der Leuchttürme an Europas Küsten

Wien, 14. Februar 2026

Wir, die Regierungen von Österreich, Belgien und Dänemark, halten fest, dass die Wartung von Leuchttürmen eine gemeinsame Aufgabe bleibt und dass wir die dafür nötigen Mittel in den kommenden Jahren gemeinsam bereitstellen werden.

Wir verpflichten uns, einander jährlich über den Zustand unserer Anlagen zu unterrichten und neue Technik gemeinsam zu erproben.
"""

EN_NEWS = """\
REYKJAVIK (Harbour Wire) - Two more countries have joined a pact on lighthouse safety, the organisers said on Tuesday.

"We, the governments of Iceland and Malta, share the view that no coast should go dark," the announcement read. Officials from both capitals are expected to meet again in the spring to compare their maintenance budgets and training plans.
"""


def setup(tmp_path):
    (tmp_path / "cases.yaml").write_text(CASES, encoding="utf-8")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "de-statement.txt").write_text(DE_STATEMENT, encoding="utf-8")
    (cache / "en-news.txt").write_text(EN_NEWS, encoding="utf-8")
    return ["--cases-file", str(tmp_path / "cases.yaml"), "--cache-dir", str(cache)]


def test_json_figures_split_apart_with_uncached_cases_listed(tmp_path, capsys):
    assert main(setup(tmp_path) + ["--json", "--details"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["not_cached"] == ["never-saved"]
    assert out["totals"]["dev"]["cases"] == 1 and out["totals"]["blind"]["cases"] == 1
    assert out["totals"]["all"]["cases"] == 2
    assert {"signatories_and_authors", "stances", "reported_participation"} <= set(out["totals"]["all"])
    by_id = {c["id"]: c for c in out["cases"]}
    assert by_id["never-saved"]["status"] == "not_cached"
    assert "misses" in by_id["de-statement"]
    assert "misses" not in by_id["en-news"]  # blind: figures only
    assert by_id["de-statement"]["languages_ok"] and by_id["en-news"]["languages_ok"]
    assert by_id["de-statement"]["signatories"]["found"] + by_id["de-statement"]["signatories"]["fn"] == 3


def test_text_table_shows_both_splits_and_withholds_blind_details(tmp_path, capsys):
    assert main(setup(tmp_path) + ["--details"]) == 0
    text = capsys.readouterr().out
    assert "== dev ==" in text and "== blind ==" in text and "all: 2 scored" in text
    assert "details withheld" in text
    assert "not cached (1), counted apart: never-saved" in text


def test_one_split_and_one_case(tmp_path, capsys):
    args = setup(tmp_path)
    assert main(args + ["--split", "blind", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert [c["id"] for c in out["cases"]] == ["en-news"]
    assert main(args + ["--case", "de-statement", "--json"]) == 0
    assert [c["id"] for c in json.loads(capsys.readouterr().out)["cases"]] == ["de-statement"]


def test_an_unknown_case_or_a_broken_cases_file_exits_2(tmp_path, capsys):
    args = setup(tmp_path)
    assert main(args + ["--case", "nope"]) == 2
    assert "unknown case id(s): nope" in capsys.readouterr().err
    (tmp_path / "cases.yaml").write_text(textwrap.dedent(CASES).replace("kind: news", "kind: gossip"), encoding="utf-8")
    assert main(args) == 2
    assert "en-news.kind" in capsys.readouterr().err


def test_a_commit_is_scored_from_its_export_with_todays_scorer_and_cases(tmp_path, capfd):
    args = setup(tmp_path)
    assert main(args + ["--commit", "HEAD", "--case", "de-statement", "--json"]) == 0
    captured = capfd.readouterr()
    assert "scoring commit" in captured.err
    out = json.loads(captured.out)
    assert [c["id"] for c in out["cases"]] == ["de-statement"] and out["cases"][0]["status"] == "scored"


def test_a_revision_that_is_not_a_commit_exits_2(tmp_path, capsys):
    assert main(setup(tmp_path) + ["--commit", "no-such-revision-anywhere"]) == 2
    assert "not a commit: no-such-revision-anywhere" in capsys.readouterr().err


def test_confusion_matrix_counts_dev_cases_only(tmp_path, capsys):
    assert main(setup(tmp_path) + ["--confusion"]) == 0
    text = capsys.readouterr().out
    matrix = text[text.index("kind confusion, dev"):].splitlines()
    rows = {line.split()[0]: line.split()[1:] for line in matrix[2:]}
    assert list(rows) == ["joint_statement"]  # the blind news case is not broken down
    assert sum(int(x) for x in rows["joint_statement"] if x != ".") == 1
