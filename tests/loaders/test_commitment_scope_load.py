"""Commitments in a real graph: each pledge list's commitments are ADDRESSED_TO the kind of
party its line names, and CONCERN the acts and topics their words cite, with evidence."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.neo4j

CALL = ("Joint Call on Safer Feeds\n\n"
        "Governments commit to:\n- counter terrorist content online;\n- apply Regulation (EU) 2021/784 in full.\n\n"
        "Online service providers commit to:\n- publish what they remove.\n\n"
        "Signed by:\nNorway\nPeru\nGhana\n")


def test_commitments_are_addressed_and_concern_acts_and_topics(clean_graph, neo4j_settings, tmp_path):
    from loaders.run import load_paths

    (tmp_path / "call.txt").write_text(CALL, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    rows = clean_graph.execute_query(
        "MATCH (i:Instrument)-[:HAS_COMMITMENT]->(c:Commitment)-[a:ADDRESSED_TO]->(k:PartyKind) "
        "MATCH (e:Evidence {fact_id: a.fact_id})-[:IN_DOCUMENT]->(d:Document) "
        "RETURN c.ordinal AS n, k.id AS kind, e.quote AS quote, d.text AS text, e.start AS start, e.end AS end "
        "ORDER BY n").records
    assert [(r["n"], r["kind"]) for r in rows] == [(1, "governments"), (2, "governments"), (3, "online_service_providers")]
    assert all(r["text"][r["start"]:r["end"]] == r["quote"] for r in rows)
    concerns = clean_graph.execute_query(
        "MATCH (c:Commitment)-[r:CONCERNS]->(t) MATCH (e:Evidence {fact_id: r.fact_id}) "
        "RETURN c.ordinal AS n, labels(t) AS labels, t.id AS id, e.quote AS quote ORDER BY n").records
    got = {(r["n"], "Topic" if "Topic" in r["labels"] else "LegalAct", r["id"]) for r in concerns}
    assert got == {(1, "Topic", "terrorist-content-online"), (2, "LegalAct", "celex:32021R0784")}
    assert all(r["quote"] for r in concerns)
    from graph.named_queries import load_named_queries

    q = load_named_queries()["instrument_commitments"]
    instrument = clean_graph.execute_query("MATCH (i:Instrument)-[:HAS_COMMITMENT]->() RETURN DISTINCT i.id AS id").records
    listed = [r.data() for r in clean_graph.execute_query(q.cypher, parameters_=q.bind({"instrument": instrument[0]["id"]})).records]
    assert [(r["ordinal"], r["addressed_to"]) for r in listed] == [
        (1, ["governments"]), (2, ["governments"]), (3, ["online_service_providers"])]
    assert listed[1]["concerns"][0]["kind"] == "legal_act" and listed[1]["concerns"][0]["id"] == "celex:32021R0784"
