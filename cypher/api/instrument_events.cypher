// name: instrument_events
// title: Dated events of an instrument, for a timeline
// description: The editions of an instrument (date, label, signatory count, who joined), the
//   documents that express or report it, its authors and the stances taken by, on or via it
//   (each dated by the earliest dated document that attests it), and the dated legal acts those
//   stances target or that descend from them (BECAME, REPLACES, GUIDELINES_UNDER). One row per
//   event; undated events come last.
// param: instrument: string  -- instrument id
MATCH (i:Instrument {id: $instrument})
CALL (i) {
  MATCH (e:Edition)-[:EDITION_OF]->(i)
  OPTIONAL MATCH (s:State)-[:SIGNED]->(e)
  WITH e, collect(s.iso2) AS listed
  CALL (e, listed) {
    UNWIND listed AS code
    WITH code WHERE NOT EXISTS {
      MATCH (:State {iso2: code})-[:SIGNED]->(prev:Edition)-[:EDITION_OF]->(:Instrument {id: e.instrument_id})
      WHERE prev.date < e.date OR (prev.date = e.date AND prev.number < e.number)
    }
    WITH code ORDER BY code
    RETURN collect(code) AS joined
  }
  RETURN 'edition' AS kind, e.date AS date, 'Edition ' + toString(e.number) AS title, e.label AS detail,
         e.id AS ref, coalesce(e.signatory_count, size(listed)) AS count, joined AS actors, [] AS fact_ids
  UNION ALL
  MATCH (d:Document)-[r:EXPRESSES|REPORTS]->(x)
  WHERE x = i OR (x:Edition AND x.instrument_id = i.id)
  RETURN 'document' AS kind, d.date AS date, d.title AS title,
         d.kind + CASE WHEN size(coalesce(d.languages, [])) > 0 THEN ' · ' + reduce(s = '', l IN d.languages | s + CASE s WHEN '' THEN '' ELSE ', ' END + l) ELSE '' END AS detail,
         d.id AS ref, null AS count, [] AS actors, collect(r.fact_id) AS fact_ids
  UNION ALL
  MATCH (a)-[r:AUTHORED]->(i)
  OPTIONAL MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WITH r, coalesce(a.iso2, a.key) AS actor, min(d.date) AS first_attested
  WITH first_attested, collect(actor) AS actors, collect(r.fact_id) AS fact_ids
  RETURN 'authored' AS kind, first_attested AS date, 'Authored by ' + toString(size(actors)) AS title, null AS detail,
         null AS ref, size(actors) AS count, actors, fact_ids
  UNION ALL
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t)
  WHERE a = i OR t = i OR r.via = i.id
  OPTIONAL MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WITH a, r, t, min(d.date) AS first_attested
  WITH type(r) AS predicate, t, r.via AS via, first_attested,
       collect(coalesce(a.iso2, a.key, a.id)) AS actors, collect(r.fact_id) AS fact_ids
  RETURN CASE predicate WHEN 'OPPOSES' THEN 'opposes' ELSE 'supports' END AS kind, first_attested AS date,
         CASE predicate WHEN 'OPPOSES' THEN 'Opposed: ' ELSE 'Supported: ' END + coalesce(t.label, t.title, t.name, t.id) AS title,
         CASE WHEN via IS NULL THEN null ELSE 'via ' + via END AS detail,
         coalesce(t.id, t.key) AS ref, size(actors) AS count, actors, fact_ids
  UNION ALL
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t:LegalAct)
  WHERE a = i OR r.via = i.id
  WITH DISTINCT t
  MATCH (t)-[:BECAME|REPLACES|RECASTS|GUIDELINES_UNDER*0..3]-(act:LegalAct)
  WHERE act.date IS NOT NULL
  WITH DISTINCT act
  RETURN 'act' AS kind, act.date AS date, act.label AS title, act.kind AS detail, act.id AS ref,
         null AS count, [] AS actors, [] AS fact_ids
}
RETURN kind, date, title, detail, ref, count, actors, fact_ids
ORDER BY date IS NULL, date, CASE kind WHEN 'edition' THEN 0 WHEN 'document' THEN 1 ELSE 2 END, title
