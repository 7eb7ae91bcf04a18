// name: parties_matrix
// title: Parties across chosen instruments, as of a date
// description: One row per state or organisation that takes part in any of the chosen instruments, with one cell per instrument: 'party' (by its own act on or before the date: listed in an edition, joined or endorsed, not withdrawn since), 'withdrawn', 'reported' (only a third party says so) or null, and the date its participation starts. Reported participation never makes a cell 'party'.
// param: instruments: list[string] = "spyware-joint-statement,pall-mall-code-of-practice,pall-mall-process-declaration"  -- instrument ids, comma-separated
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything known
MATCH (i:Instrument) WHERE i.id IN $instruments
CALL (i) {
  MATCH (p)-[:SIGNED]->(e:Edition)-[:EDITION_OF]->(i) WHERE $as_of IS NULL OR e.date <= date($as_of)
  RETURN p, 'act' AS kind, e.date AS date
  UNION ALL
  MATCH (p)-[r:JOINED|ENDORSED]->(i) WHERE $as_of IS NULL OR r.counts_from <= date($as_of)
  RETURN p, 'act' AS kind, r.date AS date
  UNION ALL
  MATCH (p)-[r:WITHDREW]->(i) WHERE $as_of IS NULL OR r.counts_from <= date($as_of)
  RETURN p, 'withdrawal' AS kind, r.date AS date
  UNION ALL
  MATCH (p)-[r:REPORTED_AS_PARTY]->(i)
  WHERE EXISTS { MATCH (ev:Evidence {fact_id: r.fact_id}) WHERE $as_of IS NULL OR ev.counts_from <= date($as_of) }
  RETURN p, 'report' AS kind, null AS date
  UNION ALL
  MATCH (d:Document)-[r:REPORTS]->(:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR d.date <= date($as_of)
  MATCH (p:State) WHERE p.iso2 IN r.states
  RETURN p, 'report' AS kind, null AS date
}
WITH i, p, count(CASE WHEN kind = 'act' THEN 1 END) AS acts, min(CASE WHEN kind = 'act' THEN date END) AS since,
     max(CASE WHEN kind = 'act' THEN date END) AS last_joined, max(CASE WHEN kind = 'withdrawal' THEN date END) AS withdrawn_on,
     count(CASE WHEN kind = 'report' THEN 1 END) AS reports
WITH p, i, since,
     CASE WHEN acts > 0 AND (withdrawn_on IS NULL OR withdrawn_on < last_joined) THEN 'party'
          WHEN withdrawn_on IS NOT NULL THEN 'withdrawn'
          WHEN reports > 0 THEN 'reported' END AS status
ORDER BY i.id
WITH p, collect({instrument: i.id, status: status, since: toString(since)}) AS cells
RETURN p.uid AS party, CASE WHEN p:State THEN 'state' ELSE 'organization' END AS party_kind, p.iso2 AS iso2,
       p.name AS name, size([c IN cells WHERE c.status = 'party']) AS party_of, cells
ORDER BY party_of DESC, name
