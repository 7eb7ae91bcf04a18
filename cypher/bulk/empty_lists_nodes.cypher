// After `neo4j-admin database import` (pledgegraph bulk-import): the CSV files cannot say
// "an empty list" (an empty field is no property), so a node whose property the writer sets
// to [] carries the label BulkImportEmptyLists and the names of those keys; set them, and
// take the marks away. Run in an auto-commit transaction (IN TRANSACTIONS).
MATCH (n:BulkImportEmptyLists)
CALL (n) {
  WITH n, n.bulk_import_empty_lists AS keys
  REMOVE n:BulkImportEmptyLists, n.bulk_import_empty_lists
  WITH n, keys
  UNWIND keys AS k
  SET n[k] = []
} IN TRANSACTIONS OF 10000 ROWS
