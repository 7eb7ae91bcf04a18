"""A load run writes its progress to its LoadRun node as groups commit (counts, LOADED
links, notable files), so a long run's memory and last transaction stay small, and a
report of many files still names every file that failed."""

from __future__ import annotations

import json

import pytest

from loaders import report as report_module
from loaders import run_progress
from loaders.run import load_paths

pytestmark = pytest.mark.neo4j

STATEMENT = """Joint Statement on {topic}

We, the governments of {states}, share an interest in {topic_lower}.

We commit to:

• exchanging data on {topic_lower} every month;
• meeting once a year.
"""

TOPICS = [("Clean Rivers", "France, Germany and Italy"), ("Safe Bridges", "Spain, Portugal and France"),
          ("Quiet Harbours", "Greece, Cyprus and Malta"), ("Open Archives", "Austria, Czechia and Slovakia")]


def _corpus(folder):
    for n, (topic, states) in enumerate(TOPICS):
        (folder / f"s{n}.txt").write_text(STATEMENT.format(topic=topic, topic_lower=topic.lower(), states=states),
                                          encoding="utf-8")
    (folder / "blank.txt").write_text("   \n", encoding="utf-8")  # no text: rejected
    return folder


def _run(driver, run_id):
    return driver.execute_query(
        "MATCH (r:LoadRun {id: $id}) RETURN r.counts AS counts, r.notable AS notable, r.report AS report, "
        "COUNT { (r)-[:LOADED]->() } AS loaded", id=run_id).records[0]


def test_loaded_links_and_counts_reach_the_graph_while_the_run_goes_on(clean_graph, neo4j_settings, tmp_path,
                                                                        monkeypatch):
    monkeypatch.setattr(run_progress, "PROGRESS_EVERY", 1)
    seen: list[tuple[str, int, list[str]]] = []

    def progress(outcome):
        if outcome.kind != "curated" and outcome.action == "added":
            row = _run(clean_graph, run_id)
            seen.append((outcome.document_id, row["loaded"], row["counts"]))

    run_id = "run-progress-test"
    report = load_paths([_corpus(tmp_path)], driver=clean_graph, database=neo4j_settings.database,
                        progress=progress, run_id=run_id)
    assert report.exit_code == 1  # the blank file
    curated = report.count().get("added", 0) - len(TOPICS)
    # each document's LOADED link and the counts including it are written before the next file is reported
    assert [loaded for _, loaded, _ in seen] == [curated + n for n in range(1, len(TOPICS) + 1)]
    assert seen[-1][2] == [f"added:{curated + len(TOPICS)}", "rejected:1"]  # blank.txt comes first
    final = _run(clean_graph, run_id)
    assert final["loaded"] == report.count()["added"]
    assert sorted(final["counts"]) == sorted(f"{k}:{v}" for k, v in report.count().items())


def test_a_long_run_lists_its_notable_files_in_full_on_its_load_run(clean_graph, neo4j_settings, tmp_path,
                                                                     monkeypatch):
    monkeypatch.setattr(report_module, "LISTED_FILES", 2)
    monkeypatch.setattr(run_progress, "PROGRESS_EVERY", 2)
    report = load_paths([_corpus(tmp_path)], driver=clean_graph, database=neo4j_settings.database)
    assert report.listing == "notable"
    assert [f.action for f in report.files] == ["rejected"] and report.files[0].source.endswith("blank.txt")
    assert report.unlisted == sum(report.count().values()) - 1
    row = _run(clean_graph, report.run_id)
    notable = [json.loads(n) for n in row["notable"]]
    assert [(n["action"], n["source"].rsplit("/", 1)[-1]) for n in notable] == [("rejected", "blank.txt")]
    assert "no text" in notable[0]["reason"]
    stored = json.loads(row["report"])
    assert stored["listing"] == "notable" and stored["unlisted"] == report.unlisted
    assert stored["totals"] == report.count()
    assert row["loaded"] == report.count()["added"]


def test_a_run_without_notable_files_adds_no_notable_list(clean_graph, neo4j_settings, tmp_path):
    _corpus(tmp_path)
    (tmp_path / "blank.txt").unlink()
    report = load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    assert report.exit_code == 0 and not any(f.notable() for f in report.files)
    assert _run(clean_graph, report.run_id)["notable"] is None
