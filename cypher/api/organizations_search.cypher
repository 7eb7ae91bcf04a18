// name: organizations_search
// title: Organisations by name
// description: Organisations whose name or key match an (already escaped) Lucene query on the
//   organization_name index (case and accents folded), or whose key the API found by one of
//   the organisation's other names (its aliases in any language); best first, then by name.
//   GET /organizations and GET /search (its organisations) both read it.
// param: lucene: string  -- escaped by the API; empty when only aliases matched
// param: keys: list[string]  -- organisation keys an alias of the query names
// param: offset: int = 0
// param: limit: int = 20
CALL (*) {
  CALL db.index.fulltext.queryNodes('organization_name', CASE WHEN $lucene = '' THEN 'x_no_term_x' ELSE $lucene END) YIELD node, score
  WHERE $lucene <> ''
  RETURN node AS o, score
  UNION
  MATCH (o:Organization) WHERE o.key IN $keys
  RETURN o, 10.0 AS score
}
WITH o, max(score) AS score
ORDER BY score DESC, o.name, o.key
WITH collect({key: o.key, name: o.name, kind: o.kind, score: score,
   facts: COUNT { (o)-[r:SIGNED|JOINED|ENDORSED|WITHDREW|REPORTED_AS_PARTY|AUTHORED|SUPPORTS|OPPOSES]->() },
   mentions: COUNT { (:Document)-[:MENTIONS]->(o) }}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
