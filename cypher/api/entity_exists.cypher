// name: entity_exists
// title: Whether a named query's subject exists
// description: True when the graph holds the instrument, legal act or state a named query was
//   asked about; run only after an empty answer, to tell "none" (200) from "no such id" (404).
// param: kind: string  -- instrument, act or state
// param: id: string
RETURN CASE $kind
  WHEN 'instrument' THEN EXISTS { MATCH (:Instrument {id: $id}) }
  WHEN 'act' THEN EXISTS { MATCH (:LegalAct {id: $id}) }
  WHEN 'state' THEN EXISTS { MATCH (:State {iso2: toUpper($id)}) }
END AS found
