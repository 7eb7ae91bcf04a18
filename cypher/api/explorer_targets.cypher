// name: explorer_targets
// title: What a "signed X, opposed it elsewhere" question can be about
// description: The legal acts someone opposed, and the acts in their lineage (the proposal that
//   became a regulation, the act it recast or replaced), since parties_opposing follows that
//   lineage; then every topic an act, an instrument or a commitment concerns. For the explorer's
//   act-or-topic picker, so the page names no act or topic of its own.
CALL () {
  MATCH (opposed:LegalAct) WHERE EXISTS { ()-[:OPPOSES]->(opposed) }
  OPTIONAL MATCH (opposed)-[:BECAME|RECASTS|REPLACES*1..3]-(kin:LegalAct)
  WITH collect(opposed) + collect(kin) AS acts
  UNWIND acts AS a
  WITH DISTINCT a
  RETURN 'act' AS type, a.id AS id, a.label AS label, a.kind AS kind
  UNION
  MATCH (t:Topic) WHERE EXISTS { ()-[:CONCERNS]->(t) }
  RETURN 'topic' AS type, t.id AS id, t.label AS label, null AS kind
}
RETURN type, id, label, kind
ORDER BY type, label
LIMIT 500
