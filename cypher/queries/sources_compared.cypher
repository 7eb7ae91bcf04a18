// name: sources_compared
// title: Sources that count an instrument's parties, side by side
// description: Every count of the instrument's parties (or of the states attending its conference) that a source states, known on the date, with the page (title, address, date) and its words; beside each, the other sources giving the same count, the editions dated by the day the count holds for, the parties the graph holds by their own acts on that day, and the participation reported by then (joins after the first edition explain a larger count). Counts known only to a month or year count from the end of that period.
// param: instrument: string = "pall-mall-code-of-practice"  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means every claim known
MATCH (i:Instrument {id: $instrument})<-[:ABOUT]-(c:Claim)<-[cl:CLAIMS]-(d:Document)
WHERE $as_of IS NULL OR c.known_from <= date($as_of)
MATCH (ev:Evidence {fact_id: cl.fact_id})-[:IN_DOCUMENT]->(d)
WITH i, c, d, collect(ev.quote)[0] AS quote
CALL (i, c, d) {
  OPTIONAL MATCH (i)<-[:ABOUT]-(o:Claim)<-[:CLAIMS]-(od:Document)
  WHERE od <> d AND o.what = c.what AND o.count = c.count AND o.qualifier = c.qualifier
    AND ($as_of IS NULL OR o.known_from <= date($as_of))
  RETURN collect(DISTINCT CASE WHEN od IS NOT NULL THEN {document: od.title, source_url: od.source_url, as_of: toString(o.as_of)} END) AS same_count
}
CALL (i, c) {
  OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i) WHERE e.date <= c.counts_from
  WITH e ORDER BY e.number
  RETURN collect(CASE WHEN e IS NOT NULL THEN {edition: e.number, date: toString(e.date), listed: COUNT { (e)<-[:SIGNED]-() }} END) AS editions
}
CALL (i, c) {
  CALL (i, c) {
    MATCH (p)-[r:JOINED|ENDORSED]->(i) WHERE r.counts_from <= c.counts_from
    RETURN p
    UNION
    MATCH (p)-[:SIGNED]->(e:Edition)-[:EDITION_OF]->(i) WHERE e.date <= c.counts_from
    RETURN p
  }
  RETURN collect(DISTINCT p.name) AS own_parties
}
CALL (i, c) {
  OPTIONAL MATCH (p)-[r:REPORTED_AS_PARTY]->(i)
  WHERE EXISTS { MATCH (rev:Evidence {fact_id: r.fact_id}) WHERE rev.counts_from <= c.counts_from }
  RETURN collect(DISTINCT CASE WHEN r.says = 'joined' THEN p.name END) AS reported_joins_by_then,
         count(DISTINCT CASE WHEN r IS NOT NULL THEN [p.uid, r.says] END) AS reported_participations_by_then
}
RETURN c.id AS claim, c.what AS what, c.count AS count, c.qualifier AS qualifier,
       toString(c.as_of) AS as_of, c.as_of_precision AS as_of_precision, c.names AS names_given, c.note AS note,
       d.title AS source, d.source_url AS source_url, d.publisher AS publisher, toString(d.date) AS source_date,
       d.date_precision AS source_date_precision, d.date_note AS source_date_note, quote,
       size(same_count) > 0 AS agrees_with_another_source, same_count,
       editions, size(own_parties) AS graph_own_parties, own_parties,
       reported_joins_by_then, reported_participations_by_then
ORDER BY c.as_of, c.what, c.count, source
