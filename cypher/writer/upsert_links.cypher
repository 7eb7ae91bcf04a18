// Structural relationships (EDITION_OF, HAS_COMMITMENT): no evidence of their own.
UNWIND $links AS l
MATCH (a:Entity {uid: l.from})
MATCH (b:Entity {uid: l.to})
MERGE (a)-[r:$(l.type)]->(b)
SET r += l.props
