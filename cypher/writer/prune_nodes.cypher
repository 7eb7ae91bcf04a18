// Delete nodes that no fact holds any more (a person only a replaced version named, an
// edition no document expresses). Documents and nodes with children stay.
UNWIND $uids AS u
MATCH (n:Entity {uid: u})
WHERE NOT n:Document
  AND NOT EXISTS { (n)-[r]-() WHERE r.fact_id IS NOT NULL }
  AND NOT EXISTS { (n)<-[:EDITION_OF]-() }
  AND NOT EXISTS { (n)-[:HAS_COMMITMENT]->() }
DETACH DELETE n
RETURN count(*) AS pruned
