// Every participation in an instrument (or in all, with $instrument null), one row per fact:
// listed in an edition (signed), joined / endorsed / withdrew by the party's own act, or
// reported by a third party; with the addresses and dates of the documents that attest it.
// Read by graph/interop (followthemoney entities, Wikidata QuickStatements).
MATCH (i:Instrument) WHERE $instrument IS NULL OR i.id = $instrument
CALL (i) {
  MATCH (p)-[f:SIGNED]->(e:Edition)-[:EDITION_OF]->(i)
  RETURN p, 'signed' AS act, false AS reported, e.date AS date, 'day' AS date_precision, f.fact_id AS fact_id, e.number AS edition
  UNION ALL
  MATCH (p)-[f:JOINED|ENDORSED|WITHDREW]->(i)
  RETURN p, toLower(type(f)) AS act, false AS reported, f.date AS date, f.date_precision AS date_precision, f.fact_id AS fact_id, null AS edition
  UNION ALL
  MATCH (p)-[f:REPORTED_AS_PARTY]->(i)
  RETURN p, f.says AS act, true AS reported, null AS date, null AS date_precision, f.fact_id AS fact_id, null AS edition
}
CALL (fact_id) {
  MATCH (ev:Evidence {fact_id: fact_id})-[:IN_DOCUMENT]->(d:Document)
  WITH ev, d ORDER BY coalesce(ev.as_of, d.date), d.id
  RETURN [u IN collect(DISTINCT d.source_url) WHERE u IS NOT NULL] AS source_urls,
         [x IN collect(DISTINCT coalesce(d.publisher, d.title)) WHERE x IS NOT NULL] AS publishers,
         collect(ev.quote)[0] AS quote, toString(min(coalesce(ev.as_of, d.date))) AS attested_on
}
RETURN i.id AS instrument, i.title AS title, i.kind AS instrument_kind,
       [(e:Edition)-[:EDITION_OF]->(i) | {number: e.number, date: toString(e.date), label: e.label}] AS editions,
       p.uid AS party, CASE WHEN p:State THEN 'state' ELSE 'organization' END AS party_kind,
       p.iso2 AS iso2, p.key AS key, p.name AS name, p.kind AS organization_kind,
       act, reported, toString(date) AS date, date_precision, edition, fact_id,
       source_urls, publishers, quote, attested_on
ORDER BY instrument, name, date, act
