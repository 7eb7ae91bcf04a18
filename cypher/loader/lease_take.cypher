// Take the loader lease for a run (after lease_lock, in the same transaction). No row is
// taken if the holder deleted the node meanwhile: the run then tries again.
MATCH (l:LoadLease {name: $name})
SET l.holder = $run_id, l.host = $host, l.pid = $pid, l.pid_started = $pid_started,
    l.acquired_at = datetime(), l.renewed_at = datetime(),
    l.expires_at = datetime() + duration({milliseconds: $ttl_ms})
RETURN count(l) AS taken
