// name: joined_between_editions
// title: Who joined between two editions
// description: States listed in the later edition of an instrument that no edition up to the earlier one listed, with the evidence of their signature in the later edition.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: from_edition: int = 1  -- the earlier edition number
// param: to_edition: int = 3  -- the later edition number
MATCH (i:Instrument {id: $instrument})<-[:EDITION_OF]-(later:Edition {number: $to_edition})<-[sig:SIGNED]-(s:State)
WHERE NOT EXISTS {
  MATCH (s)-[:SIGNED]->(earlier:Edition)-[:EDITION_OF]->(i) WHERE earlier.number <= $from_edition
}
OPTIONAL MATCH (s)-[:SIGNED]->(mid:Edition)-[:EDITION_OF]->(i) WHERE mid.number > $from_edition AND mid.number <= $to_edition
WITH i, s, sig, later, min(mid.number) AS joined_edition, min(mid.date) AS joined_date
CALL (sig) {
  MATCH (ev:Evidence {fact_id: sig.fact_id})-[:IN_DOCUMENT]->(d:Document)
  RETURN collect({document_id: d.id, document: d.title, quote: ev.quote, context: ev.context, start: ev.start, end: ev.end,
                  lang: ev.lang, origin: ev.origin}) AS evidence
}
RETURN s.iso2 AS iso2, s.name AS name, joined_edition, toString(joined_date) AS joined_date, evidence
ORDER BY joined_date, name
