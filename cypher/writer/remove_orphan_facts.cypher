// Delete fact relationships that no Evidence supports any more; facts still attested by
// another document stay. Returns the nodes those facts touched, for pruning. Each deleted
// fact leaves a RemovedFact tombstone naming the run and the document whose replacement
// (or removal) took it away, for the change list between data versions (graph/versions.py).
UNWIND $facts AS f
WITH f WHERE NOT EXISTS { MATCH (:Evidence {fact_id: f.fact_id}) }
MATCH (a:Entity {uid: f.from})-[r {fact_id: f.fact_id}]->(b:Entity {uid: f.to})
CREATE (:RemovedFact {fact_id: r.fact_id, type: type(r), from_uid: f.from, to_uid: f.to,
                      added_by_run: r.added_by_run, added_by_document: r.added_by_document,
                      removed_by_run: $run_id, removed_by_document: $document_id, reason: $reason,
                      removed_at: datetime()})
DELETE r
WITH collect(DISTINCT f.from) + collect(DISTINCT f.to) AS touched
UNWIND touched AS uid
RETURN collect(DISTINCT uid) AS touched
