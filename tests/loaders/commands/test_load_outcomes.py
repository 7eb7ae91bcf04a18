"""`pledgegraph load --outcomes FILE`: every file's outcome, one JSON line each, beside a
report whose listing is bounded."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
pytestmark = pytest.mark.neo4j

STATEMENT = """Joint Statement on {topic}

We, the governments of {states}, share an interest in {topic_lower}.

We commit to:

• exchanging data every month;
• meeting once a year.
"""


def test_every_outcome_is_written_to_the_outcomes_file_as_the_run_goes(clean_graph, neo4j_settings, tmp_path):
    docs = tmp_path / "docs"
    docs.mkdir()
    for n, (topic, states) in enumerate([("Clean Rivers", "France, Germany and Italy"),
                                         ("Safe Bridges", "Spain, Portugal and France")]):
        (docs / f"s{n}.txt").write_text(STATEMENT.format(topic=topic, topic_lower=topic.lower(), states=states),
                                        encoding="utf-8")
    (docs / "blank.txt").write_text("\n", encoding="utf-8")
    outcomes = tmp_path / "run.jsonl"
    env = {**os.environ, "NEO4J_URI": neo4j_settings.uri, "NEO4J_PASSWORD": neo4j_settings.password.get_secret_value(),
           "NEO4J_USER": neo4j_settings.user, "NEO4J_DATABASE": neo4j_settings.database}
    proc = subprocess.run([sys.executable, "-m", "loaders.cli", "load", str(docs), "--json", "--outcomes", str(outcomes)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 1, proc.stderr[-2000:]  # the blank file is rejected
    report = json.loads(proc.stdout[proc.stdout.index("{"):])
    lines = [json.loads(line) for line in outcomes.read_text(encoding="utf-8").splitlines()]
    assert len(lines) == sum(report["totals"].values())
    by_name = {Path(o["source"]).name: o for o in lines}
    assert by_name["blank.txt"]["action"] == "rejected" and by_name["blank.txt"]["reason"]
    assert by_name["s0.txt"]["action"] == by_name["s1.txt"]["action"] == "added"
    assert report["listing"] == "all" and report["unlisted"] == 0


def test_an_outcomes_file_that_cannot_be_written_fails_before_the_run(neo4j_settings, tmp_path):
    proc = subprocess.run([sys.executable, "-m", "loaders.cli", "load", str(tmp_path), "--outcomes",
                           str(tmp_path / "missing" / "run.jsonl")], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 2
    assert "--outcomes" in proc.stderr and "run.jsonl" in proc.stderr
