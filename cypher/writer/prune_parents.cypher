// The instruments above touched editions and commitments: pruned after their children.
UNWIND $uids AS u
MATCH (n:Entity {uid: u})
OPTIONAL MATCH (n)-[:EDITION_OF]->(i1:Instrument)
OPTIONAL MATCH (i2:Instrument)-[:HAS_COMMITMENT]->(n)
WITH collect(DISTINCT i1.uid) + collect(DISTINCT i2.uid) AS parents
UNWIND parents AS p
RETURN collect(DISTINCT p) AS parents
