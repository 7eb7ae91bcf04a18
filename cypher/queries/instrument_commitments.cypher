// name: instrument_commitments
// title: Commitments of an instrument in a language
// description: The pledges of an instrument, aligned by ordinal, in one language (or all languages when none is given), with the passage each was read from, the kinds of party each is addressed to (governments, companies, online service providers, civil society) and the acts and topics it concerns.
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: lang: string? = null  -- ISO 639-1 code, e.g. en, pl, lv; null means every language
MATCH (i:Instrument {id: $instrument})-[:HAS_COMMITMENT]->(c:Commitment)-[r:IN_LANGUAGE]->(t:CommitmentText)
WHERE $lang IS NULL OR t.lang = $lang
CALL (r) {
  MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
  RETURN collect({document_id: d.id, document: d.title, quote: ev.quote, context: ev.context, start: ev.start, end: ev.end, lang: ev.lang}) AS evidence
}
CALL (c) {
  OPTIONAL MATCH (c)-[:ADDRESSED_TO]->(k:PartyKind)
  RETURN collect(DISTINCT k.id) AS addressed_to
}
CALL (c) {
  OPTIONAL MATCH (c)-[:CONCERNS]->(x)
  WITH x WHERE x IS NOT NULL
  RETURN collect(DISTINCT {kind: CASE WHEN x:Topic THEN 'topic' ELSE 'legal_act' END, id: x.id, label: coalesce(x.label, x.id)}) AS concerns
}
RETURN c.ordinal AS ordinal, t.lang AS lang, t.text AS text, evidence, addressed_to, concerns
ORDER BY ordinal, lang
