// One loader at a time (graph/lease.py): the lease is one node per name, so two runs
// taking it at once MERGE the same node instead of creating two.
CREATE CONSTRAINT load_lease_name IF NOT EXISTS FOR (n:LoadLease) REQUIRE n.name IS UNIQUE;
