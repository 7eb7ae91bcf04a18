// One Evidence node per (fact, document, span), pointing at its document.
MATCH (d:Document {id: $document_id})
UNWIND $evidence AS e
MERGE (ev:Evidence {id: e.id})
SET ev += e.props
MERGE (ev)-[:IN_DOCUMENT]->(d)
