"""Load runs and excluded files: reported as ``excluded``, exit code 0, and a document loaded
before its exclusion is removed from the graph."""

from __future__ import annotations

import pytest

from loaders.run import load_paths

pytestmark = pytest.mark.neo4j

STATEMENT = """Joint Declaration on Clean Rivers

We, the governments of France, Germany and Italy, recognise that rivers cross borders.

We commit to:

• sharing water-quality data every month;
• funding joint monitoring stations.
"""


def _documents(driver) -> list[str]:
    records = driver.execute_query("MATCH (d:Document) WHERE NOT d.path STARTS WITH 'curated:' RETURN d.path AS path ORDER BY path")
    return [r["path"] for r in records.records]


def _signatories(driver, title_fragment: str) -> set[str]:
    records = driver.execute_query(
        "MATCH (s:State)-[:SIGNED]->(:Edition)-[:EDITION_OF]->(i:Instrument) WHERE i.title CONTAINS $t "
        "RETURN collect(DISTINCT s.iso2) AS codes", t=title_fragment).records
    return set(records[0]["codes"])


def test_loading_the_corpus_excludes_its_catalogue_and_exits_0(clean_graph, neo4j_settings, corpus_dir):
    report = load_paths([corpus_dir], driver=clean_graph, database=neo4j_settings.database, workers=1)
    assert report.exit_code == 0 and report.status == "ok", report.files
    (catalogue,) = [f for f in report.files if f.source.endswith("CATALOG.md")]
    assert catalogue.action == "excluded"
    assert catalogue.reason.startswith("describes the starting corpus; not a document (")
    assert not any(path.endswith("CATALOG.md") for path in _documents(clean_graph))
    assert report.totals["excluded"] == 1 and "rejected" not in report.totals


def test_a_file_excluded_after_it_was_loaded_is_removed_with_its_facts(clean_graph, neo4j_settings, tmp_path):
    (tmp_path / "rivers.txt").write_text(STATEMENT, encoding="utf-8")
    (tmp_path / "other.txt").write_text(STATEMENT.replace("Clean Rivers", "Quiet Harbours")
                                        .replace("France, Germany and Italy", "Spain and Portugal"), encoding="utf-8")
    first = load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database, workers=1)
    assert first.exit_code == 0 and len(_documents(clean_graph)) == 2
    assert _signatories(clean_graph, "Clean Rivers") == {"FR", "DE", "IT"}

    (tmp_path / "rivers.txt.meta.yaml").write_text("exclude: true\nreason: withdrawn draft\n", encoding="utf-8")
    dry = load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database, dry_run=True, workers=1)
    (outcome,) = [f for f in dry.files if f.source.endswith("rivers.txt")]
    assert outcome.action == "excluded" and "would remove its loaded document" in outcome.reason
    assert len(_documents(clean_graph)) == 2  # a dry run writes nothing

    second = load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database, workers=1)
    assert second.exit_code == 0, second.files
    (outcome,) = [f for f in second.files if f.source.endswith("rivers.txt")]
    assert outcome.action == "excluded" and "removed its previously loaded document" in outcome.reason
    assert [p.rsplit("/", 1)[-1] for p in _documents(clean_graph)] == ["other.txt"]
    assert _signatories(clean_graph, "Quiet Harbours") == {"ES", "PT"}
    assert _signatories(clean_graph, "Clean Rivers") == set()  # the excluded statement's signatures went with it
    leftovers = clean_graph.execute_query(
        "MATCH (n) WHERE (n:Evidence AND NOT (n)-[:IN_DOCUMENT]->()) OR (n:LanguageBlock AND NOT ()-[:HAS_BLOCK]->(n)) "
        "RETURN count(n) AS n").records[0]["n"]
    assert leftovers == 0
    titles = [r["t"] for r in clean_graph.execute_query("MATCH (i:Instrument) RETURN i.title AS t").records]
    assert not any("Clean Rivers" in t for t in titles)

    third = load_paths([tmp_path], driver=clean_graph, database=neo4j_settings.database, workers=1)
    assert third.exit_code == 0 and third.totals["excluded"] == 1 and "rejected" not in third.totals


def test_two_copies_of_an_excluded_file_are_both_excluded_not_duplicates(clean_graph, neo4j_settings, corpus_dir, tmp_path):
    """The project metadata excludes the catalogue by its content hash: a second copy in
    another folder is excluded too, not rejected as a duplicate of the first."""
    (tmp_path / "copy").mkdir()
    (tmp_path / "copy" / "CATALOG.md").write_bytes((corpus_dir / "CATALOG.md").read_bytes())
    report = load_paths([corpus_dir / "CATALOG.md", tmp_path / "copy"], driver=clean_graph,
                        database=neo4j_settings.database, workers=1)
    assert [f.action for f in report.files if f.source.endswith("CATALOG.md")] == ["excluded", "excluded"]
    assert report.exit_code == 0, report.files
