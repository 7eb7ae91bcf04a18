// name: seed_opposing_signatories
// title: Signatories who opposed stricter export rules (test stand-in)
// description: A test-only query shaped like the headline named query, over the seed graph:
//   states that had signed the instrument by as_of and oppose a legal act, with both halves' evidence.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means every edition
// param: codes: list[string]? = null  -- restrict to these ISO codes
// param: limit: int = 100
MATCH (s:State)-[sg:SIGNED]->(e:Edition)-[:EDITION_OF]->(:Instrument {id: $instrument})
WHERE ($as_of IS NULL OR e.date <= $as_of) AND ($codes IS NULL OR s.iso2 IN $codes)
MATCH (s)-[op:OPPOSES]->(act:LegalAct)
WITH s, collect(DISTINCT sg.fact_id) + collect(DISTINCT op.fact_id) AS fact_ids
MATCH (ev:Evidence) WHERE ev.fact_id IN fact_ids
WITH s, collect(ev {.fact_type, .quote, .document_id}) AS evidence
RETURN s.iso2 AS iso2, s.name AS name, evidence
ORDER BY iso2
LIMIT $limit
