// name: neighbourhood_hop
// title: One hop of a neighbourhood
// description: Relationships and neighbours of a set of nodes (by element id), leaving out
//   Evidence, LoadRun and MergeDecision nodes, which would drown a graph view.
// param: frontier: list[string]
// param: limit: int = 500
MATCH (n)-[r]-(m)
WHERE elementId(n) IN $frontier AND NOT (m:Evidence OR m:LoadRun OR m:MergeDecision)
RETURN DISTINCT elementId(r) AS edge_id, type(r) AS type, elementId(startNode(r)) AS source,
       elementId(endNode(r)) AS target, r.fact_id AS fact_id,
       elementId(m) AS element_id, [l IN labels(m) WHERE l <> 'Entity'] AS labels, coalesce(m.iso2, m.key, m.id) AS key,
       coalesce(m.name, m.title, m.label, m.id) AS caption, CASE m.date_precision WHEN 'year' THEN toString(m.date.year) WHEN 'month' THEN left(toString(m.date), 7) ELSE toString(m.date) END AS date
LIMIT $limit
