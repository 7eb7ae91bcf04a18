"""A text's participation facts in a real graph: a news item's report lands with its
evidence and is shown beside the parties, marked; a government's own announcement counts
from its document's date."""

from __future__ import annotations

import pytest

from graph.named_queries import load_named_queries

pytestmark = pytest.mark.neo4j
QUERIES = load_named_queries()
CODE = "pall-mall-code-of-practice"

NEWS = ("Diario del Puerto\n\nMadrid, 20 de mayo de 2031\n\nSegún fuentes diplomáticas, Lituania se ha unido al "
        "código de buenas prácticas para los Estados.\n")
OWN = ("Bundesministerium für europäische und internationale Angelegenheiten\nPresseaussendung\n4. Mai 2031\n\n"
       "Österreich ist heute dem Verhaltenskodex für Staaten beigetreten.\n")


def _parties(driver, as_of):
    q = QUERIES["parties_as_of"]
    rows = driver.execute_query(q.cypher, parameters_=q.bind({"instrument": CODE, "as_of": as_of})).records
    return {r["iso2"]: r.data() for r in rows if r["iso2"] in ("LT", "AT")}


def test_a_reported_join_lands_with_evidence_and_an_own_join_counts_from_its_date(clean_graph, neo4j_settings, tmp_path):
    from loaders.run import load_paths

    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "gov.txt").write_text(OWN, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)

    ev = clean_graph.execute_query(
        "MATCH (:State {iso2: 'LT'})-[r:REPORTED_AS_PARTY]->(:Instrument {id: $i}) "
        "MATCH (e:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document) "
        "RETURN r.says AS says, e.quote AS quote, e.start AS start, e.end AS end, d.text AS text, e.as_of AS as_of",
        i=CODE).records
    assert len(ev) == 1 and ev[0]["says"] == "joined"
    assert ev[0]["text"][ev[0]["start"]:ev[0]["end"]] == ev[0]["quote"] and "Lituania" in ev[0]["quote"]
    assert str(ev[0]["as_of"]) == "2031-05-20"
    own = clean_graph.execute_query(
        "MATCH (s:State {iso2: 'LT'})-[r]->(x) WHERE (type(r) = 'SIGNED' AND (x)-[:EDITION_OF]->(:Instrument {id: $i})) "
        "OR (type(r) IN ['JOINED', 'ENDORSED'] AND x.id = $i) RETURN count(r) AS n", i=CODE).records
    assert own[0]["n"] == 0  # a report is never the party's own act

    before = _parties(clean_graph, "2031-05-03")
    assert "AT" not in before and "LT" not in before
    after = _parties(clean_graph, "2031-06-01")
    assert after["LT"]["status"] == "reported" and after["LT"]["acts"] == []
    assert [(r["reported"], r["says"], r["reported_on"]) for r in after["LT"]["reports"]] == [(True, "joined", "2031-05-20")]
    assert after["AT"]["status"] == "party" and after["AT"]["since"] == "2031-05-04"
    assert [(a["act"], a["date"]) for a in after["AT"]["acts"]] == [("joined", "2031-05-04")]
    assert "Österreich" in after["AT"]["acts"][0]["evidence"][0]["quote"]
    between = _parties(clean_graph, "2031-05-10")
    assert between["AT"]["status"] == "party" and "LT" not in between
