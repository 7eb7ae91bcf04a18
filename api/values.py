"""Turn Neo4j values into plain JSON-able Python, and rows into CSV cells.

The driver hands back ``neo4j.time`` dates, nodes, relationships and paths; dashboards
want ISO strings and plain maps. One converter serves the resources, the named queries
and the workbench, so a date looks the same everywhere.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import orjson
from neo4j.graph import Node, Path, Relationship
from neo4j.spatial import Point
from neo4j.time import Date, DateTime, Duration, Time


def plain(value: Any) -> Any:
    """A JSON-able copy of a value returned by the driver."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (Date, DateTime, Time, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, Duration):
        return value.iso_format()
    if isinstance(value, Node):
        return {"element_id": value.element_id, "labels": sorted(value.labels), "properties": plain(dict(value))}
    if isinstance(value, Relationship):
        return {
            "element_id": value.element_id, "type": value.type,
            "start": value.start_node.element_id if value.start_node else None,
            "end": value.end_node.element_id if value.end_node else None,
            "properties": plain(dict(value)),
        }
    if isinstance(value, Path):
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if isinstance(value, Point):
        return {"srid": value.srid, "coordinates": list(value)}
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (bytes, bytearray)):
        return value.hex()
    return str(value)


def _json_default(value: Any) -> Any:
    """orjson's hook for what it cannot serialise itself: the driver's types, via :func:`plain`."""
    converted = plain(value)
    if converted is value:  # plain() knows it no better than orjson: do not loop
        raise TypeError(f"not JSON-serialisable: {type(value).__name__}")
    return converted


def json_bytes(data: Any) -> bytes:
    """``data`` as JSON, with driver values converted as :func:`plain` would, in one pass.

    orjson writes str, int, float, bool, None, dicts and lists natively and calls back only
    for the rest (``neo4j.time`` dates, nodes, relationships), so a row of evidence maps is
    not copied value by value first. Same text as ``plain`` then pydantic: ISO dates, NaN
    and infinities as null, non-ASCII as UTF-8.
    """
    return orjson.dumps(data, default=_json_default)


def csv_cell(value: Any) -> str:
    """Scalars as text; lists and maps (evidence lists, nodes) as compact JSON in one cell."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (str, int, float)):
        return str(value)
    return orjson.dumps(value).decode()
