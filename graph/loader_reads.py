"""What a load run reads back from the graph, as plain values: no driver record leaves here.

The loader asks three things before it writes: which files it loaded before (by path),
which contents it holds already (by sha256), and what placement knew of each instrument
when the last run stopped (all of them as a stream at the start, a few by id during the run).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import neo4j

from graph.cypher_files import statement


def document_states(driver: neo4j.Driver, database: str, paths: list[str]) -> dict[str, dict]:
    """path -> the graph's record of the document loaded from it (id, sha256, extractor_version)."""
    records = driver.execute_query(statement("loader", "document_state"), paths=paths, database_=database).records
    return {r["path"]: dict(r) for r in records}


def documents_by_sha(driver: neo4j.Driver, database: str, shas: list[str]) -> dict[str, list[str]]:
    """sha256 -> the paths of the documents loaded with that content."""
    records = driver.execute_query(statement("loader", "documents_by_sha"), shas=shas, database_=database).records
    return {r["sha256"]: r["paths"] for r in records}


def known_instruments(driver: neo4j.Driver, database: str) -> list[dict[str, Any]]:
    """What placement knew when the last run stopped, as it was stored with each placement
    (``loaders.known_instruments.placement_inputs``); instruments of a graph written before
    placements stored it come after them, derived from their facts, ranked after them."""
    return list(iter_known_instruments(driver, database))


def iter_known_instruments(driver: neo4j.Driver, database: str) -> Iterator[dict[str, Any]]:
    """:func:`known_instruments` one at a time, as the server streams them: a run that keeps
    only an index of them never holds them all."""
    with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        for name in ("known_instruments", "known_instruments_derived"):
            for r in session.run(statement("loader", name)):
                yield _instrument(r)


def known_instruments_by_id(driver: neo4j.Driver, database: str, ids: list[str]) -> list[dict[str, Any]]:
    """The stored placement inputs of the instruments ``ids`` (those a placement stored them for)."""
    records = driver.execute_query(statement("loader", "known_instruments_by_id"), ids=ids, database_=database,
                                   routing_=neo4j.RoutingControl.READ).records
    return [_instrument(r) for r in records]


def _instrument(r: neo4j.Record) -> dict[str, Any]:
    return {
        "id": r["id"], "title": r["title"] or r["id"], "kind": r["kind"] or "other",
        "titles": _first_title_per_language(r["titles"] or []),
        "commitment_count": r["commitment_count"] or 0,
        "editions": [_edition(e) for e in r["editions"] if e],
        "references": frozenset(r["references"] or ()),
        "rank": r["rank"] if "rank" in r.keys() else None,
    }


def _first_title_per_language(stored: list[str]) -> dict[str, str]:
    """``lang:title`` strings -> the first title seen per language, as identity.remember keeps it."""
    titles: dict[str, str] = {}
    for t in stored:
        lang, sep, title = t.partition(":")
        if sep:
            titles.setdefault(lang, title)
    return titles


def _edition(e: dict[str, Any]) -> dict[str, Any]:
    return {"id": e["id"], "number": e["number"], "date": e["date"].to_native() if e["date"] else None,
            "signatories": frozenset(code or None for code in e["signatories"] or ())}
