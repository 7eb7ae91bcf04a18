// name: state_record
// title: A state's record
// description: Everything the graph holds about one state, over time: the instruments it signed (with the edition and date it joined), the instruments it authored, its stances, and the documents that mention it, each with evidence. One row per fact, ordered by date (a fact without a date of its own takes the date of the first document attesting it). A state that signs thousands of statements has thousands of rows: page with limit and offset.
// param: iso2: string  -- ISO 3166-1 alpha-2 code, e.g. SE
// param: limit: int = 200  -- rows per page
// param: offset: int = 0  -- rows to skip (the next page starts at offset + limit)
MATCH (s:State {iso2: toUpper($iso2)})
CALL (s) {
  MATCH (s)-[r:SIGNED]->(e:Edition)-[:EDITION_OF]->(i:Instrument)
  RETURN 'signed' AS relation, i.id AS target_id, i.title AS target, e.number AS edition, e.date AS date, 'day' AS precision, r.fact_id AS fact_id, null AS detail
  UNION ALL
  MATCH (s)-[r:AUTHORED]->(i:Instrument)
  RETURN 'authored' AS relation, i.id AS target_id, i.title AS target, null AS edition, coalesce(i.date, CASE WHEN i.year IS NULL THEN null ELSE date({year: i.year}) END) AS date, CASE WHEN i.date IS NULL AND i.year IS NOT NULL THEN 'year' ELSE coalesce(i.date_precision, 'day') END AS precision, r.fact_id AS fact_id, i.kind AS detail
  UNION ALL
  MATCH (s)-[r:OPPOSES|SUPPORTS]->(t)
  RETURN CASE type(r) WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END AS relation, coalesce(t.id, t.uid) AS target_id, coalesce(t.label, t.title) AS target, null AS edition, null AS date, null AS precision, r.fact_id AS fact_id, r.via AS detail
  UNION ALL
  MATCH (d:Document)-[r:MENTIONS]->(s)
  RETURN 'mentioned' AS relation, d.id AS target_id, d.title AS target, null AS edition, d.date AS date, d.date_precision AS precision, r.fact_id AS fact_id, null AS detail
}
// Only an undated fact needs its evidence to be ordered. The page's evidence is read after paging.
CALL (fact_id, date) {
  OPTIONAL MATCH (ev:Evidence {fact_id: fact_id})-[:IN_DOCUMENT]->(d:Document)
  WHERE date IS NULL AND d.date IS NOT NULL
  WITH d ORDER BY d.date
  RETURN head(collect(d.date)) AS first_attested, head(collect(d.date_precision)) AS first_precision
}
WITH s, relation, target_id, target, edition, coalesce(date, first_attested) AS date,
     CASE WHEN date IS NULL THEN first_precision ELSE precision END AS precision, detail, fact_id
ORDER BY date, relation, target, fact_id
SKIP $offset LIMIT $limit
CALL (fact_id) {
  MATCH (ev:Evidence {fact_id: fact_id})-[:IN_DOCUMENT]->(d:Document)
  RETURN collect({document_id: d.id, document: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END, quote: ev.quote, context: ev.context, start: ev.start,
                  end: ev.end, lang: ev.lang, origin: ev.origin, confidence: ev.confidence}) AS evidence
}
// A date known to the year is written as the year alone ("2018"), to the month as YYYY-MM.
RETURN s.iso2 AS iso2, s.name AS name, relation, target_id, target, edition,
       CASE precision WHEN 'year' THEN toString(date.year) WHEN 'month' THEN left(toString(date), 7) ELSE toString(date) END AS date,
       detail, fact_id, evidence
