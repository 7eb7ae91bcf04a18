// name: instrument_record
// title: An instrument's record
// description: Editions with dates and signatory counts (and the documents that express
//   them), commitments with their text in every language, stances taken by, on or via the
//   instrument, and its authors; every fact with its evidence.
// param: id: string  -- instrument id
MATCH (i:Instrument {id: $id})
CALL (i) {
  MATCH (e:Edition)-[:EDITION_OF]->(i)
  CALL (e) {
    OPTIONAL MATCH (s:State)-[:SIGNED]->(e)
    RETURN count(s) AS linked
  }
  CALL (e) {
    MATCH (doc:Document)-[r:EXPRESSES]->(e)
    CALL (r) {
      MATCH (ev:Evidence {fact_id: r.fact_id})
      OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
      RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                         document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
    }
    RETURN collect({document_id: doc.id, title: doc.title, languages: doc.languages, fact_id: r.fact_id,
                    evidence: evidence}) AS documents
  }
  WITH e, linked, documents ORDER BY e.date, e.number
  RETURN collect(e {.id, .number, .date, .label, .origin, signatory_count: coalesce(e.signatory_count, linked),
                    signatories_linked: linked, documents: documents}) AS editions
}
CALL (i) {
  MATCH (i)-[:HAS_COMMITMENT]->(c:Commitment)
  CALL (c) {
    MATCH (c)-[lang:IN_LANGUAGE]->(t:CommitmentText)
    // The fact id sits on IN_LANGUAGE (the writer) or on the CommitmentText node (docs/model.md).
    WITH t, coalesce(lang.fact_id, t.fact_id) AS fact_id
    CALL (fact_id) {
      MATCH (ev:Evidence {fact_id: fact_id})
      OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
      RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                         document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
    }
    WITH t, fact_id, evidence ORDER BY t.lang
    RETURN collect({lang: t.lang, text: t.text, fact_id: fact_id, evidence: evidence}) AS texts
  }
  WITH c, texts ORDER BY c.ordinal
  RETURN collect({id: c.id, ordinal: c.ordinal, texts: texts}) AS commitments
}
CALL (i) {
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t)
  WHERE a = i OR t = i OR r.via = i.id
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH a, r, t, evidence ORDER BY coalesce(a.iso2, a.key, a.id), coalesce(t.id, t.key)
  RETURN collect({actor_id: coalesce(a.iso2, a.key, a.id), actor_name: coalesce(a.name, a.title), actor_kind: [l IN labels(a) WHERE l <> 'Entity'][0],
                  stance: CASE type(r) WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END,
                  target_id: coalesce(t.id, t.key, t.iso2), target_label: coalesce(t.label, t.title, t.name),
                  target_kind: [l IN labels(t) WHERE l <> 'Entity'][0], provision: r.provision, via: r.via, reported: r.reported,
                  fact_id: r.fact_id, evidence: evidence}) AS stances
}
CALL (i) {
  MATCH (a)-[r:AUTHORED]->(i)
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  RETURN collect({actor_id: coalesce(a.iso2, a.key), actor_name: a.name, actor_kind: [l IN labels(a) WHERE l <> 'Entity'][0],
                  fact_id: r.fact_id, evidence: evidence}) AS authors
}
RETURN i {instrument_id: i.id, .title, .kind, .titles, .origin} AS instrument, editions, commitments, stances, authors
