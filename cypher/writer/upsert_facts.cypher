// MERGE each fact relationship on its fact_id between two existing nodes; a new one is
// stamped with the load run and the document that added it (graph/versions.py).
UNWIND $facts AS f
MATCH (a:Entity {uid: f.from})
MATCH (b:Entity {uid: f.to})
MERGE (a)-[r:$(f.type) {fact_id: f.fact_id}]->(b)
ON CREATE SET r.added_by_run = $run_id, r.added_by_document = $document_id
SET r += f.props
