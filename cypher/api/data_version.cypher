// name: data_version
// title: What the graph's answers were computed from
// description: The newest finished load run and the count-store totals of what answers are
//   made of. An answer cached under one version is never served under another: a finished
//   load run, and any write that changes a count (a running load's groups, a seed), moves it.
//   Every figure is read from the count store or the few LoadRun nodes, so it costs well
//   under a millisecond on any graph.
MATCH (r:LoadRun) WHERE r.finished_at IS NOT NULL
WITH count(r) AS runs, max(r.finished_at) AS last_finished
RETURN runs, toString(last_finished) AS last_finished,
       COUNT { MATCH (:Document) } AS documents, COUNT { MATCH (:Edition) } AS editions,
       COUNT { MATCH (:Evidence) } AS evidence, COUNT { MATCH ()-[:SIGNED]->() } AS signed,
       COUNT { MATCH ()-[:AUTHORED]->() } AS authored, COUNT { MATCH ()-[:OPPOSES]->() } AS opposes,
       COUNT { MATCH ()-[:SUPPORTS]->() } AS supports
