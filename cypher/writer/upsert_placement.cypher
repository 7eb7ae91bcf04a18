// Record how the document was placed in an instrument and edition, so a wrong merge can
// be seen (method, confidence, the scores behind it) and undone with a metadata pin.
MATCH (d:Document {id: $document_id})
MERGE (m:MergeDecision {id: $document_id})
SET m += $props
MERGE (m)-[:PLACED]->(d)
