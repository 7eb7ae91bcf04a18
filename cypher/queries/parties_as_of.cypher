// name: parties_as_of
// title: Parties of any instrument as of a date, by their own acts, with reported participation beside them
// description: States and organisations that take part in the instrument on the date by their own act: listed in an edition of that date or earlier (signed), or joined or endorsed by their own announcement counting from that date, and not withdrawn since (a withdrawal ends the participation from its date). A third party's report that a party takes part (a curated page, or a text reporting an accession to a known edition) is shown beside, in 'reports', marked; a party known only from reports has status 'reported' and never counts as a party. Each act and report carries its evidence, with the page or document, its address and date; nothing dated after the date is cited. A date known only to the month or year counts from the end of that period.
// param: instrument: string = "pall-mall-code-of-practice"  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything known
MATCH (i:Instrument {id: $instrument})
CALL (i) {
  MATCH (p)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(i) RETURN DISTINCT p
  UNION
  MATCH (p)-[:JOINED|ENDORSED|WITHDREW|REPORTED_AS_PARTY]->(i) RETURN DISTINCT p
  UNION
  MATCH (:Document)-[r:REPORTS]->(:Edition)-[:EDITION_OF]->(i)
  MATCH (p:State) WHERE p.iso2 IN r.states RETURN DISTINCT p
}
CALL (i, p) {
  CALL (i, p) {
    MATCH (p)-[s:SIGNED]->(e:Edition)-[:EDITION_OF]->(i)
    WHERE $as_of IS NULL OR e.date <= date($as_of)
    RETURN 'signed' AS act, e.date AS date, 'day' AS precision, s.fact_id AS fact_id, e.number AS edition, e.date AS edition_date
    UNION ALL
    MATCH (p)-[r:JOINED|ENDORSED|WITHDREW]->(i)
    WHERE $as_of IS NULL OR r.counts_from <= date($as_of)
    RETURN toLower(type(r)) AS act, r.date AS date, r.date_precision AS precision, r.fact_id AS fact_id, null AS edition, null AS edition_date
  }
  CALL (fact_id, edition_date) {
    MATCH (ev:Evidence {fact_id: fact_id})-[:IN_DOCUMENT]->(d:Document)
    WHERE $as_of IS NULL OR coalesce(d.counts_from, d.date, CASE WHEN ev.origin = 'metadata' THEN edition_date END) <= date($as_of)
    RETURN collect({document_id: d.id, document: d.title, source_url: d.source_url, publisher: d.publisher,
                    document_date: toString(d.date), date_precision: d.date_precision, quote: ev.quote, context: ev.context,
                    start: ev.start, end: ev.end, lang: ev.lang, origin: ev.origin}) AS evidence
  }
  WITH act, date, precision, edition, evidence WHERE size(evidence) > 0
  ORDER BY date
  RETURN collect({act: act, date: toString(date), date_precision: precision, edition: edition, evidence: evidence}) AS acts,
         min(CASE WHEN act <> 'withdrew' THEN date END) AS since,
         max(CASE WHEN act <> 'withdrew' THEN date END) AS last_joined,
         max(CASE WHEN act = 'withdrew' THEN date END) AS withdrawn_on,
         count(CASE WHEN act <> 'withdrew' THEN 1 END) AS joins
}
CALL (i, p) {
  CALL (i, p) {
    MATCH (p)-[r:REPORTED_AS_PARTY]->(i)
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
    WHERE $as_of IS NULL OR coalesce(ev.counts_from, d.counts_from, d.date) <= date($as_of)
    RETURN r.says AS says, ev.as_of AS reported_on, ev.as_of_precision AS precision, ev.act_date AS act_date, d, ev
    UNION ALL
    // A text that reports an accession to a known edition ("A, B and C have joined"): a report, never a signature.
    MATCH (d:Document)-[r:REPORTS]->(e:Edition)-[:EDITION_OF]->(i)
    WHERE p.iso2 IN r.states AND ($as_of IS NULL OR d.date <= date($as_of))
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d)
    RETURN 'joined' AS says, d.date AS reported_on, d.date_precision AS precision, e.date AS act_date, d, ev
  }
  WITH says, reported_on, precision, act_date, d, ev ORDER BY reported_on
  RETURN collect({reported: true, says: says, reported_on: toString(reported_on), reported_precision: precision,
                  act_date: toString(act_date), document_id: d.id, document: d.title, source_url: d.source_url,
                  publisher: d.publisher, quote: ev.quote, context: ev.context, start: ev.start, end: ev.end,
                  lang: ev.lang}) AS reports
}
WITH p, acts, reports, since, withdrawn_on,
     CASE WHEN joins > 0 AND (withdrawn_on IS NULL OR withdrawn_on < last_joined) THEN 'party'
          WHEN withdrawn_on IS NOT NULL THEN 'withdrawn'
          WHEN size(reports) > 0 THEN 'reported' END AS status
WHERE status IS NOT NULL
RETURN p.uid AS party, CASE WHEN p:State THEN 'state' ELSE 'organization' END AS party_kind,
       p.iso2 AS iso2, p.key AS key, p.name AS name, p.kind AS organization_kind, status,
       toString(since) AS since, toString(withdrawn_on) AS withdrawn_on, acts, reports
ORDER BY CASE status WHEN 'party' THEN 0 WHEN 'withdrawn' THEN 1 ELSE 2 END, name
