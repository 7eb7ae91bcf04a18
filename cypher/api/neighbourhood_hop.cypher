// name: neighbourhood_hop
// title: One hop of a neighbourhood
// description: Relationships and neighbours of a set of nodes (by their stable uid), leaving out
//   Evidence, LanguageBlock, LoadRun and MergeDecision nodes, which would drown a graph view.
//   With as_of, a neighbour dated after it is left out (a later edition, document or act), and
//   a stance only counts when a passage states it on or before the date.
// param: frontier: list[string]  -- uids
// param: as_of: date? = null
// param: limit: int = 500
MATCH (n:Entity)-[r]-(m:Entity)
WHERE n.uid IN $frontier AND NOT (m:LoadRun OR m:MergeDecision)
  AND ($as_of IS NULL OR m.date IS NULL OR m.date <= $as_of)
  AND ($as_of IS NULL OR NOT type(r) IN ['OPPOSES', 'SUPPORTS'] OR EXISTS {
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document) WHERE coalesce(ev.as_of, d.date) <= $as_of
  })
WITH DISTINCT r, m
RETURN coalesce(r.fact_id, type(r) + ':' + startNode(r).uid + '->' + endNode(r).uid) AS edge_id, type(r) AS type,
       startNode(r).uid AS source, endNode(r).uid AS target, r.fact_id AS fact_id,
       m.uid AS uid, [l IN labels(m) WHERE l <> 'Entity'] AS labels, coalesce(m.iso2, m.key, m.id) AS key,
       coalesce(m.name, m.title, m.label, m.id) AS caption,
       CASE m.date_precision WHEN 'year' THEN toString(m.date.year) WHEN 'month' THEN left(toString(m.date), 7) ELSE toString(m.date) END AS date
LIMIT $limit
