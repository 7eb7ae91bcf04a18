"""Typed participation in a real graph: a withdrawal ends participation from its date, a
re-join starts it again, a report never counts, and a changed page replaces its own facts."""

from __future__ import annotations

import pytest
import yaml

from graph.named_queries import load_named_queries
from graph.writer import DocumentWriter
from loaders.curated import curated_files

pytestmark = pytest.mark.neo4j
QUERIES = load_named_queries()

INSTRUMENT = {"id": "test-pledge", "title": "A test pledge", "kind": "joint_statement",
              "editions": [{"number": 1, "date": "2024-01-10", "signatories": ["SE", "FI"], "source": "a test"}]}


def gov_page(pid, speaker, acts, date):
    return {"id": pid, "title": f"Announcement {pid}", "url": f"https://gov.example/{pid}", "publisher": "A government",
            "page_kind": "government", "speaker": speaker, "date": date,
            "participation": [{"party": speaker, "act": act, "instrument": "test-pledge", "date": d, "quote": f"we {act}"}
                              for act, d in acts]}


PAGES = [
    gov_page("pt-joins", "PT", [("joined", "2024-03-01")], "2024-03-01"),
    gov_page("se-leaves", "SE", [("withdrew", "2024-06-01")], "2024-06-01"),
    gov_page("pt-leaves-and-returns", "PT", [("withdrew", "2024-09-01"), ("joined", "2024-11-15")], "2024-11-15"),
    {"id": "news", "title": "Ghana said to join", "url": "https://news.example/gh", "publisher": "A newspaper",
     "page_kind": "news", "date": "2024-04-02",
     "participation": [{"party": "GH", "act": "joined", "instrument": "test-pledge", "quote": "Ghana joined"}],
     "claims": [{"instrument": "test-pledge", "what": "states", "count": 4, "quote": "four states"}]},
]


def load(driver, database, metadata_dir, pages):
    (metadata_dir / "instruments").mkdir(exist_ok=True)
    (metadata_dir / "sources").mkdir(exist_ok=True)
    (metadata_dir / "instruments" / "test-pledge.yaml").write_text(yaml.safe_dump(INSTRUMENT))
    (metadata_dir / "sources" / "test.yaml").write_text(yaml.safe_dump({"pages": pages}))
    files, _ = curated_files(metadata_dir)
    with DocumentWriter(driver, database) as writer:
        for f in files:
            writer.write(f.rows, replace=True)


def parties(driver, as_of):
    q = QUERIES["parties_as_of"]
    rows = driver.execute_query(q.cypher, parameters_=q.bind({"instrument": "test-pledge", "as_of": as_of})).records
    return {r["iso2"]: r["status"] for r in rows}


@pytest.mark.parametrize("as_of, expected", [
    ("2024-01-09", {}),
    ("2024-02-01", {"SE": "party", "FI": "party"}),
    ("2024-04-02", {"SE": "party", "FI": "party", "PT": "party", "GH": "reported"}),
    ("2024-06-01", {"SE": "withdrawn", "FI": "party", "PT": "party", "GH": "reported"}),
    ("2024-12-01", {"SE": "withdrawn", "FI": "party", "PT": "party", "GH": "reported"}),
])
def test_withdrawal_ends_and_a_rejoin_restarts_participation(clean_graph, neo4j_settings, tmp_path, as_of, expected):
    load(clean_graph, neo4j_settings.database, tmp_path, PAGES)
    assert parties(clean_graph, as_of) == expected


def test_between_withdrawal_and_rejoin_the_party_is_withdrawn(clean_graph, neo4j_settings, tmp_path):
    load(clean_graph, neo4j_settings.database, tmp_path, PAGES)
    # PT's withdrawal (2024-09-01) and re-join (2024-11-15) come from one page dated 2024-11-15:
    # neither is known before that page, so on 2024-10-01 PT is still a party by its first join.
    assert parties(clean_graph, "2024-10-01")["PT"] == "party"
    assert parties(clean_graph, "2024-11-15")["PT"] == "party"


def test_the_template_ignores_withdrawn_parties(clean_graph, neo4j_settings, tmp_path):
    load(clean_graph, neo4j_settings.database, tmp_path, PAGES)
    clean_graph.execute_query(
        "MERGE (a:Entity:LegalAct {uid: 'act:test-act'}) SET a.id = 'test-act' "
        "MERGE (d:Entity:Document {uid: 'document:doc-t'}) SET d.id = 'doc-t', d.date = date('2024-02-01') "
        "WITH a, d UNWIND ['SE', 'FI'] AS code MATCH (s:State {iso2: code}) "
        "MERGE (s)-[r:OPPOSES {fact_id: 'f-op-' + code}]->(a) "
        "CREATE (:Evidence {id: 'e-op-' + code, fact_id: 'f-op-' + code, quote: 'we oppose'})-[:IN_DOCUMENT]->(d)")
    q = QUERIES["parties_opposing"]
    def run(as_of):
        rows = clean_graph.execute_query(q.cypher, parameters_=q.bind(
            {"instrument": "test-pledge", "target": "test-act", "as_of": as_of})).records
        return {r["iso2"] for r in rows}
    assert run("2024-03-01") == {"SE", "FI"}
    assert run("2024-07-01") == {"FI"}  # Sweden withdrew on 2024-06-01


def test_a_changed_page_replaces_its_own_facts(clean_graph, neo4j_settings, tmp_path):
    load(clean_graph, neo4j_settings.database, tmp_path, PAGES)
    assert parties(clean_graph, "2024-12-01")["GH"] == "reported"
    load(clean_graph, neo4j_settings.database, tmp_path, [p for p in PAGES if p["id"] != "news"] +
         [{**PAGES[3], "participation": []}])
    assert "GH" not in parties(clean_graph, "2024-12-01")


STATEMENT = ("Joint Statement on Quiet Skies\n\n"
             "We will keep drones away from airports and tell each other what we see.\n\n"
             "Signed by:\nNorway\nPeru\nGhana\n")
NEWS = ("Airport weekly\n\nLima, 3 June 2025\n\nNorway, Peru and Ghana have joined the joint statement on quiet skies, "
        "a spokesperson said.\n")


def test_a_news_text_reporting_an_accession_is_a_report_beside_the_signature(clean_graph, neo4j_settings, tmp_path):
    from loaders.run import load_paths

    (tmp_path / "a_skies.txt").write_text(STATEMENT, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    (tmp_path / "b_news.txt").write_text(NEWS, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    instrument = clean_graph.execute_query(
        "MATCH (:Document)-[:REPORTS]->(:Edition)-[:EDITION_OF]->(i:Instrument) RETURN i.id AS id").records
    assert len(instrument) == 1
    q = QUERIES["parties_as_of"]
    rows = [r.data() for r in clean_graph.execute_query(q.cypher, parameters_=q.bind({"instrument": instrument[0]["id"]})).records]
    assert {r["iso2"]: r["status"] for r in rows} == {"NO": "party", "PE": "party", "GH": "party"}
    for r in rows:
        assert [a["act"] for a in r["acts"]] == ["signed"]
        assert [(rep["reported"], rep["says"]) for rep in r["reports"]] == [(True, "joined")]
        assert r["reports"][0]["quote"] and r["reports"][0]["document"] != r["acts"][0]["evidence"][0]["document"]
    signed = clean_graph.execute_query(
        "MATCH (d:Document)-[:EXPRESSES|SIGNED]->() WHERE d.path ENDS WITH 'b_news.txt' RETURN count(*) AS n").records
    assert signed[0]["n"] == 0


def test_a_reported_accession_does_not_make_a_party_of_b(clean_graph, neo4j_settings, tmp_path):
    """'Signed A but not B': a news text reporting that states joined B lists them beside, never as B's parties."""
    from loaders.run import load_paths

    other = ("Joint Statement on Clean Harbours\n\nWe will keep harbours free of oil and share what we find.\n\n"
             "Signed by:\nNorway\nPeru\nGhana\nChile\n")
    (tmp_path / "a_harbours.txt").write_text(other, encoding="utf-8")
    (tmp_path / "b_skies.txt").write_text(STATEMENT, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    (tmp_path / "c_news.txt").write_text(NEWS, encoding="utf-8")
    load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database)
    ids = {r["title"]: r["id"] for r in clean_graph.execute_query(
        "MATCH (i:Instrument)<-[:EDITION_OF]-(:Edition) RETURN DISTINCT i.id AS id, i.title AS title").records}
    harbours = next(v for k, v in ids.items() if "Harbours" in k)
    skies = next(v for k, v in ids.items() if "Skies" in k)
    q = QUERIES["parties_of_a_not_b"]
    rows = [r.data() for r in clean_graph.execute_query(q.cypher, parameters_=q.bind(
        {"instrument_a": harbours, "instrument_b": skies})).records]
    assert {r["iso2"] for r in rows} == {"CL"}  # the others signed B's text itself
    m = QUERIES["parties_matrix"]
    cells = {r["iso2"]: {c["instrument"]: c["status"] for c in r["cells"]} for r in clean_graph.execute_query(
        m.cypher, parameters_=m.bind({"instruments": [harbours, skies]})).records}
    assert cells["NO"] == {harbours: "party", skies: "party"} and cells["CL"] == {harbours: "party"}
