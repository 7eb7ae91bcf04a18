// Write a document node and replace its language blocks. $document holds every property
// (a property set to null is removed), so a changed document carries no stale values.
MERGE (d:Entity {uid: $uid})
SET d:Document
SET d = $document
SET d.uid = $uid
WITH d
OPTIONAL MATCH (d)-[:HAS_BLOCK]->(old:LanguageBlock)
DETACH DELETE old
WITH DISTINCT d
UNWIND $blocks AS b
CREATE (d)-[:HAS_BLOCK]->(:LanguageBlock {id: b.id, lang: b.lang, start: b.start, end: b.end, confidence: b.confidence})
