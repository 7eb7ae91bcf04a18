// A load run's progress, written in batches as its groups commit (graph/run_record.py):
// its counts so far, the documents it loaded (LOADED, as finish_run.cypher links them),
// and its notable files (rejected, excluded, loaded with warnings) as JSON strings in
// file order, at most $notable_limit of them; the ones past it are only counted
// (notable_unlisted). A run with no notable file gets neither property. The list is
// stored whole, so each append rewrites it: it is left alone when nothing is appended
// or once it is full.
MATCH (r:LoadRun {id: $id})
WITH r, coalesce(size(r.notable), 0) AS listed
SET r.counts = $counts,
    r.notable_unlisted = CASE WHEN listed + size($notable) > $notable_limit
                              THEN coalesce(r.notable_unlisted, 0) + listed + size($notable) - $notable_limit
                              ELSE r.notable_unlisted END
WITH r, listed
CALL (r, listed) {
  WITH r, listed
  WHERE size($notable) > 0 AND listed < $notable_limit
  SET r.notable = coalesce(r.notable, []) + $notable[..($notable_limit - listed)]
}
WITH r
UNWIND $loaded AS l
MATCH (d:Document {id: l.document_id})
MERGE (r)-[x:LOADED]->(d)
SET x.action = l.action
