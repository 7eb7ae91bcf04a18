// The instruments placement knows, as it knew them when it last placed a document in each
// (written with the placement by cypher/writer/upsert_known.cypher): titles, commitment
// count, cited acts, editions with their signatories, in the order a run came to know
// them. A rerun after a crash so compares the next document with exactly what an
// uninterrupted run holds in memory. Instruments no document was placed in (curated ones
// whose documents have not come yet) are not in a run's memory, so not here either.
MATCH (i:Instrument)
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
ORDER BY i.placement_rank
