// The loader lease (graph/lease.py): create it if absent (the uniqueness constraint makes
// two creators meet on one node), then write-lock it before reading who holds it, so two
// runs deciding at once decide one after the other. The lock property is removed at once.
MERGE (l:LoadLease {name: $name})
SET l._lock = true
REMOVE l._lock
RETURN l.holder AS holder, l.host AS host, l.pid AS pid, l.pid_started AS pid_started,
       l.acquired_at AS acquired_at, l.renewed_at AS renewed_at, l.expires_at AS expires_at,
       coalesce(l.expires_at < datetime(), false) AS expired
