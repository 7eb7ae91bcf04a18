// name: parties_of_a_not_b
// title: Parties of one instrument that are not parties of another
// description: "Signed A but not B": parties (states and organisations) that take part in instrument A on the date by their own act (listed in an edition, joined or endorsed, not withdrawn since) and not in instrument B by their own act; participation in B that a third party reports is shown beside, marked, and does not make them a party of B.
// param: instrument_a: string = "spyware-joint-statement"  -- instrument id
// param: instrument_b: string = "pall-mall-code-of-practice"  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything known
MATCH (a:Instrument {id: $instrument_a})
CALL (a) {
  MATCH (p)-[:SIGNED]->(e:Edition)-[:EDITION_OF]->(a) WHERE $as_of IS NULL OR e.date <= date($as_of)
  RETURN p, e.date AS date
  UNION ALL
  MATCH (p)-[r:JOINED|ENDORSED]->(a) WHERE $as_of IS NULL OR r.counts_from <= date($as_of)
  RETURN p, r.date AS date
}
WITH a, p, min(date) AS since, max(date) AS last_joined
WHERE NOT EXISTS { MATCH (p)-[w:WITHDREW]->(a) WHERE ($as_of IS NULL OR w.counts_from <= date($as_of)) AND w.date >= last_joined }
OPTIONAL MATCH (b:Instrument {id: $instrument_b})
WITH a, b, p, since
WHERE b IS NULL OR NOT (
  EXISTS { MATCH (p)-[:SIGNED]->(e:Edition)-[:EDITION_OF]->(b) WHERE $as_of IS NULL OR e.date <= date($as_of) }
  OR EXISTS { MATCH (p)-[r:JOINED|ENDORSED]->(b) WHERE $as_of IS NULL OR r.counts_from <= date($as_of) })
CALL (p, b) {
  CALL (p, b) {
    MATCH (p)-[r:REPORTED_AS_PARTY]->(b)
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
    WHERE $as_of IS NULL OR ev.counts_from <= date($as_of)
    RETURN r.says AS says, d, ev, ev.as_of AS reported_on
    UNION ALL
    // a text reporting an accession to an edition of B ("A, B and C have joined")
    MATCH (d:Document)-[r:REPORTS]->(:Edition)-[:EDITION_OF]->(b)
    WHERE p.iso2 IN r.states AND ($as_of IS NULL OR d.date <= date($as_of))
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d)
    RETURN 'joined' AS says, d, ev, d.date AS reported_on
  }
  RETURN collect({reported: true, says: says, document: d.title, source_url: d.source_url,
                  reported_on: toString(reported_on), quote: ev.quote}) AS reported_in_b
}
RETURN p.uid AS party, CASE WHEN p:State THEN 'state' ELSE 'organization' END AS party_kind, p.iso2 AS iso2,
       p.name AS name, toString(since) AS party_of_a_since, reported_in_b
ORDER BY name
