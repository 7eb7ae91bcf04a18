"""Any instrument, any party: typed participation, sources side by side, the opposition template.

On the starting corpus with the project's metadata, which now holds the Pall Mall Process
declaration and Code of Practice with the public pages about them (metadata/sources/).
"""

from __future__ import annotations

import pytest

from graph.named_queries import load_named_queries

pytestmark = pytest.mark.neo4j

QUERIES = load_named_queries()
CODE = "pall-mall-code-of-practice"


def run(driver, name, **params):
    q = QUERIES[name]
    return [r.data() for r in driver.execute_query(q.cypher, parameters_=q.bind(params)).records]


@pytest.mark.parametrize("as_of, parties, reported", [
    ("2025-04-10", set(), set()),                               # the pages of April count from 30 April
    ("2025-05-15", {"GB"}, {"FR", "JP"}),                       # gov.uk's Code page (25 April); Cybernews (April)
    ("2025-12-31", {"GB"}, {"FR", "JP", "KR", "US", "RO"}),     # ORF America (July), Binding Hook (2025)
])
def test_parties_of_the_code_of_practice_as_of_three_dates(neo4j_driver, corpus_graph, as_of, parties, reported):
    rows = run(neo4j_driver, "parties_as_of", instrument=CODE, as_of=as_of)
    assert {r["iso2"] for r in rows if r["status"] == "party"} == parties
    assert {r["iso2"] for r in rows if r["status"] == "reported"} == reported
    for r in rows:
        if r["status"] == "party":
            assert r["acts"] and all(e["source_url"] and e["quote"] for a in r["acts"] for e in a["evidence"])
        else:
            assert not r["acts"] and r["reports"] and all(rep["reported"] and rep["source_url"] for rep in r["reports"])
        for rep in r["reports"]:
            assert rep["reported_on"] <= as_of


def test_a_report_that_a_state_joined_is_never_its_signature(neo4j_driver, corpus_graph):
    """Binding Hook says Romania joined later: Romania is reported, and signed nothing."""
    rows = run(neo4j_driver, "parties_as_of", instrument=CODE)
    romania = next(r for r in rows if r["iso2"] == "RO")
    assert romania["status"] == "reported" and [rep["says"] for rep in romania["reports"]] == ["joined"]
    signed = neo4j_driver.execute_query(
        "MATCH (:State {iso2: 'RO'})-[r:SIGNED|JOINED|ENDORSED]->() RETURN count(r) AS n").records[0]["n"]
    assert signed == 0


def test_declaration_organisations_are_reported_parties(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "parties_as_of", instrument="pall-mall-process-declaration")
    by_kind = {(r["party_kind"], r["key"] or r["iso2"]): r["status"] for r in rows}
    assert by_kind[("organization", "african-union")] == "reported"
    assert by_kind[("organization", "gulf-cooperation-council")] == "reported"
    assert by_kind[("state", "GB")] == "party"


def test_disagreeing_counts_side_by_side(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "sources_compared", instrument=CODE)
    states = [(r["as_of"][:7], r["count"], r["qualifier"]) for r in rows if r["what"] == "states"]
    counts = {c for _, c, _ in states}
    assert {21, 23, 25, 27} <= counts, states
    for r in rows:
        assert r["source"] and r["source_url"].startswith("https://") and r["source_date"] and r["quote"]
    twenty_one = [r for r in rows if r["what"] == "states" and r["count"] == 21]
    assert len(twenty_one) >= 3 and all(r["agrees_with_another_source"] for r in twenty_one)
    assert all(r["editions"] and r["editions"][0]["date"] == "2025-04-04" for r in twenty_one)
    later = next(r for r in rows if r["count"] == 23)
    assert set(later["reported_joins_by_then"]) == {"Romania", "United States"}
    # As of June 2025 only the counts known by then are shown.
    june = run(neo4j_driver, "sources_compared", instrument=CODE, as_of="2025-06-30")
    assert {r["count"] for r in june if r["what"] == "states"} == {21, 25}


@pytest.mark.parametrize("as_of, expected", [
    (None, {"EE", "FI", "IE", "PL", "SE", "GB"}),
    ("2024-06-01", {"FI", "IE", "PL", "SE", "GB"}),
    ("2023-06-01", {"SE", "GB"}),
])
def test_the_headline_is_one_instance_of_the_template(neo4j_driver, corpus_graph, as_of, expected):
    params = {"as_of": as_of} if as_of else {}
    template = run(neo4j_driver, "parties_opposing", instrument="spyware-joint-statement", target="celex:32021R0821", **params)
    headline = run(neo4j_driver, "signatories_opposing_export_rules", **params)
    assert {r["iso2"] for r in template} == {r["iso2"] for r in headline} == expected
    for r in template:
        assert r["signing_evidence"] and r["opposition_evidence"]
        assert r["signed_on"] and r["opposed_as_of"]


def test_the_template_answers_for_the_code_of_practice_and_a_topic(neo4j_driver, corpus_graph):
    """The Code concerns export controls (a cited page says so); the UK endorsed it and opposed the dual-use recast."""
    rows = run(neo4j_driver, "parties_opposing", instrument=CODE, target="export-controls")
    assert {r["iso2"] for r in rows} == {"GB"}
    gb = rows[0]
    assert gb["act"] == "endorsed" and gb["signed_on"] == "2025-04-25"
    assert gb["order"] == "opposed before signing"
    assert CODE in gb["concerning"]
    assert gb["signing_evidence"][0]["source_url"].startswith("https://www.gov.uk/")
    assert all(e["quote"] for e in gb["opposition_evidence"])
    assert run(neo4j_driver, "parties_opposing", instrument=CODE, target="export-controls", as_of="2025-04-24") == []


def test_signed_a_but_not_b(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "parties_of_a_not_b", instrument_a="spyware-joint-statement", instrument_b=CODE)
    iso = {r["iso2"] for r in rows}
    assert len(iso) == 20 and "GB" not in iso  # 21 signatories; the UK endorsed the Code itself
    reported = {r["iso2"] for r in rows if r["reported_in_b"]}
    assert reported == {"FR", "JP", "KR", "US"}


def test_joined_between_two_dates(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "joined_between_dates", instrument="spyware-joint-statement",
               from_date="2023-03-30", to_date="2024-09-22")
    assert len(rows) == 10 and {r["iso2"] for r in rows if r["joined_date"] == "2024-09-22"} == {"AT", "EE", "LT", "NL"}


def test_quickstatements_for_the_spyware_statement_hold_21_signatories(neo4j_driver, neo4j_settings, corpus_graph):
    from graph.interop.quickstatements import WikidataItems, quickstatements
    from graph.interop.read import participation_rows
    from core.settings import PROJECT_ROOT

    rows = participation_rows(neo4j_driver, neo4j_settings.database, "spyware-joint-statement")
    commands, left_out = quickstatements(rows, WikidataItems.load(PROJECT_ROOT / "metadata" / "wikidata.yaml"))
    p1891 = [c for c in commands if "\tP1891\t" in c]
    assert len(p1891) == 21 and left_out == []
    assert all("\tP585\t+20" in c for c in p1891)
    assert sum("\tP585\t+2023-03-30T00:00:00Z/11" in c for c in p1891) == 11  # edition 1's signatories
    assert all(c.count("\tS854\t") == ("\tS854\t" in c) for c in p1891)


def test_followthemoney_export_of_every_instrument_validates(neo4j_driver, neo4j_settings, corpus_graph):
    from graph.interop import ftm
    from graph.interop.read import participation_rows

    entities = ftm.entities(participation_rows(neo4j_driver, neo4j_settings.database))  # validates, or raises
    schemata = {}
    for e in entities:
        schemata[e.schema.name] = schemata.get(e.schema.name, 0) + 1
    assert schemata["Project"] == 3 and schemata["ProjectParticipant"] >= 21 + 14
    assert schemata["Organization"] == 2  # the African Union and the Gulf Cooperation Council (reported)
    reported = [e for e in entities if e.schema.name == "ProjectParticipant" and e.get("status") == ["reported"]]
    assert reported and all(e.get("sourceUrl") for e in reported)


def test_a_count_no_other_source_gives_agrees_with_none(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "sources_compared", instrument=CODE)
    alone = [r for r in rows if (r["what"], r["count"]) in {("states", 23), ("attending_states", 45)}]
    assert len(alone) == 2 and not any(r["agrees_with_another_source"] or r["same_count"] for r in alone)



def test_a_matrix_across_chosen_instruments(neo4j_driver, corpus_graph):
    rows = run(neo4j_driver, "parties_matrix", instruments=["spyware-joint-statement", CODE, "pall-mall-process-declaration"])
    by = {r["iso2"] or r["party"]: {c["instrument"]: c["status"] for c in r["cells"]} for r in rows}
    assert by["GB"] == {"spyware-joint-statement": "party", CODE: "party", "pall-mall-process-declaration": "party"}
    assert by["RO"] == {CODE: "reported"}
    assert by["org:african-union"] == {"pall-mall-process-declaration": "reported"}
    assert rows[0]["iso2"] == "GB" and rows[0]["party_of"] == 3
    assert sum(1 for cells in by.values() if cells.get("spyware-joint-statement") == "party") == 21
