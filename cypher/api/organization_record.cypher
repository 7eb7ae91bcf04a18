// name: organization_record
// title: An organisation's record
// description: What an organisation signed (each edition with its date), its own acts of joining,
//   endorsing or withdrawing, participation others report, what it authored, its stances and the
//   documents that mention it; every fact with the Evidence nodes that share its fact_id and the
//   document each points to.
// param: key: string  -- the organisation's key
MATCH (o:Organization {key: $key})
CALL (o) {
  OPTIONAL MATCH (o)-[r:SIGNED]->(e:Edition)-[:EDITION_OF]->(i:Instrument)
  WITH r, e, i WHERE r IS NOT NULL
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
                  first_edition: editions[0].number, editions: editions}) AS signed
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:JOINED|ENDORSED|WITHDREW|REPORTED_AS_PARTY]->(i:Instrument)
  WITH r, i WHERE r IS NOT NULL
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH r, i, evidence ORDER BY r.date, i.id, type(r)
  RETURN collect({act: CASE type(r) WHEN 'REPORTED_AS_PARTY' THEN 'reported' ELSE toLower(type(r)) END,
                  says: r.says, instrument_id: i.id, title: i.title,
                  date: CASE r.date_precision WHEN 'year' THEN toString(r.date.year) WHEN 'month' THEN left(toString(r.date), 7) ELSE toString(r.date) END,
                  fact_id: r.fact_id, evidence: evidence}) AS participation
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:AUTHORED]->(x)
  WITH r, x WHERE r IS NOT NULL
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH r, x, evidence ORDER BY x.date, x.id
  RETURN collect({target_id: x.id, target_kind: [l IN labels(x) WHERE l <> 'Entity'][0], title: x.title,
                  date: CASE x.date_precision WHEN 'year' THEN toString(x.date.year) WHEN 'month' THEN left(toString(x.date), 7) ELSE toString(x.date) END,
                  fact_id: r.fact_id, evidence: evidence}) AS authored
}
CALL (o) {
  OPTIONAL MATCH (o)-[r:OPPOSES|SUPPORTS]->(t)
  WITH r, t WHERE r IS NOT NULL
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH r, t, evidence ORDER BY type(r), coalesce(t.id, t.key)
  RETURN collect({stance: CASE type(r) WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END,
                  target_id: coalesce(t.id, t.key), target_label: coalesce(t.label, t.title, t.name),
                  target_kind: [l IN labels(t) WHERE l <> 'Entity'][0], provision: r.provision, via: r.via, reported: r.reported,
                  fact_id: r.fact_id, evidence: evidence}) AS stances
}
CALL (o) {
  OPTIONAL MATCH (doc:Document)-[r:MENTIONS]->(o)
  WITH doc, r WHERE r IS NOT NULL
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
RETURN o {.key, .name, .kind} AS organization, signed, participation, authored, stances, mentions
