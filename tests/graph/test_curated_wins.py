"""Curated metadata sets an act's properties; documents only fill what is missing, in any load order."""

from __future__ import annotations

import pytest

from loaders.run import load_paths

NEWS = """Guidelines for exporters

Brussels, 3 March 2025. The Commission Recommendation (EU) 2024/2659 helps exporters screen transactions.
"""


@pytest.mark.neo4j
def test_a_document_does_not_overwrite_the_curated_label_of_an_act(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    for _ in range(2):  # the second run re-extracts after the curated file was written first
        load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database, force=True)
        label = clean_graph.execute_query(
            "MATCH (a:LegalAct {id: 'celex:32024H2659'}) RETURN a.label AS label, a.eli AS eli").records[0]
        assert label["label"] == "Recommendation (EU) 2024/2659"
        assert label["eli"] == "http://data.europa.eu/eli/reco/2024/2659/oj"
    cited = clean_graph.execute_query(
        "MATCH (:Document)-[r:CITES]->(:LegalAct {id: 'celex:32024H2659'}) RETURN r.surface AS s").records
    assert cited and "Recommendation (EU) 2024/2659" in cited[0]["s"]


@pytest.mark.neo4j
def test_a_document_fills_properties_of_an_act_nobody_curated(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "news.txt").write_text(NEWS.replace("Commission Recommendation (EU) 2024/2659",
                                                    "Regulation (EU) 2019/452"), encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    act = clean_graph.execute_query("MATCH (a:LegalAct {id: 'celex:32019R0452'}) RETURN a.label AS label").records
    assert act and act[0]["label"] == "Regulation (EU) 2019/452"
