// name: states_list
// title: States
// description: Every state with how many instruments it signed, stances it took and documents
//   that mention it; sorted by a whitelisted key (checked by the API) and paged.
// param: sort: string = "iso2"  -- a key of the row map (iso2, name, instruments_signed, ...)
// param: descending: bool = false
// param: offset: int = 0
// param: limit: int = 50
MATCH (s:State)
CALL (s) {
  OPTIONAL MATCH (s)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(i:Instrument)
  RETURN count(DISTINCT i) AS instruments_signed
}
CALL (s) {
  OPTIONAL MATCH (s)-[st:OPPOSES|SUPPORTS]->()
  RETURN count(st) AS stances
}
CALL (s) {
  OPTIONAL MATCH (:Document)-[m:MENTIONS]->(s)
  RETURN count(m) AS mentions
}
WITH s {.iso2, .iso3, .name, .eu_member, instruments_signed: instruments_signed, stances: stances, mentions: mentions} AS row
ORDER BY CASE WHEN $descending THEN row[$sort] END DESC, row[$sort], row.iso2
WITH collect(row) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items
