// name: export_links
// title: Every structural link of one type (or of all), for a download
// description: Relationships without a fact_id (an edition of its instrument, a document's
//   language blocks, a load run's documents, a placement record's document ...), their two
//   ends by stable key and label, and their properties. IN_DOCUMENT is left out: an
//   evidence's document is written with the evidence, in the fact files. Streamed.
// param: type: string? = null  -- a relationship type from export_relationship_shape; null: every type
MATCH (a)-[r]->(b)
WHERE r.fact_id IS NULL AND type(r) <> 'IN_DOCUMENT' AND ($type IS NULL OR type(r) = $type)
RETURN type(r) AS type,
       coalesce(a.uid, a.id, a.name) AS from_key, [l IN labels(a) WHERE l <> 'Entity'][0] AS from_label,
       coalesce(b.uid, b.id, b.name) AS to_key, [l IN labels(b) WHERE l <> 'Entity'][0] AS to_label,
       properties(r) AS properties
