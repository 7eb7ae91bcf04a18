"""An organisation that signs beside states is an Organization SIGNED to the edition,
with the same evidence as a state; the named queries over states do not see it."""

from __future__ import annotations

import pytest

from graph.rows import document_rows
from core.model import ExtractedDocument, Placement
from loaders.run import load_paths

from ..loaders.rules.helpers import facts

STATEMENT = (
    "Joint Statement on Safe Undersea Cables\n\n"
    "We will protect the cables that carry our data and share what we learn.\n\n"
    "Signed by:\nAustria\nChile\nKenya\nMicrosoft\nAccess Now\n"
)
PLACEMENT = Placement(instrument_id="cables", instrument_title="Cables", instrument_kind="joint_statement",
                      edition_number=1, method="metadata", confidence=1.0)


def test_rows_give_an_organization_node_signed_to_the_edition() -> None:
    f = facts(STATEMENT, "en")
    doc = ExtractedDocument(source="s.txt", sha256="0" * 64, text=STATEMENT, languages=["en"], kind="joint_statement",
                            signatories=f.signatories, authors=f.authors)
    rows = document_rows(doc, "/x/s.txt", PLACEMENT)
    signed = {f_["from"] for f_ in rows.facts if f_["type"] == "SIGNED"}
    assert signed == {"state:AT", "state:CL", "state:KE", "org:microsoft", "org:access-now"}
    orgs = {n["uid"]: n for n in rows.nodes if n["label"] == "Organization"}
    assert orgs["org:microsoft"]["props"]["kind"] == "company" and orgs["org:access-now"]["props"]["kind"] == "ngo"
    authored = {f_["from"] for f_ in rows.facts if f_["type"] == "AUTHORED"}
    assert not authored & {"org:microsoft", "org:access-now"}  # they signed; they did not author


@pytest.mark.neo4j
def test_an_organisation_signatory_lands_as_organization_signed(clean_graph, neo4j_settings, tmp_path) -> None:
    (tmp_path / "cables.txt").write_text(STATEMENT, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    rows = clean_graph.execute_query(
        "MATCH (o:Organization)-[r:SIGNED]->(e:Edition) "
        "MATCH (ev:Evidence {fact_id: r.fact_id}) "
        "RETURN o.key AS key, o.kind AS kind, e.id AS edition, ev.quote AS quote, ev.extractor AS extractor ORDER BY key",
        database_=neo4j_settings.database).records
    assert [(r["key"], r["kind"], r["quote"]) for r in rows] == [("access-now", "ngo", "Access Now"), ("microsoft", "company", "Microsoft")]
    assert {r["extractor"] for r in rows} == {"signatories.signature_block"}
    editions = {r["edition"] for r in rows}
    states = clean_graph.execute_query(
        "MATCH (s:State)-[:SIGNED]->(e:Edition) WHERE e.id IN $eds RETURN collect(s.iso2) AS codes",
        eds=list(editions), database_=neo4j_settings.database).records[0]["codes"]
    assert sorted(states) == ["AT", "CL", "KE"]


NEWS = ("Harbour news\n\nAccra, 2 May 2025\n\nAustria, Chile and Kenya have joined the joint statement on undersea cables, "
        "officials said on Friday.\n")


@pytest.mark.neo4j
def test_a_reported_accession_reports_the_known_edition(clean_graph, neo4j_settings, tmp_path) -> None:
    (tmp_path / "a_cables.txt").write_text(STATEMENT, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    (tmp_path / "b_news.txt").write_text(NEWS, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    rows = clean_graph.execute_query(
        "MATCH (d:Document)-[r:REPORTS]->(e:Edition)<-[:SIGNED]-(:State {iso2: 'KE'}) "
        "RETURN d.path AS path, r.states AS states, e.id AS edition",
        database_=neo4j_settings.database).records
    assert len(rows) == 1 and rows[0]["path"].endswith("b_news.txt") and rows[0]["states"] == ["AT", "CL", "KE"]
    expressed = clean_graph.execute_query(
        "MATCH (d:Document)-[:EXPRESSES]->(:Edition) RETURN collect(d.path) AS paths",
        database_=neo4j_settings.database).records[0]["paths"]
    assert [p for p in expressed if p.endswith("b_news.txt")] == []  # the report never joins the edition
