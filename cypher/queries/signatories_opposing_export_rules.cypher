// name: signatories_opposing_export_rules
// title: Signatories that also opposed stricter EU export rules
// description: States that had signed the instrument on the date and that opposed the EU export-control act (or the proposal that became it, or the act it recast), with the evidence for both halves: the passages that show the signature, and the passages that report the opposition, none from a document dated after the date. An opposition counts from the date it holds as of: the date the attesting document reports for it, else that document's date.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: act: string = "celex:32021R0821"  -- the act whose stricter rules were opposed (Regulation (EU) 2021/821, the dual-use recast)
// param: as_of: date? = null  -- YYYY-MM-DD; null means the latest edition
MATCH (target:LegalAct {id: $act})
MATCH (i:Instrument {id: $instrument})<-[:EDITION_OF]-(e:Edition)<-[:SIGNED]-(s:State)
WHERE $as_of IS NULL OR e.date <= date($as_of)
WITH target, i, s, e ORDER BY e.date, e.number
WITH target, i, s, collect(e)[0] AS joined
MATCH (s)-[op:OPPOSES]->(act:LegalAct)
WHERE act = target OR EXISTS { (act)-[:BECAME|RECASTS|REPLACES*1..3]-(target) }
CALL (op) {
  MATCH (ev:Evidence {fact_id: op.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WHERE $as_of IS NULL OR coalesce(ev.as_of, d.date) <= date($as_of)  // an undated report holds as of no date
  RETURN collect({document_id: d.id, document: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END, date_precision: d.date_precision, as_of: CASE coalesce(ev.as_of_precision, d.date_precision) WHEN 'year' THEN toString(coalesce(ev.as_of, d.date).year) WHEN 'month' THEN left(toString(coalesce(ev.as_of, d.date)), 7) ELSE toString(coalesce(ev.as_of, d.date)) END,
                  quote: ev.quote, context: ev.context, start: ev.start, end: ev.end, lang: ev.lang, origin: ev.origin,
                  confidence: ev.confidence}) AS opposition_evidence
}
WITH i, s, joined, op, act, opposition_evidence WHERE size(opposition_evidence) > 0
OPTIONAL MATCH (paper:Instrument {id: op.via})
CALL (i, s) {
  MATCH (s)-[sig:SIGNED]->(ed:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR ed.date <= date($as_of)
  MATCH (ev:Evidence {fact_id: sig.fact_id})-[:IN_DOCUMENT]->(d:Document)
  // An undated curated record attests the signature as of its edition's date.
  WHERE $as_of IS NULL OR coalesce(d.date, CASE WHEN ev.origin = 'metadata' THEN ed.date END) <= date($as_of)
  WITH ed, ev, d ORDER BY ev.origin DESC, ed.number, d.date
  RETURN collect({edition: ed.number, edition_date: toString(ed.date), document_id: d.id, document: d.title,
                  document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END, quote: ev.quote, context: ev.context, start: ev.start, end: ev.end, lang: ev.lang,
                  origin: ev.origin, confidence: ev.confidence}) AS signing_evidence
}
RETURN s.iso2 AS iso2, s.name AS name, joined.number AS joined_edition, toString(joined.date) AS joined_date,
       act.id AS opposed_act, act.label AS opposed_label, op.provision AS provision,
       paper.id AS via, paper.title AS via_title,
       signing_evidence, opposition_evidence
ORDER BY name
