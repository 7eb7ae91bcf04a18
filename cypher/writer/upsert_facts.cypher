// MERGE each fact relationship on its fact_id between two existing nodes.
UNWIND $facts AS f
MATCH (a:Entity {uid: f.from})
MATCH (b:Entity {uid: f.to})
MERGE (a)-[r:$(f.type) {fact_id: f.fact_id}]->(b)
SET r += f.props
