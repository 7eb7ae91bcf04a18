// name: explorer_data_version
// title: The data version a reader cites
// description: The number of finished load runs (each one a new version of the data) and when
//   the newest finished, for the explorer's "cite this" line and export footers. Reads only
//   the few LoadRun nodes and the count store.
MATCH (r:LoadRun) WHERE r.finished_at IS NOT NULL
WITH count(r) AS runs, max(r.finished_at) AS last_finished
RETURN runs AS version, toString(last_finished) AS last_updated, COUNT { MATCH (:Document) } AS documents
