// name: instrument_timeline
// title: Editions of an instrument over time
// description: Each edition of an instrument with its date, how many states it lists, who joined in it, and the documents that express it.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
MATCH (i:Instrument {id: $instrument})<-[:EDITION_OF]-(e:Edition)
OPTIONAL MATCH (s:State)-[:SIGNED]->(e)
WITH i, e, collect(s.iso2) AS signatories
CALL (i, e, signatories) {
  UNWIND signatories AS code
  WITH code WHERE NOT EXISTS {
    MATCH (:State {iso2: code})-[:SIGNED]->(prev:Edition)-[:EDITION_OF]->(i) WHERE prev.number < e.number
  }
  RETURN collect(code) AS joined
}
OPTIONAL MATCH (d:Document)-[:EXPRESSES]->(e)
WITH e, signatories, joined, collect({document_id: d.id, document: d.title, languages: d.languages}) AS documents
RETURN e.number AS edition, toString(e.date) AS date, e.label AS label, size(signatories) AS signatory_count,
       joined, [x IN documents WHERE x.document_id IS NOT NULL] AS documents
ORDER BY edition
