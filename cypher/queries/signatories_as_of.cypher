// name: signatories_as_of
// title: Signatories of an instrument as of a date
// description: Every state that had signed the instrument on the date (the latest edition when no date is given), with the edition and date it joined, and the passages that show its signature. A state signs from the date of the first edition that lists it. Evidence comes from the documents dated on or before the date that list the state in an edition of that date or earlier (a later edition restating it is not yet known then).
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means the latest edition
MATCH (i:Instrument {id: $instrument})<-[:EDITION_OF]-(e:Edition)<-[:SIGNED]-(s:State)
WHERE $as_of IS NULL OR e.date <= date($as_of)
WITH i, s, e ORDER BY e.date, e.number
WITH i, s, collect(e)[0] AS joined
CALL (i, s) {
  MATCH (s)-[sig:SIGNED]->(ed:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR ed.date <= date($as_of)
  MATCH (ev:Evidence {fact_id: sig.fact_id})-[:IN_DOCUMENT]->(d:Document)
  // An undated curated record attests the signature as of its edition's date.
  WHERE $as_of IS NULL OR coalesce(d.date, CASE WHEN ev.origin = 'metadata' THEN ed.date END) <= date($as_of)
  WITH ed, ev, d ORDER BY ev.origin DESC, ed.number, d.date
  RETURN collect({edition: ed.number, edition_date: toString(ed.date), document_id: d.id, document: d.title,
                  document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END, quote: ev.quote, context: ev.context, start: ev.start, end: ev.end, lang: ev.lang,
                  origin: ev.origin, confidence: ev.confidence}) AS evidence
}
RETURN s.iso2 AS iso2, s.name AS name, joined.number AS joined_edition, toString(joined.date) AS joined_date, evidence
ORDER BY name
