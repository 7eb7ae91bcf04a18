// name: legal_act_lineage
// title: The lineage of a legal act
// description: The acts related to one act by recast, replacement, adoption of a proposal and guidelines, in both directions up to three steps, with the source of each link and the documents that cite each act.
// param: act: string = "celex:32021R0821"  -- act id (celex:<number> or a slug)
MATCH (a:LegalAct {id: $act})
MATCH p = (a)-[:BECAME|REPLACES|RECASTS|GUIDELINES_UNDER*1..3]-(b:LegalAct)
UNWIND relationships(p) AS r
WITH DISTINCT r
WITH r, startNode(r) AS src, endNode(r) AS dst
CALL (r) {
  MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
  RETURN collect({document_id: d.id, document: d.title, quote: ev.quote, context: ev.context, origin: ev.origin}) AS evidence
}
CALL (src, dst) {
  OPTIONAL MATCH (d:Document)-[:CITES]->(x:LegalAct) WHERE x IN [src, dst]
  RETURN collect(DISTINCT {document_id: d.id, document: d.title, act: x.id}) AS cited_by
}
RETURN src.id AS from_id, src.label AS from_label, type(r) AS relation, r.article AS article,
       dst.id AS to_id, dst.label AS to_label, evidence, [c IN cited_by WHERE c.document_id IS NOT NULL] AS cited_by
ORDER BY from_label, relation
