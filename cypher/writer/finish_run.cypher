MATCH (r:LoadRun {id: $id})
SET r.finished_at = datetime($finished_at), r.status = $status, r.counts = $counts, r.report = $report
WITH r
UNWIND $loaded AS l
MATCH (d:Document {id: l.document_id})
MERGE (r)-[x:LOADED]->(d)
SET x.action = l.action
