// name: fact_evidence
// title: Documents that attest a fact
// description: Every passage, in every document, that supports one fact (a signature, stance, commitment, citation or mention), with the document's language, date and source. Conflicting or repeated attestations appear side by side.
// param: fact_id: string  -- the fact_id carried by a relationship, e.g. from another query's output
MATCH (ev:Evidence {fact_id: $fact_id})-[:IN_DOCUMENT]->(d:Document)
OPTIONAL MATCH (run:LoadRun)-[:LOADED]->(d)
WITH ev, d, run ORDER BY run.started_at DESC
WITH ev, d, collect(run)[0] AS last_run
RETURN ev.fact_type AS fact_type, ev.from_uid AS subject, ev.to_uid AS object, d.id AS document_id, d.title AS document,
       d.kind AS kind, CASE d.date_precision WHEN 'year' THEN toString(d.date.year) WHEN 'month' THEN left(toString(d.date), 7) ELSE toString(d.date) END AS document_date, d.source_url AS source_url, d.languages AS languages,
       ev.quote AS quote, ev.context AS context, ev.start AS start, ev.end AS end, ev.lang AS lang, ev.origin AS origin,
       ev.confidence AS confidence, ev.extractor AS extractor, ev.extractor_version AS extractor_version,
       last_run.id AS load_run, last_run.started_at AS loaded_at
ORDER BY document_date, document_id, start
