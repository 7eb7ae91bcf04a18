// The run whose lease was taken over is dead (killed, or its host lost): its LoadRun ends
// 'failed' with the reason, in the transaction that takes the lease, instead of staying
// 'running' for ever. A run that had finished is left as it is.
MATCH (r:LoadRun {id: $dead_run_id})
WHERE r.status = 'running'
SET r.status = 'failed', r.finished_at = datetime(),
    r.report = $report
RETURN count(r) AS ended
