// MERGE every node on its uid, add its specific label, and keep the union of the
// names it has been seen under (lang:name). `fill` properties are set only where missing
// (a document's wording of an act never replaces the curated label).
UNWIND $nodes AS n
MERGE (x:Entity {uid: n.uid})
SET x:$(n.label)
SET x += n.props
SET x.names = CASE
  WHEN size(n.names) = 0 THEN x.names
  ELSE reduce(acc = coalesce(x.names, []), nm IN n.names | CASE WHEN nm IN acc THEN acc ELSE acc + nm END)
END
WITH x, n
CALL (x, n) {
  UNWIND keys(n.fill) AS k
  SET x[k] = coalesce(x[k], n.fill[k])
}
