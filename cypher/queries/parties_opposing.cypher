// name: parties_opposing
// title: Parties of any instrument that opposed an act or a topic elsewhere
// description: The "said the opposite elsewhere" template, for any instrument and any act or topic. Parties (states and organisations) that took part in the instrument on the date by their own act (listed in an edition, joined or endorsed; not withdrawn since), and that in a dated document opposed the act (or an act in its lineage: the proposal that became it, the act it recast or replaced) or any act concerning the topic. Both dates are shown (when the party signed, when the opposition holds as of) with the evidence for each half, none from a document dated after the date, and the instrument's commitments (or the instrument itself) that concern the act or topic. With the spyware statement and Regulation (EU) 2021/821 it is the headline question (signatories_opposing_export_rules).
// param: instrument: string = "spyware-joint-statement"  -- instrument id
// param: target: string = "celex:32021R0821"  -- a legal act id (celex:...) or a topic id (export-controls)
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything known
MATCH (i:Instrument {id: $instrument})
CALL (i) {
  MATCH (p)-[s:SIGNED]->(e:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR e.date <= date($as_of)
  RETURN p, 'signed' AS act, e.date AS date, s.fact_id AS fact_id, e.number AS edition, e.date AS edition_date
  UNION ALL
  MATCH (p)-[r:JOINED|ENDORSED]->(i)
  WHERE $as_of IS NULL OR r.counts_from <= date($as_of)
  RETURN p, toLower(type(r)) AS act, r.date AS date, r.fact_id AS fact_id, null AS edition, null AS edition_date
}
WITH i, p, act, date, fact_id, edition, edition_date ORDER BY date, edition
WITH i, p, collect({act: act, date: date, fact_id: fact_id, edition: edition, edition_date: edition_date}) AS acts
WHERE NOT EXISTS {
  MATCH (p)-[w:WITHDREW]->(i)
  WHERE ($as_of IS NULL OR w.counts_from <= date($as_of)) AND w.date >= acts[size(acts) - 1].date
}
MATCH (p)-[op:OPPOSES]->(act:LegalAct)
WHERE act.id = $target
   OR EXISTS { MATCH (act)-[:BECAME|RECASTS|REPLACES*1..3]-(t:LegalAct {id: $target}) }
   OR EXISTS { MATCH (act)-[:CONCERNS]->(:Topic {id: $target}) }
   OR EXISTS { MATCH (act)-[:BECAME|RECASTS|REPLACES*1..3]-(:LegalAct)-[:CONCERNS]->(:Topic {id: $target}) }
CALL (op) {
  MATCH (ev:Evidence {fact_id: op.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WHERE $as_of IS NULL OR coalesce(ev.as_of, d.date) <= date($as_of)
  WITH ev, d ORDER BY coalesce(ev.as_of, d.date)
  RETURN collect({document_id: d.id, document: d.title, source_url: d.source_url,
                  as_of: toString(coalesce(ev.as_of, d.date)), as_of_precision: coalesce(ev.as_of_precision, d.date_precision),
                  quote: ev.quote, context: ev.context, start: ev.start, end: ev.end, lang: ev.lang, origin: ev.origin}) AS opposition_evidence
}
WITH i, p, acts, op, act, opposition_evidence WHERE size(opposition_evidence) > 0
CALL (acts) {
  UNWIND acts AS a
  MATCH (ev:Evidence {fact_id: a.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WHERE $as_of IS NULL OR coalesce(d.counts_from, d.date, CASE WHEN ev.origin = 'metadata' THEN a.edition_date END) <= date($as_of)
  WITH a, ev, d ORDER BY ev.origin DESC, a.date, d.date
  RETURN collect({act: a.act, edition: a.edition, act_date: toString(a.date), document_id: d.id, document: d.title,
                  source_url: d.source_url, document_date: toString(d.date), quote: ev.quote, context: ev.context,
                  start: ev.start, end: ev.end, lang: ev.lang, origin: ev.origin}) AS signing_evidence
}
CALL (i) {
  OPTIONAL MATCH (x)-[:CONCERNS]->(t)
  WHERE (x = i OR (i)-[:HAS_COMMITMENT]->(x))
    AND ((t:Topic AND t.id = $target) OR (t:LegalAct AND t.id = $target)
         OR (t:Topic AND EXISTS { MATCH (:LegalAct {id: $target})-[:BECAME|RECASTS|REPLACES*0..3]-(:LegalAct)-[:CONCERNS]->(t) }))
  RETURN collect(DISTINCT coalesce(x.id, x.uid)) AS concerning
}
WITH p, acts, op, act, opposition_evidence, signing_evidence, concerning,
     opposition_evidence[0].as_of AS opposed_as_of, toString(acts[0].date) AS signed_on
RETURN p.uid AS party, CASE WHEN p:State THEN 'state' ELSE 'organization' END AS party_kind, p.iso2 AS iso2,
       p.name AS name, acts[0].act AS act, acts[0].edition AS joined_edition, signed_on,
       act.id AS opposed_act, act.label AS opposed_label, op.provision AS provision, op.via AS via, opposed_as_of,
       CASE WHEN opposed_as_of < signed_on THEN 'opposed before signing' ELSE 'opposed after signing' END AS order,
       concerning, signing_evidence, opposition_evidence
ORDER BY name, opposed_act
