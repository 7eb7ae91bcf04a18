// After `neo4j-admin database import` (pledgegraph bulk-import): relationships whose
// property the writer sets to [] carry the names of those keys; set them, remove the mark.
// A scan of every relationship: run only when the import's manifest counts some.
MATCH ()-[r]->()
WHERE r.bulk_import_empty_lists IS NOT NULL
CALL (r) {
  WITH r, r.bulk_import_empty_lists AS keys
  REMOVE r.bulk_import_empty_lists
  WITH r, keys
  UNWIND keys AS k
  SET r[k] = []
} IN TRANSACTIONS OF 10000 ROWS
