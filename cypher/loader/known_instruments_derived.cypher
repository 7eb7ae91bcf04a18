// Instruments a graph written before placements stored their inputs holds documents in,
// without those inputs (cypher/loader/known_instruments.cypher finds none for them):
// derived from the facts instead (signatures, commitments, citations, titles), so that
// an older graph still has its instruments found by the next run.
MATCH (i:Instrument)
WHERE i.placement_rank IS NULL
  AND EXISTS { MATCH (:MergeDecision)-[:PLACED]->(:Document)-[:EXPRESSES]->(:Edition)-[:EDITION_OF]->(i) }
OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i)
OPTIONAL MATCH (s:State)-[:SIGNED]->(e)
WITH i, e, collect(DISTINCT s.iso2) AS signatories
ORDER BY e.number
WITH i, collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, number: e.number, date: e.date, signatories: signatories} END) AS editions
RETURN i.id AS id, i.title AS title, i.kind AS kind, coalesce(i.names, []) AS titles,
       COUNT { (i)-[:HAS_COMMITMENT]->() } AS commitment_count, editions,
       COLLECT { MATCH (d:Document)-[:EXPRESSES]->(:Edition)-[:EDITION_OF]->(i)
                 MATCH (d)-[:CITES]->(a:LegalAct) RETURN DISTINCT a.id } AS references
ORDER BY id
