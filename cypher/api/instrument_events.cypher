// name: instrument_events
// title: Dated events of an instrument, for a timeline
// description: The editions of an instrument (date, label, signatory count, who joined), the
//   documents that express or report it, its authors and the stances taken by, on or via it,
//   and the dated legal acts those stances target or that descend from them (BECAME,
//   REPLACES, GUIDELINES_UNDER). One row per event; undated events come last. As of a date,
//   nothing postdates it, by the rules of the named queries: editions and acts by their date,
//   documents by theirs (an undated one by the edition it expresses), authors by their
//   earliest dated document (undated evidence counts always, as on the matrix), stances by the earliest date they were stated (Evidence.as_of,
//   else the document's date; an undated statement holds as of no date). Dates are written
//   at their precision ("2018" for a document known to the year).
// param: instrument: string  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything loaded
MATCH (i:Instrument {id: $instrument})
CALL (i) {
  MATCH (e:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR e.date <= $as_of
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
  RETURN 'edition' AS kind, e.date AS date, 'day' AS precision, 'Edition ' + toString(e.number) AS title, e.label AS detail,
         e.id AS ref, coalesce(e.signatory_count, size(listed)) AS count, joined AS actors, [] AS fact_ids
  UNION ALL
  MATCH (d:Document)-[r:EXPRESSES|REPORTS]->(x)
  WHERE (x = i OR (x:Edition AND x.instrument_id = i.id))
    AND ($as_of IS NULL OR coalesce(d.date, x.date) <= $as_of)
  RETURN 'document' AS kind, d.date AS date, d.date_precision AS precision, d.title AS title,
         d.kind + CASE WHEN size(coalesce(d.languages, [])) > 0 THEN ' · ' + reduce(s = '', l IN d.languages | s + CASE s WHEN '' THEN '' ELSE ', ' END + l) ELSE '' END AS detail,
         d.id AS ref, null AS count, [] AS actors, collect(r.fact_id) AS fact_ids
  UNION ALL
  MATCH (a)-[r:AUTHORED]->(i)
  CALL (r) {
    OPTIONAL MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    WITH ev, d WHERE $as_of IS NULL OR d.date IS NULL OR d.date <= $as_of
    WITH ev, d ORDER BY d.date
    RETURN head([x IN collect(d) WHERE x.date IS NOT NULL]) AS first, count(ev) > count(d.date) AS has_undated
  }
  WITH r, a, first, has_undated
  WHERE $as_of IS NULL OR first IS NOT NULL OR has_undated
  WITH first.date AS first_attested, first.date_precision AS precision,
       collect(coalesce(a.iso2, a.key)) AS actors, collect(r.fact_id) AS fact_ids
  RETURN 'authored' AS kind, first_attested AS date, precision, 'Authored by ' + toString(size(actors)) AS title, null AS detail,
         null AS ref, size(actors) AS count, actors, fact_ids
  UNION ALL
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t)
  WHERE a = i OR t = i OR r.via = i.id
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
    WITH coalesce(ev.as_of, d.date) AS since, coalesce(ev.as_of_precision, d.date_precision) AS precision
    WHERE since IS NOT NULL AND ($as_of IS NULL OR since <= $as_of)
    WITH since, precision ORDER BY since
    RETURN head(collect({since: since, precision: precision})) AS first
  }
  WITH a, r, t, first
  WHERE $as_of IS NULL OR first IS NOT NULL
  WITH type(r) AS predicate, t, r.via AS via, first.since AS first_stated, first.precision AS precision,
       collect(coalesce(a.iso2, a.key, a.id)) AS actors, collect(r.fact_id) AS fact_ids
  RETURN CASE predicate WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END AS kind, first_stated AS date, precision,
         CASE predicate WHEN 'OPPOSES' THEN 'Opposed: ' ELSE 'Supported: ' END + coalesce(t.label, t.title, t.name, t.id) AS title,
         CASE WHEN via IS NULL THEN null ELSE 'via ' + via END AS detail,
         coalesce(t.id, t.key) AS ref, size(actors) AS count, actors, fact_ids
  UNION ALL
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t:LegalAct)
  WHERE a = i OR r.via = i.id
  WITH DISTINCT t
  MATCH (t)-[:BECAME|REPLACES|RECASTS|GUIDELINES_UNDER*0..3]-(act:LegalAct)
  WHERE act.date IS NOT NULL AND ($as_of IS NULL OR act.date <= $as_of)
  WITH DISTINCT act
  RETURN 'act' AS kind, act.date AS date, coalesce(act.date_precision, 'day') AS precision, act.label AS title,
         act.kind AS detail, act.id AS ref, null AS count, [] AS actors, [] AS fact_ids
}
WITH kind, date, precision, title, detail, ref, count, actors, fact_ids
ORDER BY date IS NULL, date, CASE kind WHEN 'edition' THEN 0 WHEN 'document' THEN 1 ELSE 2 END, title
RETURN kind, CASE precision WHEN 'year' THEN toString(date.year) WHEN 'month' THEN left(toString(date), 7) ELSE toString(date) END AS date,
       title, detail, ref, count, actors, fact_ids
