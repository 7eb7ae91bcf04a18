"""The headline answers rest on structure: the press release about the leaked position
paper (the starting corpus's 002) replaced by a paraphrase written for this test, in
English, French and German, gives the same nine opposing states and the same headline
answers (6 / 5 / 2 states as of the latest edition, 2024-06-01 and 2023-06-01).

The other three corpus documents are read from ../shared/corpus at run time; the
paraphrases (tests/cypher/paraphrases/) share no five-word run with the corpus.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.named_queries import load_named_queries
from loaders.run import load_paths
from tests.conftest import wipe_graph

pytestmark = pytest.mark.neo4j

PARAPHRASES = Path(__file__).resolve().parent / "paraphrases"
NINE = {"CZ", "CY", "EE", "FI", "IE", "IT", "PL", "SE", "GB"}
HEADLINE = [(None, {"EE", "FI", "IE", "PL", "SE", "GB"}), ("2024-06-01", {"FI", "IE", "PL", "SE", "GB"}), ("2023-06-01", {"SE", "GB"})]


@pytest.fixture(scope="module", params=["en", "fr", "de"])
def paraphrased_graph(request, neo4j_driver, neo4j_settings, corpus_dir, tmp_path_factory):
    lang = request.param
    folder = tmp_path_factory.mktemp(f"corpus-{lang}")
    for prefix in ("000", "001", "003"):
        (src,) = sorted(corpus_dir.glob(f"{prefix}_*.txt"))
        shutil.copy(src, folder / src.name)
    name = f"press_release_{lang}.txt"
    shutil.copy(PARAPHRASES / name, folder / name)
    shutil.copy(PARAPHRASES / f"{name}.meta.yaml", folder / f"{name}.meta.yaml")
    wipe_graph(neo4j_driver, neo4j_settings.database)
    report = load_paths([folder], driver=neo4j_driver, database=neo4j_settings.database)
    assert report.exit_code == 0 and not [f for f in report.files if f.action == "rejected"], report.error
    return lang


def test_the_nine_states_oppose_the_recast(neo4j_driver, paraphrased_graph):
    rows = neo4j_driver.execute_query(
        "MATCH (s:State)-[r:OPPOSES]->(:LegalAct {id: 'celex:52016PC0616'}) "
        "MATCH (ev:Evidence {fact_id: r.fact_id}) RETURN s.iso2 AS iso2, r.reported AS reported, r.via AS via, ev.lang AS lang").records
    assert {r["iso2"] for r in rows} == NINE
    assert all(r["reported"] and r["via"] for r in rows)
    assert {r["lang"] for r in rows} == {paraphrased_graph}


@pytest.mark.parametrize(("as_of", "expected"), HEADLINE)
def test_headline_answers_from_the_paraphrase(neo4j_driver, paraphrased_graph, as_of, expected):
    q = load_named_queries()["signatories_opposing_export_rules"]
    rows = neo4j_driver.execute_query(q.cypher, parameters_=q.bind({"as_of": as_of} if as_of else {})).records
    assert {r["iso2"] for r in rows} == expected
    for r in rows:
        assert r["opposed_act"] == "celex:52016PC0616" and r["via"]
        assert all(e["quote"] and e["lang"] == paraphrased_graph for e in r["opposition_evidence"])


def test_stances_as_of_a_date(neo4j_driver, paraphrased_graph):
    """Who opposed the dual-use recast as of a date: the paraphrase is of 2018."""
    q = load_named_queries()["stances_as_of"]
    before = neo4j_driver.execute_query(q.cypher, parameters_=q.bind({"act": "celex:32021R0821", "as_of": "2017-12-31"})).records
    after = neo4j_driver.execute_query(q.cypher, parameters_=q.bind({"act": "celex:32021R0821", "as_of": "2018-12-31"})).records
    assert before == []
    assert {r["actor_key"] for r in after if r["actor_kind"] == "state"} == NINE
    assert {r["since"] for r in after} == {"2018"}  # known to the year only: written as the year
