// name: entity_exists
// title: Whether a named query's subject exists
// description: True when the graph holds the instrument, legal act, state, act or topic (a
//   template's target) or fact a named query was asked about; run only after an empty answer
//   (for a list of instruments: always, one id at a time), to tell "none" (200) from "no such id" (404).
// param: kind: string  -- instrument, act, state, target or fact
// param: id: string
RETURN CASE $kind
  WHEN 'instrument' THEN EXISTS { MATCH (:Instrument {id: $id}) }
  WHEN 'act' THEN EXISTS { MATCH (:LegalAct {id: $id}) }
  WHEN 'state' THEN EXISTS { MATCH (:State {iso2: toUpper($id)}) }
  WHEN 'target' THEN EXISTS { MATCH (:LegalAct {id: $id}) } OR EXISTS { MATCH (:Topic {id: $id}) }
  WHEN 'fact' THEN EXISTS { MATCH (:Evidence {fact_id: $id}) }
END AS found
