// name: joined_between_dates
// title: Who joined any instrument between two dates
// description: Parties (states and organisations) whose first own act on the instrument (listed in an edition, joined or endorsed by their own announcement) falls after the first date and on or before the second, with that act and its evidence. Reported participation is not an act of the party and is left out.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: from_date: date = "2023-03-30"  -- YYYY-MM-DD, excluded
// param: to_date: date = "2024-09-22"  -- YYYY-MM-DD, included
MATCH (i:Instrument {id: $instrument})
CALL (i) {
  MATCH (p)-[s:SIGNED]->(e:Edition)-[:EDITION_OF]->(i)
  RETURN p, 'signed' AS act, e.date AS date, s.fact_id AS fact_id, e.number AS edition
  UNION ALL
  MATCH (p)-[r:JOINED|ENDORSED]->(i)
  RETURN p, toLower(type(r)) AS act, r.counts_from AS date, r.fact_id AS fact_id, null AS edition
}
WITH p, act, date, fact_id, edition ORDER BY date, edition
WITH p, collect({act: act, date: date, fact_id: fact_id, edition: edition})[0] AS first
WHERE first.date > date($from_date) AND first.date <= date($to_date)
CALL (first) {
  MATCH (ev:Evidence {fact_id: first.fact_id})-[:IN_DOCUMENT]->(d:Document)
  RETURN collect({document_id: d.id, document: d.title, source_url: d.source_url, quote: ev.quote, context: ev.context,
                  start: ev.start, end: ev.end, lang: ev.lang, origin: ev.origin}) AS evidence
}
RETURN p.uid AS party, CASE WHEN p:State THEN 'state' ELSE 'organization' END AS party_kind, p.iso2 AS iso2,
       p.name AS name, first.act AS act, first.edition AS edition, toString(first.date) AS joined_date, evidence
ORDER BY joined_date, name
