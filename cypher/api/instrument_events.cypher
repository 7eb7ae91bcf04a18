// name: instrument_events
// title: Dated events of an instrument, for a timeline
// description: The editions of an instrument (date, label, signatory count, who joined, with
//   the evidence of each joiner's signature), the documents that express or report it, its
//   authors and the stances taken by, on or via it, and the dated legal acts those stances
//   target or that descend from them (BECAME, REPLACES, GUIDELINES_UNDER). Participation that
//   is not a signature in an edition's list is on it too, so an instrument known only from
//   pages about it has a timeline: a party's own act (joined, endorsed, withdrew: its own
//   announcement), participation a third party reports (reported: never a party, shown
//   beside), and the counts sources state (claim). One row per event; undated events come
//   last. As of a date, nothing postdates it, by the rules of the named queries: editions and
//   acts by their date, documents by theirs (an undated one by the edition it expresses),
//   authors by their earliest dated document (undated evidence counts always, as on the
//   matrix), stances by the earliest date they were stated (Evidence.as_of, else the
//   document's date; an undated statement holds as of no date), own acts and reports and
//   claims from the day they count from (a date known to the month or year counts from the
//   end of that period, as in parties_as_of, and is placed there in the order). Dates are
//   written at their precision ("2018" for a document known to the year); actor_names are the
//   actors' names, in the same order.
// param: instrument: string  -- instrument id
// param: as_of: date? = null  -- YYYY-MM-DD; null means everything loaded
MATCH (i:Instrument {id: $instrument})
CALL (i) {
  MATCH (e:Edition)-[:EDITION_OF]->(i)
  WHERE $as_of IS NULL OR e.date <= $as_of
  OPTIONAL MATCH (s)-[signed:SIGNED]->(e)
  WITH e, collect(CASE WHEN s IS NOT NULL THEN {party: s, fact_id: signed.fact_id} END) AS listed
  CALL (e, listed) {
    UNWIND listed AS entry
    WITH entry.party AS p, entry.fact_id AS fact_id WHERE NOT EXISTS {
      MATCH (p)-[:SIGNED]->(prev:Edition)-[:EDITION_OF]->(:Instrument {id: e.instrument_id})
      WHERE prev.date < e.date OR (prev.date = e.date AND prev.number < e.number)
    }
    WITH p, fact_id ORDER BY coalesce(p.iso2, p.key)
    RETURN collect(coalesce(p.iso2, p.key)) AS joined, collect(coalesce(p.name, p.iso2, p.key)) AS joined_names,
           collect(fact_id) AS joined_facts
  }
  RETURN 'edition' AS kind, e.date AS date, 'day' AS precision, 'Edition ' + toString(e.number) AS title, e.label AS detail,
         e.id AS ref, coalesce(e.signatory_count, size(listed)) AS count, joined AS actors, joined_names AS actor_names,
         joined_facts AS fact_ids
  UNION ALL
  MATCH (d:Document)-[r:EXPRESSES|REPORTS]->(x)
  WHERE (x = i OR (x:Edition AND x.instrument_id = i.id))
    AND ($as_of IS NULL OR coalesce(d.date, x.date) <= $as_of)
  RETURN 'document' AS kind, d.date AS date, d.date_precision AS precision, d.title AS title,
         d.kind + CASE WHEN size(coalesce(d.languages, [])) > 0 THEN ' · ' + reduce(s = '', l IN d.languages | s + CASE s WHEN '' THEN '' ELSE ', ' END + l) ELSE '' END AS detail,
         d.id AS ref, null AS count, [] AS actors, [] AS actor_names, collect(r.fact_id) AS fact_ids
  UNION ALL
  MATCH (a)-[r:AUTHORED]->(i)
  CALL (r) {
    OPTIONAL MATCH (ev:Evidence {fact_id: r.fact_id})
    OPTIONAL MATCH (ev)-[:IN_DOCUMENT]->(d:Document)
    WITH ev, d WHERE $as_of IS NULL OR d.date IS NULL OR d.date <= $as_of
    WITH ev, d ORDER BY d.date
    RETURN head([x IN collect(d) WHERE x.date IS NOT NULL]) AS first, count(ev) > count(d.date) AS has_undated
  }
  WITH r, a, first, has_undated
  WHERE $as_of IS NULL OR first IS NOT NULL OR has_undated
  WITH first.date AS first_attested, first.date_precision AS precision,
       collect(coalesce(a.iso2, a.key)) AS actors, collect(coalesce(a.name, a.iso2, a.key)) AS actor_names, collect(r.fact_id) AS fact_ids
  RETURN 'authored' AS kind, first_attested AS date, precision, 'Authored by ' + toString(size(actors)) AS title, null AS detail,
         null AS ref, size(actors) AS count, actors, actor_names, fact_ids
  UNION ALL
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t)
  WHERE a = i OR t = i OR r.via = i.id
  CALL (r) {
    MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
    WITH coalesce(ev.as_of, d.date) AS since, coalesce(ev.as_of_precision, d.date_precision) AS precision
    WHERE since IS NOT NULL AND ($as_of IS NULL OR since <= $as_of)
    WITH since, precision ORDER BY since
    RETURN head(collect({since: since, precision: precision})) AS first
  }
  WITH a, r, t, first
  WHERE $as_of IS NULL OR first IS NOT NULL
  WITH type(r) AS predicate, t, r.via AS via, first.since AS first_stated, first.precision AS precision,
       collect(coalesce(a.iso2, a.key, a.id)) AS actors, collect(coalesce(a.name, a.title, a.label, a.iso2, a.key, a.id)) AS actor_names,
       collect(r.fact_id) AS fact_ids
  RETURN CASE predicate WHEN 'OPPOSES' THEN 'oppose' ELSE 'support' END AS kind, first_stated AS date, precision,
         CASE predicate WHEN 'OPPOSES' THEN 'Opposed: ' ELSE 'Supported: ' END + coalesce(t.label, t.title, t.name, t.id) AS title,
         CASE WHEN via IS NULL THEN null ELSE 'via ' + via END AS detail,
         coalesce(t.id, t.key) AS ref, size(actors) AS count, actors, actor_names, fact_ids
  UNION ALL
  MATCH (a)-[r:OPPOSES|SUPPORTS]->(t:LegalAct)
  WHERE a = i OR r.via = i.id
  WITH DISTINCT t
  MATCH (t)-[:BECAME|REPLACES|RECASTS|GUIDELINES_UNDER*0..3]-(act:LegalAct)
  WHERE act.date IS NOT NULL AND ($as_of IS NULL OR act.date <= $as_of)
  WITH DISTINCT act
  RETURN 'act' AS kind, act.date AS date, coalesce(act.date_precision, 'day') AS precision, act.label AS title,
         act.kind AS detail, act.id AS ref, null AS count, [] AS actors, [] AS actor_names, [] AS fact_ids
  UNION ALL
  // A party's own act about the instrument, outside an edition's list: joined, endorsed, withdrew.
  MATCH (p)-[r:JOINED|ENDORSED|WITHDREW]->(i)
  WHERE ($as_of IS NULL OR r.counts_from <= $as_of)
    AND EXISTS {
      MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
      WHERE $as_of IS NULL OR coalesce(d.counts_from, d.date) <= $as_of
    }
  WITH type(r) AS predicate, r.date AS date, r.date_precision AS precision, p, r ORDER BY coalesce(p.iso2, p.key)
  WITH predicate, date, precision, collect(coalesce(p.iso2, p.key)) AS actors,
       collect(coalesce(p.name, p.iso2, p.key)) AS actor_names, collect(r.fact_id) AS fact_ids
  RETURN toLower(predicate) AS kind, date, precision,
         CASE predicate WHEN 'JOINED' THEN 'Joined' WHEN 'ENDORSED' THEN 'Endorsed' ELSE 'Withdrew' END AS title,
         null AS detail, null AS ref, size(actors) AS count, actors, actor_names, fact_ids
  UNION ALL
  // A third party says a party takes part: a report, never counted as a party. One event per page and what it says.
  MATCH (p)-[r:REPORTED_AS_PARTY]->(i)
  MATCH (ev:Evidence {fact_id: r.fact_id})-[:IN_DOCUMENT]->(d:Document)
  WHERE $as_of IS NULL OR coalesce(ev.counts_from, d.counts_from, d.date) <= $as_of
  WITH DISTINCT p, r, d, coalesce(ev.as_of, d.date) AS date, coalesce(ev.as_of_precision, d.date_precision) AS precision
  WITH p, r, d, date, precision ORDER BY coalesce(p.iso2, p.key)
  WITH r.says AS says, d, date, precision, collect(coalesce(p.iso2, p.key)) AS actors,
       collect(coalesce(p.name, p.iso2, p.key)) AS actor_names, collect(r.fact_id) AS fact_ids
  RETURN 'reported' AS kind, date, precision, 'Reported as ' + says AS title, d.title AS detail, d.id AS ref, size(actors) AS count,
         actors, actor_names, fact_ids
  UNION ALL
  // A count of the instrument's parties as a source states it; sources disagree, so each is its own event.
  MATCH (i)<-[:ABOUT]-(c:Claim)<-[cl:CLAIMS]-(d:Document)
  WHERE $as_of IS NULL OR c.known_from <= $as_of
  RETURN 'claim' AS kind, coalesce(c.as_of, d.date) AS date, coalesce(c.as_of_precision, d.date_precision) AS precision,
         'Counted: ' + CASE c.qualifier WHEN 'over' THEN 'over ' WHEN 'at_least' THEN 'at least ' WHEN 'about' THEN 'about ' ELSE '' END
           + toString(c.count) + ' ' + CASE c.what WHEN 'attending_states' THEN 'states attending' ELSE c.what END AS title,
         d.title AS detail, d.id AS ref, c.count AS count, [] AS actors, [] AS actor_names,
         collect(cl.fact_id) AS fact_ids
}
WITH kind, date, precision, title, detail, ref, count, actors, actor_names, fact_ids,
     // Participation known to a month or year counts from the end of it (parties_as_of), so it sits there too:
     // the running count of parties on the page then agrees with the parties as of any date.
     CASE WHEN kind IN ['joined', 'endorsed', 'withdrew', 'reported', 'claim'] AND precision = 'year' THEN date({year: date.year, month: 12, day: 31})
          WHEN kind IN ['joined', 'endorsed', 'withdrew', 'reported', 'claim'] AND precision = 'month'
            THEN date.truncate('month', date) + duration({months: 1}) - duration({days: 1})
          ELSE date END AS placed
ORDER BY placed IS NULL, placed, CASE kind WHEN 'edition' THEN 0 WHEN 'document' THEN 1 ELSE 2 END, title, detail
RETURN kind, CASE precision WHEN 'year' THEN toString(date.year) WHEN 'month' THEN left(toString(date), 7) ELSE toString(date) END AS date,
       title, detail, ref, count, actors, actor_names, fact_ids
