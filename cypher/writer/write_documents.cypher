// Everything a group of documents writes, in one statement (one round trip, and one
// execution: Neo4j pays about 3 ms of fixed cost per execution of a statement this size,
// more than the rows of a document cost). Each document is one row of $docs, handled by
// a CALL subquery, which runs once per row and sees what the rows before it wrote, so a
// group writes the same graph as its documents one by one. Per document: the document
// and its language blocks, every node MERGEd on its uid, the structural links, the facts
// MERGEd on their fact_id, one Evidence node per (fact, document, span), the placement
// record, and what placement now knows of the instrument and edition. Each inner block
// is the same as the single-purpose statement beside this file (upsert_document,
// upsert_nodes, upsert_links, upsert_facts, upsert_evidence, upsert_placement,
// upsert_known), which the writer still uses for documents too large for one batch.
// A fact created here is stamped with the load run and the document that added it
// (added_by_run, added_by_document: graph/versions.py reads them for the change list
// between two data versions); a fact that exists already keeps its first stamp.
UNWIND $docs AS doc
CALL (doc) {
  MERGE (d:Entity {uid: doc.uid})
  SET d:Document
  SET d = doc.document
  SET d.uid = doc.uid
  WITH d
  CALL (d) {
    OPTIONAL MATCH (d)-[:HAS_BLOCK]->(old:LanguageBlock)
    DETACH DELETE old
  }
  CALL (d, doc) {
    UNWIND doc.blocks AS b
    CREATE (d)-[:HAS_BLOCK]->(:LanguageBlock {id: b.id, lang: b.lang, start: b.start, end: b.end, confidence: b.confidence})
  }
  CALL (doc) {
    UNWIND doc.nodes AS n
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
  CALL (doc) {
    UNWIND doc.links AS l
    MATCH (a:Entity {uid: l.from})
    MATCH (b:Entity {uid: l.to})
    MERGE (a)-[r:$(l.type)]->(b)
    SET r += l.props
  }
  CALL (doc) {
    UNWIND doc.facts AS f
    MATCH (a:Entity {uid: f.from})
    MATCH (b:Entity {uid: f.to})
    MERGE (a)-[r:$(f.type) {fact_id: f.fact_id}]->(b)
    ON CREATE SET r.added_by_run = $run_id, r.added_by_document = doc.document.id
    SET r += f.props
  }
  CALL (d, doc) {
    UNWIND doc.evidence AS e
    MERGE (ev:Evidence {id: e.id})
    SET ev += e.props
    MERGE (ev)-[:IN_DOCUMENT]->(d)
  }
  CALL (d, doc) {
    UNWIND CASE WHEN doc.placement IS NULL THEN [] ELSE [doc.placement] END AS p
    MERGE (m:MergeDecision {id: d.id})
    SET m += p
    MERGE (m)-[:PLACED]->(d)
  }
  CALL (doc) {
    UNWIND CASE WHEN doc.known IS NULL THEN [] ELSE [doc.known] END AS k
    MATCH (i:Entity {uid: k.instrument_uid})
    MATCH (e:Entity {uid: k.edition_uid})
    SET i.placement_rank = k.rank, i.placement_title = k.title, i.placement_kind = k.kind,
        i.placement_titles = k.titles, i.placement_commitments = k.commitments,
        i.placement_references = k.references,
        e.placement_position = k.position, e.placement_date = k.date, e.placement_signatories = k.signatories
  }
  RETURN d
}
RETURN count(*) AS documents
