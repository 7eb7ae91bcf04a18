// A load run's progress, written in batches as its groups commit (graph/run_record.py):
// its counts so far, the documents it loaded (LOADED, as finish_run.cypher links them),
// and its notable files (rejected, excluded, loaded with warnings) as JSON strings in
// file order, at most $notable_limit of them; the ones past it are only counted
// (notable_unlisted). A run with no notable file gets neither property.
MATCH (r:LoadRun {id: $id})
WITH r, coalesce(r.notable, []) + $notable AS notable
SET r.counts = $counts,
    r.notable = CASE WHEN size(notable) = 0 THEN null ELSE notable[..$notable_limit] END,
    r.notable_unlisted = CASE WHEN size(notable) > $notable_limit
                              THEN coalesce(r.notable_unlisted, 0) + size(notable) - $notable_limit
                              ELSE r.notable_unlisted END
WITH r
UNWIND $loaded AS l
MATCH (d:Document {id: l.document_id})
MERGE (r)-[x:LOADED]->(d)
SET x.action = l.action
