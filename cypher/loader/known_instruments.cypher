// Instruments and their editions, with signatory sets, commitment counts and the acts their
// documents cite: what the identity step compares a new document against. It must hold
// what an uninterrupted run keeps in memory, so a rerun after a crash decides the same.
MATCH (i:Instrument)
OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i)
OPTIONAL MATCH (s:State)-[:SIGNED]->(e)
WITH i, e, collect(DISTINCT s.iso2) AS signatories
WITH i, collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, number: e.number, date: e.date, signatories: signatories} END) AS editions
RETURN i.id AS id, i.title AS title, i.kind AS kind, coalesce(i.names, []) AS titles,
       COUNT { (i)-[:HAS_COMMITMENT]->() } AS commitment_count, editions,
       COLLECT { MATCH (d:Document)-[:EXPRESSES]->(:Edition)-[:EDITION_OF]->(i)
                 MATCH (d)-[:CITES]->(a:LegalAct) RETURN DISTINCT a.id } AS references
