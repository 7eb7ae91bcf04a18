"""GET /export: the whole graph as files, streamed (the same files as ``pledgegraph export``).

``/export`` lists the files (a CSV per node label, per fact type with the evidence in
columns, per structural link type) and the data version they are read from;
``/export/graph.jsonl`` is everything, one JSON object a line. Each file is streamed from
the driver to the client in chunks as the server finds the rows (:mod:`graph.export` renders
them), so the API's memory does not grow with the graph. A label or type is looked up in
the graph's shape before it reaches Cypher, and goes there as a parameter.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any

import neo4j
from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from api.deps import Database, Driver, ReadKey
from api.errors import COMMON_RESPONSES, NotFound, answers_csv, problem_schema
from api.formats import CSV_MEDIA_TYPE
from api.graphdb import api_query, read_rows
from api.models_versions import ExportIndex
from graph.export import STATEMENTS, ExportFile, Kind, csv_line, jsonl_line, plan, rows_of

router = APIRouter(tags=["downloads"], dependencies=[ReadKey])
CHUNK_BYTES = 64 * 1024
NOT_FOUND = {404: problem_schema(404, "not-found", "Not found", "no file nodes/Nope.csv in this graph")}


async def _plan(request: Request, driver, database: str) -> tuple[tuple, list[ExportFile]]:
    cache = request.app.state.answer_cache
    version = await cache.version(driver, database)

    async def compute() -> list[ExportFile]:
        nodes = await read_rows(driver, database, "export_node_shape", {})
        relationships = await read_rows(driver, database, "export_relationship_shape", {})
        return plan(nodes, relationships)

    return version, await cache.get(("export_plan",), version, compute)


async def _records(driver: neo4j.AsyncDriver, database: str, kind: Kind, name: str | None) -> AsyncIterator[dict[str, Any]]:
    statement, parameter = STATEMENTS[kind]
    async with driver.session(database=database, default_access_mode=neo4j.READ_ACCESS) as session:
        result = await session.run(api_query(statement).cypher, {parameter: name})
        async for record in result:
            yield dict(record)


async def _chunked(lines: AsyncIterator[bytes]) -> AsyncIterator[bytes]:
    """Lines gathered into chunks of about 64 KB: one write per row would cost more than the row."""
    buffer = bytearray()
    async for line in lines:
        buffer += line
        if len(buffer) >= CHUNK_BYTES:
            yield bytes(buffer)
            buffer.clear()
    if buffer:
        yield bytes(buffer)


def _attachment(filename: str) -> dict[str, str]:
    return {"Content-Disposition": f'attachment; filename="{filename}"'}


@router.get("/export", response_model=ExportIndex, summary="The whole graph as files: what there is to download",
            description="A CSV file per node label (`nodes/State.csv`), per fact type with its evidence in columns, one "
                        "line per (fact, evidence) (`facts/SIGNED.csv`: fact_id, ends, properties, evidence_document_id, "
                        "evidence_quote, evidence_start, ...), per structural link type (`links/EDITION_OF.csv`), and "
                        "`graph.jsonl` with everything. Each file is streamed. `pledgegraph export --out DIR` writes the "
                        "same files.",
            responses=COMMON_RESPONSES)
async def export_index(request: Request, driver: Driver, database: Database) -> ExportIndex:
    version, files = await _plan(request, driver, database)
    rows = await read_rows(driver, database, "data_versions", {"counts": False})
    newest = rows[0] if rows else None
    return ExportIndex(version=newest["version"] if newest else 0, last_updated=newest["finished_at"] if newest else None,
                       jsonl="/export/graph.jsonl",
                       files=[{"path": f.path, "kind": f.kind, "name": f.name, "columns": f.columns, "records": f.rows,
                               "url": f"/export/{f.path}"} for f in files])


@router.get("/export/graph.jsonl", summary="Every node, fact and link as JSON lines, streamed",
            description='One JSON object a line: `{"kind": "node", "key", "labels", "properties"}`, `{"kind": "fact", '
                        '"fact_id", "type", "from_key", "to_key", ..., "evidence": [...]}`, `{"kind": "link", ...}`.',
            responses={200: {"content": {"application/x-ndjson": {"example": '{"kind":"node","key":"state:SE","labels":["State"],"properties":{"iso2":"SE"}}\n'}},
                             "description": "JSON lines"}, **COMMON_RESPONSES})
async def export_jsonl(driver: Driver, database: Database) -> StreamingResponse:
    async def lines() -> AsyncIterator[bytes]:
        for kind in STATEMENTS:
            async for record in _records(driver, database, kind, None):
                yield jsonl_line(kind, record)

    return StreamingResponse(_chunked(lines()), media_type="application/x-ndjson", headers=_attachment("graph.jsonl"))


def _csv_lines(file: ExportFile, records: AsyncIterator[dict[str, Any]],
               rows: Callable[[Kind, dict[str, Any]], Iterable[dict[str, Any]]]) -> AsyncIterator[bytes]:
    async def lines() -> AsyncIterator[bytes]:
        yield csv_line(file.columns)
        async for record in records:
            for row in rows(file.kind, record):
                yield csv_line(file.columns, row)
    return lines()


@router.get("/export/{kind}/{filename}", summary="One CSV file of the download, streamed",
            description="`kind` is nodes, facts or links; `filename` a label or type with `.csv`, as `/export` lists them.",
            responses={200: {"content": {"text/csv": {"schema": {"type": "string"},
                                                      "example": "key,labels,iso2,name\r\nstate:SE,[\"State\"],SE,Sweden\r\n"}},
                             "description": "CSV"}, **NOT_FOUND, **COMMON_RESPONSES})
@answers_csv
async def export_file(request: Request, driver: Driver, database: Database, kind: str, filename: str) -> StreamingResponse:
    _, files = await _plan(request, driver, database)
    file = next((f for f in files if f.path == f"{kind}/{filename}"), None)
    if file is None:
        raise NotFound(f"no file {kind}/{filename} in this graph; GET /export lists them")
    records = _records(driver, database, file.kind, file.name)
    return StreamingResponse(_chunked(_csv_lines(file, records, rows_of)), media_type=CSV_MEDIA_TYPE,
                             headers=_attachment(f"{file.kind}-{filename}"))
