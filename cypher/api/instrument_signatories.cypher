// name: instrument_signatories
// title: Signatories of an instrument as of a date
// description: States with a SIGNED edition of the instrument dated on or before as_of (all
//   editions when as_of is null), each with the date and edition it joined and the evidence of
//   every signature counted (only from documents dated on or before as_of); also the edition in force at that date.
// param: id: string  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means the latest edition
// param: sort: string = "iso2"
// param: descending: bool = false
// param: offset: int = 0
// param: limit: int = 100
MATCH (i:Instrument {id: $id})
CALL (i) {
  OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR e.date <= $as_of
  WITH e ORDER BY e.date DESC, e.number DESC
  RETURN head(collect(e {.id, .number, .date, .signatory_count})) AS edition
}
CALL (i) {
  MATCH (s:State)-[r:SIGNED]->(e:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR e.date <= $as_of
  CALL (r, e) {
    MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    // No evidence from a document after the date (an undated curated record holds as of its edition).
    WITH ev, d WHERE $as_of IS NULL OR coalesce(d.date, CASE WHEN ev.origin = 'metadata' THEN e.date END) <= $as_of
    RETURN collect(ev {.fact_id, .fact_type, .quote, .context, .start, .end, .lang, .confidence, .origin, .extractor,
                       document_id: coalesce(d.id, ev.document_id), document_title: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END}) AS evidence
  }
  WITH s, e, r, evidence ORDER BY e.date, e.number
  WITH s, collect({edition_id: e.id, number: e.number, date: e.date, fact_id: r.fact_id, evidence: evidence}) AS signed
  // EU membership is dated (loaders/data/eu_membership.yaml): a member on as_of, else today.
  WITH s {.iso2, .name, eu_member: CASE WHEN s.eu_joined IS NULL THEN s.eu_member ELSE s.eu_joined <= coalesce($as_of, date()) AND coalesce(coalesce($as_of, date()) <= s.eu_left, true) END, joined: signed[0].date, first_edition: signed[0].number, signatures: signed} AS row
  ORDER BY CASE WHEN $descending THEN row[$sort] END DESC, row[$sort], row.iso2
  RETURN collect(row) AS rows
}
RETURN i {instrument_id: i.id, .title, .kind} AS instrument, edition, size(rows) AS total, rows[$offset..$offset + $limit] AS items
