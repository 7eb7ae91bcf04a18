// Everything one document writes, in one statement (one round trip): the document and its
// language blocks, every node MERGEd on its uid, the structural links, the facts MERGEd on
// their fact_id, one Evidence node per (fact, document, span), and the placement record.
// Each CALL block is the same as the single-purpose statement beside this file
// (upsert_document, upsert_nodes, upsert_links, upsert_facts, upsert_evidence,
// upsert_placement), which the writer still uses for documents too large for one batch.
MERGE (d:Entity {uid: $uid})
SET d:Document
SET d = $document
SET d.uid = $uid
WITH d
CALL (d) {
  OPTIONAL MATCH (d)-[:HAS_BLOCK]->(old:LanguageBlock)
  DETACH DELETE old
}
CALL (d) {
  UNWIND $blocks AS b
  CREATE (d)-[:HAS_BLOCK]->(:LanguageBlock {id: b.id, lang: b.lang, start: b.start, end: b.end, confidence: b.confidence})
}
CALL () {
  UNWIND $nodes AS n
  MERGE (x:Entity {uid: n.uid})
  SET x:$(n.label)
  SET x += n.props
  SET x.names = CASE
    WHEN size(n.names) = 0 THEN x.names
    ELSE reduce(acc = coalesce(x.names, []), nm IN n.names | CASE WHEN nm IN acc THEN acc ELSE acc + nm END)
  END
  WITH x, n
  CALL (x, n) {
    UNWIND keys(n.fill) AS k
    SET x[k] = coalesce(x[k], n.fill[k])
  }
}
CALL () {
  UNWIND $links AS l
  MATCH (a:Entity {uid: l.from})
  MATCH (b:Entity {uid: l.to})
  MERGE (a)-[r:$(l.type)]->(b)
  SET r += l.props
}
CALL () {
  UNWIND $facts AS f
  MATCH (a:Entity {uid: f.from})
  MATCH (b:Entity {uid: f.to})
  MERGE (a)-[r:$(f.type) {fact_id: f.fact_id}]->(b)
  SET r += f.props
}
CALL (d) {
  UNWIND $evidence AS e
  MERGE (ev:Evidence {id: e.id})
  SET ev += e.props
  MERGE (ev)-[:IN_DOCUMENT]->(d)
}
CALL (d) {
  UNWIND CASE WHEN $placement IS NULL THEN [] ELSE [$placement] END AS p
  MERGE (m:MergeDecision {id: d.id})
  SET m += p
  MERGE (m)-[:PLACED]->(d)
}
RETURN d.id AS document_id
