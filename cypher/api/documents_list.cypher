// name: documents_list
// title: Documents
// description: Every loaded document's metadata with its number of Evidence nodes; optionally
//   one kind only; sorted by a whitelisted key (checked by the API) and paged.
// param: kind: string? = null  -- joint_statement, ngo_statement, news, ...
// param: sort: string = "date"
// param: descending: bool = false
// param: offset: int = 0
// param: limit: int = 50
MATCH (d:Document)
WHERE $kind IS NULL OR d.kind = $kind
CALL (d) {
  OPTIONAL MATCH (ev:Evidence)-[:IN_DOCUMENT]->(d)
  RETURN count(ev) AS evidence_count
}
WITH d {.id, .title, date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END, .date_precision, .kind, .format, .languages, .source_url, .sha256,
        evidence_count: evidence_count} AS row
ORDER BY CASE WHEN $descending THEN row[$sort] END DESC, row[$sort], row.id
WITH collect(row) AS rows
RETURN size(rows) AS total, rows[$offset..$offset + $limit] AS items
