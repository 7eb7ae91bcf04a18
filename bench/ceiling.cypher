// The write ceiling: the loader's rows for a list of documents, written by the smallest
// UNWIND ... MERGE script (no replacement, no name union, no counters read back).
UNWIND $docs AS doc
CALL (doc) {
  MERGE (d:Entity {uid: doc.uid})
  SET d:Document, d += doc.document
  WITH d
  UNWIND doc.blocks AS b
  CREATE (d)-[:HAS_BLOCK]->(:LanguageBlock {id: b.id, lang: b.lang, start: b.start, end: b.end, confidence: b.confidence})
}
CALL (doc) {
  UNWIND doc.nodes AS n
  MERGE (x:Entity {uid: n.uid})
  SET x:$(n.label), x += n.props
}
CALL (doc) {
  UNWIND doc.links AS l
  MATCH (a:Entity {uid: l.from})
  MATCH (b:Entity {uid: l.to})
  MERGE (a)-[:$(l.type)]->(b)
}
CALL (doc) {
  UNWIND doc.facts AS f
  MATCH (a:Entity {uid: f.from})
  MATCH (b:Entity {uid: f.to})
  MERGE (a)-[r:$(f.type) {fact_id: f.fact_id}]->(b)
  SET r += f.props
}
CALL (doc) {
  MATCH (d:Entity {uid: doc.uid})
  UNWIND doc.evidence AS e
  MERGE (ev:Evidence {id: e.id})
  SET ev += e.props
  MERGE (ev)-[:IN_DOCUMENT]->(d)
}
CALL (doc) {
  MATCH (d:Entity {uid: doc.uid})
  UNWIND doc.placement AS p
  MERGE (m:MergeDecision {id: d.id})
  SET m += p
  MERGE (m)-[:PLACED]->(d)
}
