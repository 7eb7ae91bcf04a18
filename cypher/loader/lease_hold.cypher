// The fence, run first in every write transaction of a load run: lock the lease, then
// renew it only if this run still holds it. No row means the lease was taken over, and
// the writer rolls the transaction back.
MATCH (l:LoadLease {name: $name})
SET l._lock = true
REMOVE l._lock
WITH l
WHERE l.holder = $run_id
SET l.renewed_at = datetime(), l.expires_at = datetime() + duration({milliseconds: $ttl_ms})
RETURN l.holder AS holder
