// Delete fact relationships that no Evidence supports any more; facts still attested by
// another document stay. Returns the nodes those facts touched, for pruning.
UNWIND $facts AS f
WITH f WHERE NOT EXISTS { MATCH (:Evidence {fact_id: f.fact_id}) }
MATCH (a:Entity {uid: f.from})-[r {fact_id: f.fact_id}]->(b:Entity {uid: f.to})
DELETE r
WITH collect(DISTINCT f.from) + collect(DISTINCT f.to) AS touched
UNWIND touched AS uid
RETURN collect(DISTINCT uid) AS touched
