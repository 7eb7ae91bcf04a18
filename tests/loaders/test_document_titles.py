"""Document titles are for readers: no loaded Document (starting corpus + metadata) carries a
slug-like key ("pall-mall-process") as its title or inside it."""

from __future__ import annotations

import re

import pytest

from core.settings import PROJECT_ROOT
from loaders.curated import curated_files
from loaders.participation import sources_title

# A key of the project's own making: lowercase words joined by two hyphens or more.
SLUG = re.compile(r"(?<![\w-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\w-])")


def test_slug_pattern_tells_a_key_from_a_hyphenated_word():
    assert SLUG.search("Public sources: pall-mall-process")
    assert not SLUG.search("guidelines on brokering and transit of dual-use items")


def test_a_sources_file_without_a_title_is_named_by_its_words():
    assert sources_title("pall-mall-process") == "Public sources on Pall Mall Process"
    assert not SLUG.search(sources_title("some-public-sources_file"))


def test_every_curated_file_has_a_readable_title():
    files, manifests = curated_files(PROJECT_ROOT / "metadata")
    keys = set(manifests) | {p.stem for p in (PROJECT_ROOT / "metadata" / "sources").glob("*.yaml")}
    assert files
    for f in files:
        assert not SLUG.search(f.title), f"{f.key}: title {f.title!r} holds a slug"
        assert not any(k in f.title for k in keys), f"{f.key}: title {f.title!r} holds a key"


@pytest.mark.neo4j
def test_no_loaded_document_title_holds_a_key(corpus_graph, neo4j_driver, neo4j_settings):
    records, _, _ = neo4j_driver.execute_query(
        "MATCH (d:Document) RETURN d.id AS id, d.title AS title", database_=neo4j_settings.database)
    keys, _, _ = neo4j_driver.execute_query(
        "MATCH (n) WHERE n:Instrument OR n:Organization OR n:Topic "
        "WITH coalesce(n.id, n.key) AS key WHERE key CONTAINS '-' RETURN collect(key) AS keys",
        database_=neo4j_settings.database)
    known = keys[0]["keys"]
    assert len(records) > 10 and known
    for r in records:
        title = r["title"] or ""
        assert title, f"document {r['id']} has no title"
        assert not SLUG.search(title), f"document {r['id']}: title {title!r} holds a slug"
        assert not any(k in title for k in known), f"document {r['id']}: title {title!r} holds a key"
