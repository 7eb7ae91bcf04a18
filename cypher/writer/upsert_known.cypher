// What placement knows of a document's instrument and edition once it has placed it
// (loaders/identity.py placement_inputs), written beside the placement in the same
// transaction: a later run reads exactly this back (cypher/loader/known_instruments.cypher)
// rather than deriving it from facts that other documents and curated metadata also write.
WITH $known AS k
MATCH (i:Entity {uid: k.instrument_uid})
MATCH (e:Entity {uid: k.edition_uid})
SET i.placement_rank = k.rank, i.placement_title = k.title, i.placement_kind = k.kind,
    i.placement_titles = k.titles, i.placement_commitments = k.commitments,
    i.placement_references = k.references,
    e.placement_position = k.position, e.placement_date = k.date, e.placement_signatories = k.signatories
