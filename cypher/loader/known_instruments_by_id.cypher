// The instruments of $ids as placement knew them when it last placed a document in each
// (the same values as known_instruments.cypher, for a few instruments): a load run keeps
// the details of a bounded number of instruments in memory and reads the others back by
// id when a document is compared with them (loaders/stored_instruments.py).
UNWIND $ids AS wanted
MATCH (i:Instrument {id: wanted})
WHERE i.placement_rank IS NOT NULL
CALL (i) {
  OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(i)
  WHERE e.placement_position IS NOT NULL
  WITH e ORDER BY e.placement_position
  RETURN collect(CASE WHEN e IS NULL THEN null
                      ELSE {id: e.id, number: e.number, date: e.placement_date, signatories: e.placement_signatories} END) AS editions
}
RETURN i.id AS id, i.placement_title AS title, i.placement_kind AS kind, i.placement_titles AS titles,
       i.placement_commitments AS commitment_count, i.placement_references AS references,
       i.placement_rank AS rank, editions
