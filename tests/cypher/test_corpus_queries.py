"""The named queries on the starting corpus: the answers CATALOG.md says the graph must give."""

from __future__ import annotations

import datetime as dt

import pytest

from graph.named_queries import load_named_queries

QUERIES = load_named_queries()


def run(driver, name, **params):
    q = QUERIES[name]
    return driver.execute_query(q.cypher, parameters_=q.bind(params)).records


@pytest.mark.parametrize("as_of, expected", [
    (None, {"EE", "FI", "IE", "PL", "SE", "GB"}),
    ("2024-06-01", {"FI", "IE", "PL", "SE", "GB"}),
    ("2023-06-01", {"SE", "GB"}),
])
@pytest.mark.neo4j
def test_headline_signatories_that_opposed_stricter_export_rules(neo4j_driver, corpus_graph, as_of, expected):
    rows = run(neo4j_driver, "signatories_opposing_export_rules", **({"as_of": as_of} if as_of else {}))
    assert {r["iso2"] for r in rows} == expected
    for r in rows:
        assert r["signing_evidence"] and all(e["quote"] and e["document_id"] for e in r["signing_evidence"])
        signing = [e for e in r["signing_evidence"] if e["origin"] == "text"]
        # Before the first text edition (2024-03-18) only the curated record of edition 1 attests them.
        assert bool(signing) == (as_of != "2023-06-01"), f"{r['iso2']}: {r['signing_evidence']}"
        opposing = r["opposition_evidence"]
        assert opposing and all(e["quote"] and e["start"] is not None for e in opposing)
        assert r["opposed_act"] == "celex:52016PC0616"
        assert r["via"], "the opposition is known through the reported position paper"
    signing_docs = {e["document_id"] for r in rows for e in r["signing_evidence"]}
    opposing_docs = {e["document_id"] for r in rows for e in r["opposition_evidence"]}
    assert not signing_docs & opposing_docs


@pytest.mark.neo4j
@pytest.mark.parametrize("name", ["signatories_opposing_export_rules", "signatories_as_of", "stances_as_of"])
@pytest.mark.parametrize("as_of", ["2023-06-01", "2024-06-01"])
def test_no_evidence_postdates_the_as_of_date(neo4j_driver, corpus_graph, name, as_of):
    """As of 2023-06-01 the headline once cited for Sweden a text dated 2024-03-18 (issue 17)."""
    rows = [r.data() for r in run(neo4j_driver, name, as_of=as_of)]
    evidence = [e for r in rows for key in ("evidence", "signing_evidence", "opposition_evidence") for e in r.get(key) or []]
    assert evidence
    for e in evidence:
        held = e.get("as_of") or e.get("document_date") or e.get("edition_date")
        assert held and held[:10] <= as_of, e
        assert (e.get("edition_date") or "") <= as_of, e


@pytest.mark.neo4j
@pytest.mark.parametrize("as_of, count", [(None, 21), ("2024-06-01", 17), ("2023-06-01", 11), ("2023-03-29", 0)])
def test_signatories_as_of_a_date(neo4j_driver, corpus_graph, as_of, count):
    rows = run(neo4j_driver, "signatories_as_of", **({"as_of": as_of} if as_of else {}))
    assert len(rows) == count


@pytest.mark.neo4j
def test_four_states_join_on_2024_09_22(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "joined_between_editions", from_edition=2, to_edition=3)
    assert {r["iso2"] for r in rows} == {"AT", "EE", "LT", "NL"}
    assert {dt.date.fromisoformat(r["joined_date"]) for r in rows} == {dt.date(2024, 9, 22)}
    latvian = [e for r in rows for e in r["evidence"] if e["lang"] == "lv"]
    assert len(latvian) == 4


@pytest.mark.neo4j
def test_the_two_language_versions_are_editions_of_one_instrument(neo4j_driver, corpus_graph):
    records = neo4j_driver.execute_query(
        "MATCH (d:Document)-[:EXPRESSES]->(e:Edition)-[:EDITION_OF]->(i:Instrument) "
        "RETURN i.id AS instrument, e.number AS edition, d.languages AS languages ORDER BY edition").records
    assert [(r["instrument"], r["edition"], r["languages"]) for r in records] == [
        ("spyware-joint-statement", 2, ["pl", "en"]),
        ("spyware-joint-statement", 3, ["lv"]),
    ]


@pytest.mark.neo4j
def test_edition_timeline_grows_11_17_21(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "instrument_timeline")
    assert [(r["edition"], r["signatory_count"], len(r["joined"])) for r in rows] == [(1, 11, 11), (2, 17, 6), (3, 21, 4)]


@pytest.mark.neo4j
def test_commitments_aligned_by_ordinal_in_three_languages(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "instrument_commitments")
    assert sorted({(r["ordinal"], r["lang"]) for r in rows}) == [(o, lang) for o in range(1, 6) for lang in ("en", "lv", "pl")]
    english = run(neo4j_driver, "instrument_commitments", lang="en")
    # the fifth pledge is read to its end, the instrument it closes on (CATALOG.md)
    assert len(english) == 5 and english[-1]["text"].rstrip(" .;").endswith("Business and Human Rights")


@pytest.mark.neo4j
def test_state_record_shows_signature_authorship_and_stance(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "state_record", iso2="fi")
    relations = {r["relation"] for r in rows}
    assert {"signed", "authored", "oppose"} <= relations and "opposes" not in relations
    stances = run(neo4j_driver, "stances_as_of")
    assert stances and {r["stance"] for r in stances} == {"oppose"}
    # The 2018 paper is known to the year: its authors' stance holds since "2018", not 2018-01-01.
    assert {r["since"] for r in stances if r["via"]} == {"2018"}
    assert all(r["evidence"] for r in rows)


@pytest.mark.neo4j
def test_state_record_pages_are_disjoint_ordered_slices_of_the_whole(neo4j_driver, corpus_graph):
    whole = run(neo4j_driver, "state_record", iso2="SE", limit=10_000)
    assert len(whole) > 4
    pages = [run(neo4j_driver, "state_record", iso2="SE", limit=3, offset=o) for o in range(0, len(whole) + 3, 3)]
    assert [r["fact_id"] for page in pages for r in page] == [r["fact_id"] for r in whole]
    dates = [r["date"] for r in whole if r["date"] is not None]
    assert dates == sorted(dates)
    assert len(run(neo4j_driver, "state_record", iso2="SE", limit=2)) == 2


@pytest.mark.neo4j
def test_legal_act_lineage_links_the_proposal_regulation_and_guidelines(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "legal_act_lineage")
    triples = {(r["from_id"], r["relation"], r["to_id"]) for r in rows}
    assert ("celex:52016PC0616", "BECAME", "celex:32021R0821") in triples
    assert ("celex:32024H2659", "GUIDELINES_UNDER", "celex:32021R0821") in triples
    assert ("celex:32021R0821", "REPLACES", "celex:32009R0428") in triples


@pytest.mark.neo4j
def test_fact_evidence_lists_every_document_that_attests_a_fact(neo4j_driver, corpus_graph):
    fact_id = neo4j_driver.execute_query(
        "MATCH (:State {iso2: 'SE'})-[r:SIGNED]->(:Edition {number: 2}) RETURN r.fact_id AS f").records[0]["f"]
    rows = run(neo4j_driver, "fact_evidence", fact_id=fact_id)
    # Both language blocks of 000 and the curated manifest attest it, side by side.
    assert sorted((r["origin"], r["lang"] or "") for r in rows) == [("metadata", ""), ("text", "en"), ("text", "pl")]
    assert all(r["load_run"] for r in rows)


@pytest.mark.neo4j
def test_no_signatories_for_the_ngo_statement_and_the_news_item(neo4j_driver, corpus_graph):
    records = neo4j_driver.execute_query(
        "MATCH (d:Document) WHERE d.kind IN ['ngo_statement', 'news'] "
        "OPTIONAL MATCH (ev:Evidence {fact_type: 'SIGNED'})-[:IN_DOCUMENT]->(d) RETURN d.kind AS kind, count(ev) AS n").records
    assert {r["kind"]: r["n"] for r in records} == {"ngo_statement": 0, "news": 0}


def _driver_values(value):
    if isinstance(value, dict):
        for v in value.values():
            yield from _driver_values(v)
    elif isinstance(value, list):
        for v in value:
            yield from _driver_values(v)
    else:
        yield value


@pytest.mark.parametrize("name, params", [
    ("signatories_opposing_export_rules", {}), ("signatories_as_of", {"as_of": "2024-06-01"}),
    ("state_record", {"iso2": "SE"}), ("joined_between_editions", {"from_edition": 2, "to_edition": 3}),
    ("instrument_timeline", {}),
])
@pytest.mark.neo4j
def test_named_queries_return_dates_as_iso_text(neo4j_driver, corpus_graph, name, params):
    """Every client reads the same text (Browser, the API, a driver), and a driver does not
    build a date object per value: 57 of them made a tenth of the API's CPU per headline answer."""
    from neo4j.time import Date, DateTime

    rows = [r.data() for r in run(neo4j_driver, name, **params)]
    assert rows
    values = [v for row in rows for v in _driver_values(row)]
    assert not [v for v in values if isinstance(v, (Date, DateTime, dt.date))]
    dates = [v for v in values if isinstance(v, str) and len(v) == 10 and v[4] == "-" and v[7] == "-"]
    assert dates and all(dt.date.fromisoformat(v) for v in dates)
