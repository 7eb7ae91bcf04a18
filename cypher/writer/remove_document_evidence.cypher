// First step of replacing a changed document: drop its evidence and report which facts
// it had supported, so facts left without any evidence can be removed.
MATCH (d:Document {id: $document_id})<-[:IN_DOCUMENT]-(ev:Evidence)
WITH collect(ev) AS evs, collect(DISTINCT {fact_id: ev.fact_id, from: ev.from_uid, to: ev.to_uid}) AS facts
FOREACH (ev IN evs | DETACH DELETE ev)
RETURN facts
