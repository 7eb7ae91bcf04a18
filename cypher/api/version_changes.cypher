// name: version_changes
// title: Facts added and removed between two data versions, and why
// description: The facts that came or went after one data version up to another: added (the
//   run and the document that first stated it: added_by_run, added_by_document on the fact,
//   or on its tombstone if a later run removed it again) and removed (a RemovedFact tombstone:
//   the run, the document whose new version no longer states it or that left the corpus, and
//   that reason). Net of the range: a fact removed and stated again within it, or stated and
//   removed within it, is no change. One page, with the total, in a stable order.
// param: runs: list[string]  -- ids of the load runs after the first version, up to the second
// param: later: list[string]  -- ids of the load runs after the second version
// param: limit: int = 100
// param: offset: int = 0
CALL () {
  MATCH (a)-[r]->(b) WHERE r.added_by_run IN $runs
  RETURN 'added' AS change, r.fact_id AS fact_id, type(r) AS type, a.uid AS from_uid, b.uid AS to_uid,
         r.added_by_run AS run_id, r.added_by_document AS document_id, 'stated' AS reason
  UNION ALL
  MATCH (t:RemovedFact) WHERE t.added_by_run IN $runs AND t.removed_by_run IN $later
  RETURN 'added' AS change, t.fact_id AS fact_id, t.type AS type, t.from_uid AS from_uid, t.to_uid AS to_uid,
         t.added_by_run AS run_id, t.added_by_document AS document_id, 'stated' AS reason
  UNION ALL
  MATCH (t:RemovedFact) WHERE t.removed_by_run IN $runs AND (t.added_by_run IS NULL OR NOT t.added_by_run IN $runs)
  RETURN 'removed' AS change, t.fact_id AS fact_id, t.type AS type, t.from_uid AS from_uid, t.to_uid AS to_uid,
         t.removed_by_run AS run_id, t.removed_by_document AS document_id, t.reason AS reason
}
WITH change, fact_id, type, from_uid, to_uid, run_id, document_id, reason
WHERE CASE change
  WHEN 'added' THEN NOT EXISTS {
    MATCH (gone:RemovedFact {fact_id: fact_id})
    WHERE gone.removed_by_run IN $runs AND (gone.added_by_run IS NULL OR NOT gone.added_by_run IN $runs) }
  ELSE NOT EXISTS { MATCH (back:RemovedFact {fact_id: fact_id}) WHERE back.added_by_run IN $runs AND back.removed_by_run IN $later }
   AND NOT EXISTS { MATCH (:Entity {uid: from_uid})-[again {fact_id: fact_id}]->(:Entity {uid: to_uid}) WHERE again.added_by_run IN $runs }
  END
WITH change, fact_id, type, from_uid, to_uid, run_id, document_id, reason ORDER BY change, type, fact_id
WITH collect({change: change, fact_id: fact_id, type: type, from_uid: from_uid, to_uid: to_uid, run_id: run_id,
              document_id: document_id, reason: reason}) AS changes
CALL (changes) {
  UNWIND changes[$offset..$offset + $limit] AS c
  OPTIONAL MATCH (d:Document {id: c.document_id})
  RETURN collect(c {.*, document_title: d.title}) AS items
}
RETURN size(changes) AS total, items
