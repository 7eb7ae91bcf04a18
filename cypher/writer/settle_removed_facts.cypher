// A replaced document first loses its facts (remove_orphan_facts leaves a RemovedFact
// tombstone for each), then writes its new rows: a fact it states again is created anew in
// the same transaction. Such a fact was never gone: it gets back the run and document that
// first added it, and its tombstone is deleted, so the change list between two data
// versions names only facts that really came or went (graph/versions.py).
MATCH (t:RemovedFact)
WHERE t.removed_by_run = $run_id OR ($run_id IS NULL AND t.removed_by_run IS NULL)
WITH t WHERE EXISTS { MATCH (:Evidence {fact_id: t.fact_id}) }
MATCH (:Entity {uid: t.from_uid})-[r {fact_id: t.fact_id}]->(:Entity {uid: t.to_uid})
SET r.added_by_run = t.added_by_run, r.added_by_document = t.added_by_document
DELETE t
RETURN count(*) AS settled
