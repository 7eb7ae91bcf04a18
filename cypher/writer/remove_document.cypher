// Last step of removing a document (a file now excluded by metadata): its language blocks
// and its node. Its evidence, the facts only it supported and its placement are removed
// before, by remove_document_evidence, remove_orphan_facts and remove_placement.
MATCH (d:Document {id: $document_id})
OPTIONAL MATCH (d)-[:HAS_BLOCK]->(b:LanguageBlock)
WITH d, collect(b) AS blocks
FOREACH (b IN blocks | DETACH DELETE b)
DETACH DELETE d
RETURN count(*) AS removed
