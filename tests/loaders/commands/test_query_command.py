"""`pledgegraph query`: named queries from the shell, parameters checked before the server sees them."""

from __future__ import annotations

import pytest

import csv
import io
import json
import os
import subprocess
import sys


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "loaders.cli", "query", *args], env=dict(os.environ),
                          capture_output=True, text=True, timeout=120)


@pytest.mark.neo4j
def test_headline_query_as_csv_on_the_corpus(corpus_graph):
    result = _cli("signatories_opposing_export_rules", "-p", "as_of=2024-06-01", "-f", "csv")
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["iso2"] for r in rows} == {"FI", "IE", "PL", "SE", "GB"}
    assert all(json.loads(r["opposition_evidence"]) for r in rows)


@pytest.mark.neo4j
def test_json_output_carries_the_bound_parameters(corpus_graph):
    result = _cli("signatories_as_of", "--param", "as_of=2023-06-01", "--format", "json")
    payload = json.loads(result.stdout)
    assert payload["parameters"]["as_of"] == "2023-06-01"
    assert len(payload["rows"]) == 11


def test_a_bad_parameter_is_named_and_nothing_runs():
    result = _cli("signatories_as_of", "-p", "as_of=tomorrow")
    assert result.returncode == 2
    assert "parameter 'as_of'" in result.stderr


def test_an_unknown_query_lists_the_known_ones():
    result = _cli("who_knows")
    assert result.returncode == 2
    assert "signatories_as_of" in result.stderr
