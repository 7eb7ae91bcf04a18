// name: export_node_shape
// title: What the node files of a download hold
// description: Every node label but Evidence (whose passages go into the fact files) and
//   Entity (the marker every graph node carries beside its own label), with how many nodes
//   carry it and the property keys they use, so a CSV file can write its header before its
//   rows. One scan of the nodes: a null joins each node's keys so the same aggregation counts them.
MATCH (n) WHERE NOT n:Evidence
UNWIND [l IN labels(n) WHERE l <> 'Entity'] AS label
UNWIND [null] + keys(n) AS key
WITH label, key, count(*) AS uses
RETURN label, sum(CASE WHEN key IS NULL THEN uses ELSE 0 END) AS nodes, collect(key) AS keys
ORDER BY label
