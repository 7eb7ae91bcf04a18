"""People, parties and EU institutions named short hold stances in the graph as Person and
Organization nodes, each stance with its evidence (quote, span, extractor); the text is
written for this test."""

from __future__ import annotations

import pytest

from loaders.run import load_paths

NEWS = (
    "Export rules split the chamber\n\n"
    "Brussels, 3 March 2025\n\n"
    "MEP Jane Sample (Greens/EFA) rejected Regulation (EU) 2021/821 on Monday. "
    "The Commission backed Regulation (EU) 2021/821. "
    "In Sweden, Socialdemokraterna support Regulation (EU) 2021/821.\n"
)


@pytest.mark.neo4j
def test_person_party_and_institution_stances_land_with_evidence(clean_graph, neo4j_settings, tmp_path) -> None:
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    rows = clean_graph.execute_query(
        "MATCH (x)-[r:SUPPORTS|OPPOSES]->(a:LegalAct) WHERE x:Person OR x:Organization "
        "MATCH (ev:Evidence {fact_id: r.fact_id}) "
        "RETURN CASE WHEN x:Person THEN 'Person' ELSE 'Organization' END AS label, x.key AS key, x.name AS name, type(r) AS rel, a.id AS act, "
        "ev.quote AS quote, ev.start AS start, ev.end AS end, ev.extractor AS extractor ORDER BY key",
        database_=neo4j_settings.database).records
    got = {(r["label"], r["key"], r["rel"], r["act"]) for r in rows}
    assert got == {
        ("Person", "jane-sample", "OPPOSES", "celex:32021R0821"),
        ("Organization", "european-commission", "SUPPORTS", "celex:32021R0821"),
        ("Organization", "party-se-socialdemokraterna", "SUPPORTS", "celex:32021R0821"),
    }
    for r in rows:
        assert r["quote"] and r["start"] is not None and r["end"] > r["start"]
    by_key = {r["key"]: r for r in rows}
    assert "Jane Sample" in by_key["jane-sample"]["quote"] and by_key["jane-sample"]["extractor"].startswith("stances.person_cue")
    assert by_key["party-se-socialdemokraterna"]["extractor"].startswith("stances.party_cue")
    assert by_key["european-commission"]["extractor"].startswith("stances.institution_cue")
    # the person is a Person node, not a State or an Organization
    people = clean_graph.execute_query("MATCH (p:Person) RETURN collect(p.key) AS keys",
                                       database_=neo4j_settings.database).records[0]["keys"]
    assert "jane-sample" in people
