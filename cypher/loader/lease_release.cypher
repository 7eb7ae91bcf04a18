// End of a load run: delete the lease if this run still holds it (locked before reading).
MATCH (l:LoadLease {name: $name})
SET l._lock = true
REMOVE l._lock
WITH l
WHERE l.holder = $run_id
DELETE l
