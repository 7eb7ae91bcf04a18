"""Curated metadata files become loadable documents; bad ones are named with the field at fault."""

from __future__ import annotations

import shutil

import pytest

from core.settings import PROJECT_ROOT
from loaders.curated import curated_files
from loaders.metadata import MetadataError


def test_project_metadata_gives_the_instrument_and_the_lineage_as_curated_documents():
    files, manifests = curated_files(PROJECT_ROOT / "metadata")
    keys = {f.key for f in files if not f.key.startswith("curated:sources/")}  # pages: tests/loaders/test_participation.py
    assert keys == {"curated:instruments/spyware-joint-statement.yaml", "curated:legal_acts.yaml",
                    "curated:instruments/pall-mall-process-declaration.yaml", "curated:instruments/pall-mall-code-of-practice.yaml"}
    assert [e.number for e in manifests["spyware-joint-statement"].editions] == [1, 2, 3]
    lineage = next(f for f in files if f.key == "curated:legal_acts.yaml")
    assert {fact["type"] for fact in lineage.rows.facts} == {"BECAME", "REPLACES", "RECASTS", "GUIDELINES_UNDER"}


def test_a_malformed_legal_acts_file_names_the_file_and_the_field(tmp_path):
    shutil.copytree(PROJECT_ROOT / "metadata" / "instruments", tmp_path / "instruments")
    (tmp_path / "legal_acts.yaml").write_text("source: x\nacts:\n  - id: celex:1\n    kind: treaty\n    label: X\n")
    with pytest.raises(MetadataError) as info:
        curated_files(tmp_path)
    assert "legal_acts.yaml" in str(info.value) and "acts.0.kind" in str(info.value)
