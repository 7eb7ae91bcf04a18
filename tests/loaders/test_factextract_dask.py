"""Extraction on a local Dask cluster of two workers writes the files the local path writes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from loaders.factextract import extract_to_files, extract_to_files_dask
from loaders.factfiles import read_facts
from tests.conftest import ROOT

pytestmark = pytest.mark.cluster


@pytest.fixture(scope="module")
def generated(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("generated")
    docs = folder / "docs"
    subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), "--seed", "5", "--count", "36",
                    "--out", str(docs)], check=True, cwd=ROOT, capture_output=True)
    (docs / "ground_truth.jsonl").rename(folder / "ground_truth.jsonl")
    (docs / "broken.pdf").write_bytes(b"%PDF-1.7 this is no PDF")  # a file extraction rejects
    return docs


@pytest.mark.timeout(600)
def test_a_local_cluster_of_two_workers_writes_the_same_parts_as_the_local_path(generated: Path, tmp_path: Path):
    local = extract_to_files([generated], tmp_path / "local", metadata_dir=None, batch=8)
    dask = extract_to_files_dask([generated], tmp_path / "dask", metadata_dir=None, batch=8, workers=2)
    assert dask.engine == "dask:local:2" and local.counts == dask.counts and local.parts == dask.parts == 5
    assert local.counts.get("rejected") == 1 and local.counts["extracted"] == 36
    parts = sorted(p.name for p in (tmp_path / "local").glob("part-*.parquet"))
    assert parts == sorted(p.name for p in (tmp_path / "dask").glob("part-*.parquet"))
    for name in parts:
        assert (tmp_path / "local" / name).read_bytes() == (tmp_path / "dask" / name).read_bytes(), name
    records = list(read_facts(tmp_path / "dask"))
    assert [r.path for r in records] == sorted(r.path for r in records)  # the loader's file order
    assert sum(len(r.document.signatories) for r in records if r.document) > 0


def test_the_command_refuses_an_unknown_engine_by_name(generated: Path, tmp_path: Path):
    done = subprocess.run([sys.executable, "-m", "loaders.cli", "extract", str(generated), "--out", str(tmp_path / "o"),
                           "--engine", "spark"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "--engine must be one of local, dask" in done.stderr
    assert not (tmp_path / "o").exists()


@pytest.mark.timeout(300)
def test_a_cluster_given_by_its_address_extracts_the_same_records(generated: Path, tmp_path: Path):
    from distributed import LocalCluster

    subset = sorted(generated.iterdir())[:6]
    local = extract_to_files(subset, tmp_path / "local", metadata_dir=None, batch=4)
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        remote = extract_to_files_dask(subset, tmp_path / "remote", metadata_dir=None, batch=4,
                                       address=cluster.scheduler_address)
    assert remote.engine == f"dask:{cluster.scheduler_address}" and remote.parts == local.parts == 2
    assert list(read_facts(tmp_path / "remote")) == list(read_facts(tmp_path / "local"))
