// name: export_nodes
// title: Every node of one label (or of all), for a download
// description: Each node but Evidence with its stable key (uid; id, or name for the few nodes
//   the writer does not MERGE by uid), its labels but Entity, and its properties. Streamed:
//   the client reads rows as the server finds them.
// param: label: string? = null  -- a label from export_node_shape; null: every label
MATCH (n)
WHERE NOT n:Evidence AND ($label IS NULL OR $label IN labels(n))
RETURN coalesce(n.uid, n.id, n.name) AS key, [l IN labels(n) WHERE l <> 'Entity'] AS labels, properties(n) AS properties
