"""Issue 17: /graph/neighbourhood returned Neo4j element ids, which change on every rebuild. No
Cypher the API, the exports or a reader runs asks for a node's or relationship's internal id:
everything is named by its stable uid (``state:SE``) or fact_id. No server needed."""

from __future__ import annotations

import re

from core.settings import PROJECT_ROOT

INTERNAL_ID = re.compile(r"\b(?:elementId|id)\s*\(", re.IGNORECASE)


def test_no_cypher_file_returns_an_internal_id():
    files = sorted((PROJECT_ROOT / "cypher").rglob("*.cypher"))
    assert len(files) > 20, files  # the check reads the project's query files
    found = [(p.relative_to(PROJECT_ROOT).as_posix(), m.group(0)) for p in files
             for m in INTERNAL_ID.finditer(re.sub(r"//[^\n]*", "", p.read_text(encoding="utf-8")))]
    assert not found, found
