// name: export_relationship_shape
// title: What the fact and link files of a download hold
// description: Every relationship type but IN_DOCUMENT (an Evidence's pointer to its document,
//   written as the evidence's document_id), with how many of them are facts (they carry a
//   fact_id, and Evidence nodes attest them) and how many are structural links, and the
//   property keys they use. One scan of the relationships.
MATCH ()-[r]->() WHERE type(r) <> 'IN_DOCUMENT'
WITH type(r) AS type, r.fact_id IS NOT NULL AS fact, keys(r) AS keys
UNWIND [null] + keys AS key
WITH type, fact, key, count(*) AS uses
RETURN type, sum(CASE WHEN key IS NULL AND fact THEN uses ELSE 0 END) AS facts,
       sum(CASE WHEN key IS NULL AND NOT fact THEN uses ELSE 0 END) AS links, collect(DISTINCT key) AS keys
ORDER BY type
