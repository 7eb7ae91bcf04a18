// name: fact_statements
// title: What facts claim
// description: For a list of fact ids, the subject, predicate and object of each fact
//   (relationship facts, and CommitmentText nodes, which carry their own fact_id).
// param: fact_ids: list[string]
MATCH (a)-[r]->(b)
WHERE r.fact_id IN $fact_ids
RETURN r.fact_id AS fact_id, type(r) AS predicate,
       CASE type(r) WHEN 'OPPOSES' THEN 'oppose' WHEN 'SUPPORTS' THEN 'support' END AS stance,
       [l IN labels(a) WHERE l <> 'Entity'][0] AS subject_kind, coalesce(a.iso2, a.key, a.id) AS subject, coalesce(a.name, a.title, a.label) AS subject_name,
       [l IN labels(b) WHERE l <> 'Entity'][0] AS object_kind, coalesce(b.iso2, b.key, b.id) AS object, coalesce(b.name, b.title, b.label) AS object_name
UNION ALL
MATCH (c:Commitment)-[:IN_LANGUAGE]->(t:CommitmentText)
WHERE t.fact_id IN $fact_ids
RETURN t.fact_id AS fact_id, 'COMMITS' AS predicate, null AS stance,
       'Instrument' AS subject_kind, c.instrument_id AS subject, null AS subject_name,
       'Commitment' AS object_kind, c.id AS object, t.text AS object_name
