// Data versions (graph/versions.py): facts removed by a load run leave a RemovedFact
// tombstone; the writer finds a run's own tombstones, and the change list a range's, by run.
CREATE INDEX removed_fact_run IF NOT EXISTS FOR (n:RemovedFact) ON (n.removed_by_run);
CREATE INDEX removed_fact_id IF NOT EXISTS FOR (n:RemovedFact) ON (n.fact_id);
