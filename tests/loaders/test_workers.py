"""The extraction pool of a load run: what its workers send back reaches the loader intact."""

from __future__ import annotations

import pytest

from loaders.run import load_paths
from loaders.workers import POOL_AFTER

pytestmark = pytest.mark.neo4j

STATEMENT = """Joint Declaration on Clean {topic}

We, the governments of France, Germany and Italy, recognise that {topic} matter to all of us.

We commit to:

• sharing data on {topic} every month;
• funding joint monitoring stations.
"""

TOPICS = ["Rivers", "Bridges", "Harbours", "Archives", "Skies", "Chains", "Forests", "Meadows", "Dunes", "Reefs"]


def test_two_folders_in_one_run_the_first_small_with_an_excluded_file(clean_graph, neo4j_settings, tmp_path):
    """The files of a small first folder wait unextracted until the second folder makes the
    run start its pool, so they are extracted by a worker too, the excluded one included:
    its exclusion must come back as an outcome, not break the pool and end the run."""
    small, large = tmp_path / "small", tmp_path / "large"
    small.mkdir()
    large.mkdir()
    (small / "index.md").write_text("# Folder index\n\nThe statements of this folder, one a file.\n", encoding="utf-8")
    (small / "index.md.meta.yaml").write_text("exclude: true\nreason: a list of the folder's files\n", encoding="utf-8")
    (small / "lakes.txt").write_text(STATEMENT.format(topic="Lakes"), encoding="utf-8")
    for i, topic in enumerate(TOPICS):
        (large / f"{i:02d}.txt").write_text(STATEMENT.format(topic=topic), encoding="utf-8")
    assert 2 < POOL_AFTER < len(TOPICS)

    report = load_paths([small, large], driver=clean_graph, database=neo4j_settings.database, workers=2)

    assert report.exit_code == 0 and report.status == "ok", report.error
    by_name = {f.source.rsplit("/", 1)[-1]: f for f in report.files if f.kind != "curated"}
    assert by_name["index.md"].action == "excluded"
    assert by_name["index.md"].reason.startswith("a list of the folder's files")
    added = sorted(name for name, f in by_name.items() if f.action == "added" and f.facts > 0)
    assert added == sorted(["lakes.txt", *(f"{i:02d}.txt" for i in range(len(TOPICS)))])
