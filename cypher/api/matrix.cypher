// name: matrix
// title: The signatory matrix
// description: States as rows, instruments and the legal acts states took a stance on as
//   columns; one cell per fact of a state: signed (the edition and date it joined, the editions
//   signed up to as_of), joined or endorsed (a state's own act outside an edition's list, as
//   parties_as_of counts it: from the day it counts from, not once a later withdrawal ended it,
//   and only where the state is on no edition's list by then), authored, oppose or support (one
//   spelling of a stance everywhere in the API). Signatures count from their edition's date; a stance from the earliest date it
//   was stated (the date its text reports for it, else its document's date: Evidence.as_of),
//   as stances_as_of does, and an undated statement of a stance holds as of no date; an
//   authorship from its earliest dated document (undated evidence counts always). A cell's
//   date is written at its precision ("2018" for a paper known to the year). Columns and rows
//   are every state and target that has such a fact at any date, so a replay through time
//   keeps the same grid (instruments first, the one with the most states first); a column names an
//   instrument by instrument_id, a legal act by act_id.
//   Cells are built only for facts in force at as_of (signatures filtered before they are
//   collected), and the grid's states and targets are found by existence checks, not by
//   building a cell for every fact at every date and dropping most of them.
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything loaded
CALL () {
  MATCH (s:State)-[r:SIGNED]->(e:Edition)-[:EDITION_OF]->(i:Instrument)
  WHERE $as_of IS NULL OR e.date <= $as_of
  WITH s, i, e, r ORDER BY e.date, e.number
  WITH s, i, collect({number: e.number, date: e.date, fact_id: r.fact_id}) AS editions
  RETURN s.iso2 AS state, i.id AS column, 'signed' AS relation, toString(editions[0].date) AS date,
         editions[0].number AS first_edition, editions[-1].number AS latest_edition, toString(editions[-1].date) AS latest_date,
         [x IN editions | x.number] AS edition_numbers, [x IN editions | x.fact_id] AS fact_ids,
         null AS via, null AS provision
  UNION ALL
  MATCH (s:State)-[r:JOINED|ENDORSED]->(i:Instrument)
  WHERE ($as_of IS NULL OR r.counts_from <= $as_of)
    AND NOT EXISTS { MATCH (s)-[:SIGNED]->(e:Edition)-[:EDITION_OF]->(i) WHERE $as_of IS NULL OR e.date <= $as_of }
    AND NOT EXISTS { MATCH (s)-[w:WITHDREW]->(i) WHERE ($as_of IS NULL OR w.counts_from <= $as_of) AND w.date >= r.date }
  WITH s, i, r ORDER BY r.counts_from
  WITH s, i, collect(r) AS acts
  WITH s, i, acts, acts[0] AS first
  RETURN s.iso2 AS state, i.id AS column, toLower(type(first)) AS relation,
         CASE first.date_precision WHEN 'year' THEN toString(first.date.year) WHEN 'month' THEN left(toString(first.date), 7)
              ELSE toString(first.date) END AS date,
         null AS first_edition, null AS latest_edition, null AS latest_date,
         [] AS edition_numbers, [x IN acts | x.fact_id] AS fact_ids, null AS via, null AS provision
  UNION ALL
  MATCH (s:State)-[r:AUTHORED|OPPOSES|SUPPORTS]->(target)
  WHERE target:Instrument OR target:LegalAct
  CALL (r) {
    OPTIONAL MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    WITH ev, CASE type(r) WHEN 'AUTHORED' THEN d.date ELSE coalesce(ev.as_of, d.date) END AS since,
         CASE type(r) WHEN 'AUTHORED' THEN d.date_precision ELSE coalesce(ev.as_of_precision, d.date_precision) END AS precision
    WHERE $as_of IS NULL OR since IS NULL OR since <= $as_of
    WITH ev, since, precision ORDER BY since
    RETURN head([x IN collect({since: since, precision: precision}) WHERE x.since IS NOT NULL]) AS first,
           count(ev) > count(since) AS has_undated
  }
  WITH s, r, target, first, has_undated
  WHERE $as_of IS NULL OR first IS NOT NULL OR (has_undated AND type(r) = 'AUTHORED')
  RETURN s.iso2 AS state, coalesce(target.id, target.key) AS column,
         CASE type(r) WHEN 'AUTHORED' THEN 'authored' WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END AS relation,
         CASE first.precision WHEN 'year' THEN toString(first.since.year) WHEN 'month' THEN left(toString(first.since), 7)
              ELSE toString(first.since) END AS date,
         null AS first_edition, null AS latest_edition, null AS latest_date,
         [] AS edition_numbers, [r.fact_id] AS fact_ids, r.via AS via, r.provision AS provision
}
WITH state, column, relation, date, first_edition, latest_edition, latest_date, edition_numbers, fact_ids, via, provision
ORDER BY state, relation
WITH collect({state: state, column: column, relation: relation, date: date, first_edition: first_edition,
              latest_edition: latest_edition, latest_date: latest_date, editions: edition_numbers, fact_ids: fact_ids,
              via: via, provision: provision}) AS cells
CALL () {
  CALL () {
    MATCH (t:Instrument)
    WHERE EXISTS { (:State)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(t) } OR EXISTS { (:State)-[:AUTHORED|OPPOSES|SUPPORTS|JOINED|ENDORSED]->(t) }
    RETURN t
    UNION
    MATCH (t:LegalAct) WHERE EXISTS { (:State)-[:AUTHORED|OPPOSES|SUPPORTS]->(t) }
    RETURN t
  }
  OPTIONAL MATCH (e:Edition)-[:EDITION_OF]->(t)
  WHERE $as_of IS NULL OR e.date <= $as_of
  WITH t, e ORDER BY e.date DESC, e.number DESC
  WITH t, head(collect(e)) AS edition
  // Instruments first, the one with the most states' facts first (on a phone the first columns are the
  // ones on screen), then by kind and id: the order does not change with as_of. Counted from the
  // instrument outwards (its relationships, not every state), so it costs the column's own degree.
  WITH t, edition, CASE WHEN t:Instrument THEN COUNT { (:State)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(t) }
                                              + COUNT { (:State)-[:AUTHORED|OPPOSES|SUPPORTS|JOINED|ENDORSED]->(t) } ELSE 0 END AS states
  WITH t, edition ORDER BY CASE WHEN t:Instrument THEN 0 ELSE 1 END, states DESC, t.kind, coalesce(t.id, t.key)
  RETURN collect({instrument_id: CASE WHEN t:Instrument THEN t.id END, act_id: CASE WHEN t:Instrument THEN null ELSE coalesce(t.id, t.key) END,
                  label: coalesce(t.title, t.label, t.name, t.id),
                  short_label: coalesce(t.short_title, t.label, t.title, t.id),
                  type: CASE WHEN t:Instrument THEN 'instrument' ELSE 'legal_act' END, kind: t.kind,
                  date: CASE WHEN t.date IS NULL THEN toString(t.year) WHEN t.date_precision = 'year' THEN toString(t.date.year) ELSE toString(t.date) END,
                  edition: edition.number, edition_date: toString(edition.date), edition_label: edition.label}) AS columns
}
CALL () {
  MATCH (s:State)
  WHERE EXISTS { (s)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(:Instrument) }
     OR EXISTS { (s)-[:AUTHORED|OPPOSES|SUPPORTS]->(t) WHERE t:Instrument OR t:LegalAct }
     OR EXISTS { (s)-[:JOINED|ENDORSED]->(:Instrument) }
  WITH s ORDER BY s.name
  // EU membership is dated (loaders/data/eu_membership.yaml): a member on as_of, else today.
  RETURN collect(s {.iso2, .name, eu_member: CASE WHEN s.eu_joined IS NULL THEN s.eu_member ELSE s.eu_joined <= coalesce($as_of, date()) AND coalesce(coalesce($as_of, date()) <= s.eu_left, true) END}) AS rows
}
RETURN $as_of AS as_of, columns, rows, cells
