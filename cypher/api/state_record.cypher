// name: state_record
// title: A state's record
// description: Instruments the state signed (each edition with its date and evidence, the date
//   it joined), the stances it took and the documents that mention it, every fact with the
//   Evidence nodes that share its fact_id and the document each points to.
// param: iso2: string  -- ISO 3166 alpha-2 code
MATCH (s:State {iso2: $iso2})
CALL (s) {
  MATCH (s)-[r:SIGNED]->(e:Edition)-[:EDITION_OF]->(i:Instrument)
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH i, e, r, evidence ORDER BY e.date, e.number
  WITH i, collect({edition_id: e.id, number: e.number, date: e.date, fact_id: r.fact_id, evidence: evidence}) AS editions
  ORDER BY editions[0].date, i.id
  RETURN collect({instrument_id: i.id, title: i.title, kind: i.kind, joined: editions[0].date,
                  first_edition: editions[0].number, editions: editions}) AS instruments
}
CALL (s) {
  MATCH (s)-[r:OPPOSES|SUPPORTS]->(t)
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH r, t, evidence ORDER BY type(r), coalesce(t.id, t.key)
  RETURN collect({stance: CASE type(r) WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END,
                  target_id: coalesce(t.id, t.key, t.iso2), target_label: coalesce(t.label, t.title, t.name),
                  target_kind: [l IN labels(t) WHERE l <> 'Entity'][0], provision: r.provision, via: r.via, reported: r.reported,
                  fact_id: r.fact_id, evidence: evidence}) AS stances
}
CALL (s) {
  MATCH (doc:Document)-[r:MENTIONS]->(s)
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH doc, r, evidence ORDER BY doc.date, doc.id
  RETURN collect({document_id: doc.id, document_title: doc.title, document_date: CASE doc.date_precision WHEN 'year' THEN toString(doc.date.year) WHEN 'month' THEN left(toString(doc.date), 7) ELSE toString(doc.date) END, kind: r.kind,
                  role: r.role, fact_id: r.fact_id, evidence: evidence}) AS mentions
}
RETURN s {.iso2, .iso3, .name, .names, .eu_member} AS state, instruments, stances, mentions
