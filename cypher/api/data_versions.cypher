// name: data_versions
// title: The graph's data versions: one per finished load run, numbered
// description: Every load run that finished (whatever its status: a failed or partial run may
//   have written) is a data version, numbered 1, 2, ... in the order the runs finished; the
//   newest is the data the API answers from. Each comes with when it started and finished,
//   the documents it loaded, and (with counts) how many facts it added and removed: facts are
//   stamped with the run that created them (added_by_run) and a removed fact leaves a
//   RemovedFact tombstone (removed_by_run), so one scan of the relationships counts them.
//   Newest first.
// param: counts: bool = true  -- false: skip the facts added/removed (no scan)
CALL () {
  UNWIND CASE WHEN $counts THEN [1] ELSE [] END AS _
  MATCH ()-[f]->() WHERE f.added_by_run IS NOT NULL
  WITH f.added_by_run AS run_id, count(*) AS n
  RETURN collect({run_id: run_id, n: n}) AS present
}
CALL () {
  UNWIND CASE WHEN $counts THEN [1] ELSE [] END AS _
  MATCH (t:RemovedFact)
  RETURN collect(t {.added_by_run, .removed_by_run}) AS tombstones
}
MATCH (r:LoadRun) WHERE r.finished_at IS NOT NULL
WITH r, present, tombstones ORDER BY r.finished_at, r.id
WITH collect(r) AS runs, present, tombstones
UNWIND range(0, size(runs) - 1) AS i
WITH runs[i] AS r, i + 1 AS version, present, tombstones
RETURN version, r.id AS run_id, r.status AS status, toString(r.started_at) AS started_at,
       toString(r.finished_at) AS finished_at, COUNT { (r)-[:LOADED]->() } AS documents,
       CASE WHEN $counts THEN coalesce(head([x IN present WHERE x.run_id = r.id | x.n]), 0)
                              + size([t IN tombstones WHERE t.added_by_run = r.id]) END AS facts_added,
       CASE WHEN $counts THEN size([t IN tombstones WHERE t.removed_by_run = r.id]) END AS facts_removed
ORDER BY version DESC
