// name: stances_as_of
// title: Who supported or opposed an act, as of a date
// description: States and organisations with a stance on the act, or on an act of its lineage (the proposal that became it, the act it recast or replaced), counting only what was stated on or before the date. A stance holds as of the document that states it, or as of the date that document reports for it (a paper of 2018 reported in 2024); each row gives the earliest such date and the passages, newest last.
// param: act: string = "celex:32021R0821"  -- the act, e.g. celex:32021R0821 (Regulation (EU) 2021/821)
// param: stance: string = "oppose"  -- oppose or support
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything known
MATCH (target:LegalAct {id: $act})
MATCH (actor)-[r:OPPOSES|SUPPORTS]->(act:LegalAct)
WHERE type(r) = CASE toLower($stance) WHEN 'support' THEN 'SUPPORTS' ELSE 'OPPOSES' END
  AND (actor:State OR actor:Organization)
  AND (act = target OR EXISTS { (act)-[:BECAME|RECASTS|REPLACES*1..3]-(target) })
CALL (r) {
  MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WITH ev, d, coalesce(ev.as_of, d.date) AS since
  WHERE $as_of IS NULL OR since <= date($as_of)  // an undated statement holds as of no date
  WITH ev, d, since, CASE coalesce(ev.as_of_precision, d.date_precision) WHEN 'year' THEN toString(since.year) WHEN 'month' THEN left(toString(since), 7) ELSE toString(since) END AS since_text ORDER BY since
  RETURN head(collect(since_text)) AS since,
         collect({document_id: d.id, document: d.title, document_date: CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END, as_of: since_text,
                  quote: ev.quote, context: ev.context, start: ev.start, end: ev.end, lang: ev.lang,
                  confidence: ev.confidence, extractor: ev.extractor}) AS evidence
}
WITH actor, r, act, since, evidence WHERE size(evidence) > 0
RETURN CASE WHEN actor:State THEN 'state' ELSE 'organization' END AS actor_kind,
       coalesce(actor.iso2, actor.key) AS actor_key, actor.name AS actor_name,
       CASE type(r) WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END AS stance, act.id AS act_id, act.label AS act_label, r.via AS via, r.reported AS reported,
       since, evidence
ORDER BY actor_kind DESC, actor_name, act_id
