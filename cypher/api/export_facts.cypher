// name: export_facts
// title: Every fact of one type (or of all), with its evidence, for a download
// description: Each relationship carrying a fact_id, its two ends by stable key and label,
//   its properties, and the Evidence nodes that attest it (document, quote, span, context,
//   language, extractor, as-of date), oldest document first. Streamed: the client reads rows
//   as the server finds them; the evidence is read per fact through the fact_id index.
// param: type: string? = null  -- a relationship type from export_relationship_shape; null: every type
MATCH (a)-[r]->(b)
WHERE r.fact_id IS NOT NULL AND ($type IS NULL OR type(r) = $type)
CALL (r) {
  OPTIONAL MATCH (ev:Evidence {fact_id: r.fact_id})
  OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
  WITH ev, d ORDER BY d.date, ev.id
  RETURN collect(CASE WHEN ev IS NULL THEN null ELSE ev {.id, document_id: coalesce(d.id, ev.document_id), document_title: d.title,
           document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END,
           .quote, .start, .end, .context, .lang, .confidence, .origin, .extractor, .extractor_version,
           as_of: CASE ev.as_of_precision WHEN 'year' THEN toString(ev.as_of.year) WHEN 'month' THEN left(toString(ev.as_of), 7) ELSE toString(ev.as_of) END} END) AS evidence
}
RETURN type(r) AS type, r.fact_id AS fact_id,
       coalesce(a.uid, a.id, a.name) AS from_key, [l IN labels(a) WHERE l <> 'Entity'][0] AS from_label,
       coalesce(b.uid, b.id, b.name) AS to_key, [l IN labels(b) WHERE l <> 'Entity'][0] AS to_label,
       properties(r) AS properties, evidence
