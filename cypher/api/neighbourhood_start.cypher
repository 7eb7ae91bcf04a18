// name: neighbourhood_start
// title: The node a neighbourhood starts from
// description: Finds a node by its natural key (iso2, key or id, whichever its label uses),
//   through the uniqueness constraints rather than a scan.
// param: id: string
CALL () {
  MATCH (n:State {iso2: $id}) RETURN n
  UNION MATCH (n:Organization {key: $id}) RETURN n
  UNION MATCH (n:Person {key: $id}) RETURN n
  UNION MATCH (n:Product {key: $id}) RETURN n
  UNION MATCH (n:Instrument {id: $id}) RETURN n
  UNION MATCH (n:Edition {id: $id}) RETURN n
  UNION MATCH (n:Document {id: $id}) RETURN n
  UNION MATCH (n:Commitment {id: $id}) RETURN n
  UNION MATCH (n:LegalAct {id: $id}) RETURN n
}
RETURN n.uid AS uid, [l IN labels(n) WHERE l <> 'Entity'] AS labels, coalesce(n.iso2, n.key, n.id) AS key,
       coalesce(n.name, n.title, n.label, n.id) AS caption,
       CASE n.date_precision WHEN 'year' THEN toString(n.date.year) WHEN 'month' THEN left(toString(n.date), 7) ELSE toString(n.date) END AS date
LIMIT 1
