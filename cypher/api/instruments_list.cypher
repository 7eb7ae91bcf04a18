// name: instruments_list
// title: Instruments
// description: Every instrument with its number of editions, latest edition and distinct
//   signatories; sorted by a whitelisted key (checked by the API) and paged.
// param: sort: string = "id"
// param: descending: bool = false
// param: offset: int = 0
// param: limit: int = 50
MATCH (i:Instrument)
CALL (i) {
  OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i)
  WITH e ORDER BY e.date DESC, e.number DESC
  RETURN count(e) AS editions, head(collect(e)) AS latest
}
CALL (i) {
  OPTIONAL MATCH (s:State)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(i)
  RETURN count(DISTINCT s) AS signatories
}
WITH i {instrument_id: i.id, .title, .kind, .origin, editions: editions, latest_edition: latest.number,
        latest_edition_date: latest.date, signatories: signatories} AS row
ORDER BY CASE WHEN $descending THEN row[$sort] END DESC, row[$sort], row.instrument_id
WITH collect(row) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items
