"""The benchmark measures what it claims: a reproducible corpus, and a write ceiling that
writes exactly the graph the loader writes (otherwise loader/ceiling compares two
different workloads). No timings are asserted."""

from __future__ import annotations

import pytest

import hashlib
import subprocess
import sys
from pathlib import Path

from bench import ceiling
from bench.plan import planned_documents
from bench.server import counts
from core.settings import get_app_settings
from loaders.run import load_paths
from tests.conftest import wipe_graph

ROOT = Path(__file__).resolve().parents[2]


def _generate(out: Path, count: int, seed: int = 11) -> Path:
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", str(seed), "--count", str(count),
                    "--out", str(out)], check=True, capture_output=True, cwd=ROOT)
    (out / "ground_truth.jsonl").rename(out.parent / f"{out.name}-truth.jsonl")
    return out


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def test_the_generator_is_deterministic_for_a_seed(tmp_path):
    a, b = _generate(tmp_path / "a", 8), _generate(tmp_path / "b", 8)
    assert _digests(a) == _digests(b)
    assert (tmp_path / "a-truth.jsonl").read_bytes() == (tmp_path / "b-truth.jsonl").read_bytes()


@pytest.mark.neo4j
def test_the_ceiling_writes_the_same_graph_as_the_loader(clean_graph, neo4j_settings, tmp_path):
    docs = _generate(tmp_path / "docs", 30)
    report = load_paths([docs], driver=clean_graph, database=neo4j_settings.database, workers=2)
    assert report.exit_code == 0, report.error
    assert report.count().get("added", 0) >= 30
    loaded = counts(clean_graph)

    wipe_graph(clean_graph, neo4j_settings.database)
    planned = [ceiling.parameters(p) for p in planned_documents([docs], get_app_settings().metadata_dir, workers=2)]
    ceiling.write(clean_graph, planned, batch=7)
    assert counts(clean_graph) == loaded
    assert loaded["relationships"] > 30 * 10


def _size(first_s: float, files: int, rels: int, p50: float) -> dict:
    load = {"seconds": first_s, "files": files, "relationships_created": rels}
    return {"load": {"first": load, "rerun_unchanged": {"seconds": 1.0}, "rerun_1pct_changed": {"seconds": 2.0}},
            "queries": {"params": {}, "health": {}, "search": {"1": {"api": {"requests": 10, "p50_ms": p50}}}}}


def test_growth_table_comes_from_the_figures_and_names_its_shape():
    from bench.report import growth_rows

    rows = {r[0]: r for r in growth_rows({"sizes": {"1000": _size(10.0, 1000, 45000, 5.0),
                                                     "10000": _size(250.0, 10000, 450000, 5.5)}})}
    assert rows["first load, seconds"][1:3] == ("10.0", "250.0")
    assert rows["first load, seconds"][3].endswith("worse than linear")
    assert rows["no-change rerun, seconds"][3].endswith("flat")
    assert rows["relationships per document"][3] == "flat"
    assert rows["search, 1 client, API p50 ms"][3].endswith("flat")
    linear = growth_rows({"sizes": {"1000": _size(10.0, 1000, 45000, 5.0), "10000": _size(95.0, 10000, 450000, 50.0)}})
    assert {r[0]: r[3] for r in linear}["first load, seconds"].endswith(": linear")


@pytest.mark.neo4j
def test_the_benchmark_wipe_empties_a_graph_with_a_hub(clean_graph, neo4j_settings):
    """A state with many relationships (a 100,000-document run leaves ~100,000 on one) is
    deleted relationships first, in batches, so no one row carries them all."""
    from bench.server import wipe

    assert neo4j_settings.database == "neo4j"  # the benchmark's own server has only this one
    clean_graph.execute_query("CREATE (h:State {iso2: 'ZZ'}) WITH h UNWIND range(1, 25000) AS i "
                              "CREATE (:Document {n: i})-[:MENTIONS]->(h)", database_="neo4j")
    wipe(clean_graph)
    assert counts(clean_graph) == {"nodes": 0, "relationships": 0}
