// name: document_record
// title: A document's record
// description: Metadata, language blocks, authors, the editions it expresses, and every
//   Evidence node that points at it grouped by fact (quote, span, language, rule).
// param: id: string  -- document id
// param: include_text: bool = false  -- also return the normalised text
MATCH (doc:Document {id: $id})
CALL (doc) {
  MATCH (doc)-[:HAS_BLOCK]->(b:LanguageBlock)
  WITH b ORDER BY b.start
  RETURN collect(b {.id, .lang, .start, .end, .confidence}) AS blocks
}
CALL (doc) {
  MATCH (a)-[r:AUTHORED]->(doc)
  RETURN collect({actor_id: coalesce(a.iso2, a.key), actor_name: a.name, actor_kind: [l IN labels(a) WHERE l <> 'Entity'][0], fact_id: r.fact_id}) AS authors
}
CALL (doc) {
  MATCH (doc)-[r:EXPRESSES]->(e:Edition)-[:EDITION_OF]->(i:Instrument)
  RETURN collect({instrument_id: i.id, edition_id: e.id, number: e.number, date: e.date, fact_id: r.fact_id}) AS expresses
}
CALL (doc) {
  MATCH (ev:Evidence)-[:IN_DOCUMENT]->(doc)
  WITH ev ORDER BY ev.start, ev.fact_type, ev.id
  WITH ev.fact_id AS fact_id, ev.fact_type AS fact_type,
       collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                   document_id: doc.id, document_title: doc.title, document_date: CASE doc.date_precision WHEN 'year' THEN toString(doc.date.year) WHEN 'month' THEN left(toString(doc.date), 7) ELSE toString(doc.date) END}) AS evidence
  ORDER BY evidence[0].start, fact_type, fact_id
  RETURN collect({fact_id: fact_id, fact_type: fact_type, evidence: evidence}) AS facts
}
RETURN doc {.id, .title, date: CASE doc.date_precision WHEN 'year' THEN toString(doc.date.year) WHEN 'month' THEN left(toString(doc.date), 7) ELSE toString(doc.date) END, .date_precision, .kind, .format, .languages, .source_url, .sha256,
            .extractor_version, text: CASE WHEN $include_text THEN doc.text END} AS document,
       blocks, authors, expresses, facts
