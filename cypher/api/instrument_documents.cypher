// name: instrument_documents
// title: Documents that refer to an instrument
// description: Every document that expresses or reports the instrument or one of its editions,
//   states a count of its parties (a claim), or is quoted as evidence of a fact on it: a
//   signature of one of its editions, its authorship, a party's own act (joined, endorsed,
//   withdrew), participation a third party reports, a stance taken by, on or via it, one of its
//   commitments. So an instrument with no edition and no party still shows where the graph
//   knows it from. refers_by names how (one word per way, the API's spelling: signed, authored,
//   oppose, support, joined, endorsed, withdrew, reported, concerns, claim, expresses,
//   reports, commitment). As of a date, no document dated after it; an undated document is kept (it is
//   dated after nothing). Dates are written at their precision ("2018"). Sorted by a
//   whitelisted key (checked by the API) and paged; null when there is no such instrument.
// param: id: string  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means every document loaded
// param: sort: string = "date"
// param: descending: bool = false
// param: offset: int = 0
// param: limit: int = 50
MATCH (i:Instrument {id: $id})
CALL (i) {
  CALL (i) {
    MATCH (d:Document)-[r:EXPRESSES|REPORTS]->(i)
    RETURN d, toLower(type(r)) AS how
    UNION
    MATCH (d:Document)-[r:EXPRESSES|REPORTS]->(:Edition)-[:EDITION_OF]->(i)
    RETURN d, toLower(type(r)) AS how
    UNION
    MATCH (d:Document)-[:CLAIMS]->(:Claim)-[:ABOUT]->(i)
    RETURN d, 'claim' AS how
    UNION
    CALL (i) {
      MATCH (i)-[r]-()
      WHERE r.fact_id IS NOT NULL AND NOT type(r) IN ['EXPRESSES', 'REPORTS', 'HAS_COMMITMENT', 'EDITION_OF']
      RETURN r.fact_id AS fact_id, type(r) AS type
      UNION
      MATCH ()-[r:SIGNED]->(:Edition)-[:EDITION_OF]->(i)
      RETURN r.fact_id AS fact_id, type(r) AS type
      UNION
      MATCH ()-[r:OPPOSES|SUPPORTS]->() WHERE r.via = i.id
      RETURN r.fact_id AS fact_id, type(r) AS type
      UNION
      MATCH (i)-[:HAS_COMMITMENT]->(:Commitment)-[r:IN_LANGUAGE]->(t:CommitmentText)
      RETURN coalesce(r.fact_id, t.fact_id) AS fact_id, 'COMMITMENT' AS type
    }
    WITH fact_id, type WHERE fact_id IS NOT NULL
    MATCH (:Evidence {fact_id: fact_id})-[:IN_DOCUMENT]->(d:Document)
    RETURN DISTINCT d, CASE type WHEN 'OPPOSES' THEN 'oppose' WHEN 'SUPPORTS' THEN 'support'
                              WHEN 'REPORTED_AS_PARTY' THEN 'reported' ELSE toLower(type) END AS how
  }
  WITH d, how WHERE $as_of IS NULL OR d.date IS NULL OR d.date <= $as_of
  WITH d, how ORDER BY how
  WITH d, collect(DISTINCT how) AS refers_by
  WITH d {.id, .title, date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END,
          .date_precision, .kind, .languages, .source_url, refers_by: refers_by} AS row
  ORDER BY CASE WHEN $descending THEN row[$sort] END DESC, row[$sort], row.id
  RETURN collect(row) AS rows
}
RETURN i.id AS instrument, size(rows) AS total, rows[$offset..$offset + $limit] AS items
