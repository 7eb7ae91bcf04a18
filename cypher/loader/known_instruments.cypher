// Instruments and their editions, with signatory sets and commitment counts: what the
// identity step compares a new document against.
MATCH (i:Instrument)
OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i)
OPTIONAL MATCH (s:State)-[:SIGNED]->(e)
WITH i, e, collect(DISTINCT s.iso2) AS signatories
WITH i, collect(CASE WHEN e IS NULL THEN null ELSE {id: e.id, number: e.number, date: e.date, signatories: signatories} END) AS editions
RETURN i.id AS id, i.title AS title, i.kind AS kind, coalesce(i.names, []) AS titles,
       COUNT { (i)-[:HAS_COMMITMENT]->() } AS commitment_count, editions
